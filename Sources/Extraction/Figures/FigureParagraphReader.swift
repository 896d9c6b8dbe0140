/// The per-paragraph work of the figure pass.
struct FigureParagraphReader {
    let paragraph: AnalyzedArticle.AnalyzedParagraph
    /// Place mentions of the sentence being read, in token order.
    var places: [EntityExtractor.MentionReference] {
        didSet { placeTokens = PlaceTokens(places) }
    }
    /// The tokens ``places`` cover.
    var placeTokens: PlaceTokens
    /// ``places`` grouped by the site each names, when the sentence has numbers and many places (see
    /// ``placesGroupedBySite(_:hasNumbers:siteName:)``).
    var placesBySite: [String: [EntityExtractor.MentionReference]]?
    let entities: EntityExtractor.Result
    let gazetteer: Gazetteer
    var tokens: [Token] { paragraph.tokens }
    /// Wholes of partitives (`the 17 missiles` in `two of the 17 missiles`), stored as figures too, with
    /// the token of each one's number.
    var pendingInner: [(figure: Figure, numeral: Int)] = []
    /// Units and events of the sentence's figures so far, for numbers that carry their noun over
    /// (`22 missiles … five on Erbil`).
    /// A part of a group counted before it (`including two children`, `one of her sons`) is marked: `others`
    /// after it are others of the group, not of the part.
    var carried: [(unit: String, event: String?, isPart: Bool)] = []
    /// The unit each value was first counted in, in this article: `killing 85 civilians … the toll at 85`.
    var unitsByValue: [Double: String] = [:]
    /// The last count of the sentence before in this paragraph that is no part, and whether the sentence
    /// being read opens on it (`Eight of them were children.`).
    var previousGroup: Figure?
    /// The counts of people of the two sentences before in this paragraph (at most
    /// ``recentWholesKept``), oldest first: the tolls a later part may belong to (`Nine minors were among
    /// the dead.`).
    var recentWholes: [Figure] = []
    var recentWholesPerSentence: [Int] = []
    var opensOnGroup = false
    /// The place a sentence shortly before named, carried from paragraph to paragraph.
    var earlierPlace = EarlierSentencePlace()
    /// The tolls of the sentence right before, waiting for a source the next sentence may name, carried from
    /// paragraph to paragraph.
    var earlierSource = EarlierSentenceSource()
    /// The source the paragraph's first sentence names for the tolls closing the paragraph before, and where
    /// those stand: the extractor, which holds them, sets it.
    var sourceForEarlierParagraph: (source: String, spans: Set<TextSpan>)?
    /// The names the paragraph calls neighbourhoods or districts, with their town (see
    /// ``neighbourhoodNames(in:)``), read once per paragraph: parts of a toll may stand there, and none of
    /// them is a town a later `the city` points back to.
    var neighbourhoodNames: [String: String?] = [:]
    /// The values the page's headline counted: a glued headline that gives one is the page's own, repeated.
    var headlineValues: Set<Double> = []
    /// The harms (casualty events) the article's counts of people told of so far, carried from paragraph to
    /// paragraph: `the victims` after tolls of the dead alone are the dead.
    var harmsTold: Set<String> = []
    /// The largest toll of the dead told so far in the article: `the victims` never outnumber it.
    var largestDeathToll: Double = 0
    /// The paragraph's distances that locate a place (``locatesAPlace(_:phrase:sentence:locatorEnd:)``): no
    /// source a later sentence names for its tolls is theirs either.
    var placeLocators: Set<TextSpan> = []

    init(
        paragraph: AnalyzedArticle.AnalyzedParagraph, places: [EntityExtractor.MentionReference],
        entities: EntityExtractor.Result, gazetteer: Gazetteer
    ) {
        self.paragraph = paragraph
        self.gazetteer = gazetteer
        self.places = places
        self.placeTokens = PlaceTokens(places)
        self.entities = entities
    }

    // MARK: - One figure

    /// The figure a number phrase gives, or nil when it counts nothing this pass can name.
    mutating func figure(
        for phrase: NumberPhrase, sentence: Range<Int>, following: ArraySlice<NumberPhrase>, consumed: inout Set<Int>
    ) -> Figure? {
        guard !isNotAFigure(phrase, sentence: sentence),
            var counted = countedThing(for: phrase, sentence: sentence, following: following, consumed: &consumed)
        else { return nil }
        if counted.unit == Self.unnamedListUnit {
            // `killed 12 firefighters, medics and rescuers`, `fired 30 rockets, mortars and shells`: a count of a
            // casualty or a strike keeps its first noun; an inventory of unlike things (`300 homes, shops and
            // schools`) names nothing and is no figure.
            counted.unit = Self.singular(tokens[counted.end - 1].lower)
            guard
                let befell = event(
                    for: phrase, nounEnd: counted.end, sentence: sentence, skipParticiples: false, unit: counted.unit),
                FigureVocabulary.casualtyEvents.contains(befell) || FigureVocabulary.strikeEvents[befell] != nil
            else { return nil }
        }
        counted.refineKind(currency: currencyOfNoun)
        var phrase = phrase
        if let thousands = valueWithDotThousands(phrase, counted) { phrase.value = thousands }
        // `brought the total number of people killed to over 300`: the noun and event before `to`; `the number
        // of people out of work rose 32,000 to 1.41 million`: the subject's noun.
        let subjectNoun =
            counted.kind == .count && counted.unit == nil
            ? raisedNumber(before: phrase, sentence: sentence) ?? raisedNumber(beforeItsNoun: phrase, sentence: sentence)
                ?? changedNumber(before: phrase, sentence: sentence)
            : nil
        if let subjectNoun { counted.unit = subjectNoun.unit }
        let event =
            // (`up to 150 strikes per day`: a rate of strikes is still strikes made.)
            counted.isMeasure && !(counted.unit.map(Self.isCountOfStrikes) ?? false) || counted.describesANoun
            ? nil
            : subjectNoun?.event
                ?? eventOfServedPopulation(
                    Self.eventOfPeacefulUse(
                        self.event(
                            for: phrase, nounEnd: counted.end, sentence: sentence,
                            skipParticiples: counted.isPartitive, unit: counted.unit),
                        unit: counted.unit),
                    phrase: phrase, sentence: sentence)
        if counted.unit == "life" { counted.unit = "person" }  // `claimed 14 lives`: lives counted are people
        guard
            countsPeopleOrCarriedThing(
                &counted, phrase: phrase, event: event, sentence: sentence, following: following),
            !isIdiomatic(phrase, counted), !isLoneOneOutsideEvents(phrase, counted, event: event, sentence: sentence),
            !isMultiplier(counted, sentence: sentence),
            !isOnePickedOutOfAFew(phrase, counted, event: event, sentence: sentence),
            !isOneRecordShowing(phrase, counted, sentence: sentence),
            event == nil || !isInGluedHeadline(phrase, nounEnd: counted.end, sentence: sentence)
        else { return nil }
        return makeFigure(phrase, counted, event: event, sentence: sentence)
    }

    /// What a number counts, and where the words that say so end.
    struct CountedThing {
        var kind: Figure.Kind = .count
        var unit: String?
        var end: Int
        /// The whole of a partitive: `two of the 17 missiles` → 17.
        var of: Double?
        var isPartitive = false
        /// A rate or a temperature (`60 frames per second`, `40 degrees Celsius`): a measure, of no event.
        var isMeasure = false
        /// A count hyphenated to a noun that describes the next one (`a 10-match ban`): of no event, the
        /// ban's words are not the matches'.
        var describesANoun = false

        /// A counted noun that is a measure (`kilometres`) or a currency (`3.1bn Australian dollars`).
        mutating func refineKind(currency: (String, Int) -> String?) {
            guard kind == .count, let counted = unit else { return }
            // (A rate keeps the kind of what it counts: `70 miles per hour` is a distance, as `70 mph` is.)
            let head = isMeasure ? String(counted.prefix { $0 != " " }) : counted
            if let measure = FigureLexicon.measureKinds[head] { kind = measure }
            if kind == .count, let code = currency(counted, end - 1) {
                kind = .money
                unit = code
            }
        }
    }

    /// Money, percent, age, a partitive, `dozens of X` or the noun after the number.
    mutating func countedThing(
        for phrase: NumberPhrase, sentence: Range<Int>, following: ArraySlice<NumberPhrase>, consumed: inout Set<Int>
    ) -> CountedThing? {
        var counted = CountedThing(end: phrase.tokens.upperBound)
        if let compound = hyphenedUnit(of: phrase) {
            // `a five-year conflict`, `a two-goal lead`, `a two-week-old baby`: the unit is the word's tail, and
            // the compound describes the noun after it (it carries no event of its own).
            counted.unit = compound.unit
            counted.kind = compound.closer == "old" ? .age : .count
            counted.describesANoun = true
            return counted
        }
        if let currency = phrase.currency {
            counted.kind = .money
            counted.unit = currency
        } else if phrase.isPercent {
            counted.kind = .percent
            counted.unit = "percent"
        } else if let age = ageEnd(after: phrase) {
            counted.kind = .age
            counted.unit = ageUnit(after: phrase, end: age)
            counted.end = age
        } else if let partitive = partitive(after: phrase, sentence: sentence, following: following) {
            // `Two of the 17 missiles`: the whole is a figure of its own, with its own event.
            counted.isPartitive = true
            counted.unit = partitive.unit
            counted.end = partitive.end
            if let inner = partitive.inner {
                counted.of = inner.value
                addWhole(of: inner, sentence: sentence, consumed: &consumed)
            }
        } else if phrase.isVague, counted.end < sentence.upperBound, tokens[counted.end].lowerIs("of") {
            // `dozens of civilians`, `thousands of Syrians`; "dozens of the …" with nothing we can name is left out.
            guard let noun = countedNoun(after: counted.end + 1, value: phrase.value, sentence: sentence) else {
                return nil
            }
            counted.unit = noun.unit
            counted.end = noun.end
        } else if let noun = countedNoun(after: counted.end, value: phrase.value, sentence: sentence) {
            counted.unit = noun.unit
            counted.end = noun.end
            counted.describesANoun =
                isJoinedByHyphen(after: phrase.tokens.upperBound, sentence: sentence)
                && FigureLexicon.measureKinds[noun.unit] == nil
            if let measure = measureUnit(extending: noun.unit, at: noun.end, sentence: sentence) {
                counted.unit = measure.unit
                counted.end = measure.end
                counted.isMeasure = true
            } else if noun.unit == "degree" {
                counted.isMeasure = true  // `it hit 40 degrees`: a temperature hits nothing
            }
        } else if let paired = nounOfPairedModifier(after: counted.end, following: following, sentence: sentence) {
            counted.unit = paired.unit  // `30 army and 39 rebel fighters`
            counted.end = paired.end
        }
        return counted
    }

    /// Stores the whole of a partitive (`the 17 missiles` in `two of the 17 missiles`) as a figure too.
    mutating func addWhole(of inner: NumberPhrase, sentence: Range<Int>, consumed: inout Set<Int>) {
        consumed.insert(inner.numeralStart)
        guard var whole = figure(for: inner, sentence: sentence, following: [], consumed: &consumed) else { return }
        let end = whole.tokenEnd(in: paragraph)
        if whole.event != nil, end < sentence.upperBound, Self.partsVerbOpeners.contains(lowerOf: tokens[end]) {
            // `18 of the 31 lorries were destroyed`: the verb after the whole is the part's; the whole keeps
            // only what the words before it say (`destroyed 18 of the 31 lorries` says nothing of the 31).
            let own = event(
                for: inner, nounEnd: end, sentence: sentence.lowerBound..<end, skipParticiples: false,
                unit: whole.unit)
            whole.event = eventOfCount(CountedThing(kind: whole.kind, unit: whole.unit, end: end), event: own)
        }
        let start = inner.tokens.lowerBound - (tokens[inner.tokens.lowerBound - 1].lowerIs("the") ? 1 : 0)
        whole.text = paragraph.text(of: start..<whole.tokenEnd(in: paragraph))
        whole.span.start = tokens[start].start
        pendingInner.append((whole, inner.numeralStart))
    }

    /// Words that open a finite verb right after the whole of a partitive, which is then the part's
    /// (`two of the 17 missiles were intercepted`, `… had been destroyed`, `… did not go off`); a
    /// participle there stays the whole's own (`five of the 22 people killed in the blast were children`).
    static let partsVerbOpeners: WordSet = EnglishLexicon.beForms.union([
        "have", "has", "had", "did", "do", "does", "will", "would", "could", "may", "might",
    ])

    /// A count with no noun of its own: people when a casualty word or event says so (`31 dead`,
    /// `25 were wounded`, `30 others`), else the thing counted before in the sentence. False when
    /// nothing countable is left.
    func countsPeopleOrCarriedThing(
        _ counted: inout CountedThing, phrase: NumberPhrase, event: String?, sentence: Range<Int>,
        following: ArraySlice<NumberPhrase> = []
    ) -> Bool {
        guard counted.kind == .count else { return true }
        if counted.unit == nil, opensOnGroup || opensRelativePart(at: phrase.tokens.lowerBound),
            let predicate = predicateNoun(after: counted.end, in: sentence)
        {
            counted.unit = predicate.unit  // `Eight of them were children.`, `…, of which nine were children`
            counted.end = predicate.end
        }
        // `… fired dozens of rockets. Tens of them landed in a field.`: the group's own noun when it counted
        // things (people stay people below; and no harm befalls rockets: `two of them were killed`).
        if counted.unit == nil, opensOnGroup, counted.isPartitive, let group = previousGroup, group.kind == .count,
            let unit = group.unit, !FigureLexicon.peopleUnits.contains(unit),
            !(event.map(FigureVocabulary.casualtyEvents.contains) ?? false)
        {
            counted.unit = unit
        }
        let end = counted.end
        if counted.unit == nil, end < sentence.upperBound, FigureLexicon.casualtyWords.contains(lowerOf: tokens[end]) {
            // `31 dead`, `Six Killed`: people, whatever was counted before, unless people harmed were
            // (`12 soldiers were killed and 30 injured`).
            counted.unit =
                harmedPeopleCarried(beforeCasualtyWordAt: end, countStart: phrase.tokens.lowerBound) ?? "person"
        }
        guard counted.unit == nil || counted.unit == "other" else { return true }
        // `a 7-seat van`, `its 12-member board`: a number joined to a noun by a hyphen describes the next noun,
        // and counts nothing carried from before.
        if counted.unit == nil, isJoinedByHyphen(after: end, sentence: sentence) { return false }
        let casualties = FigureVocabulary.casualtyEvents
        if let event, casualties.contains(event) {
            // `25 were wounded`, `30 others`: people, or the people counted before in this sentence.
            // (Not a count of places: `left the two towns along with 2,200 evacuated` counts people.)
            // (Not a woman's or a man's: `killing one woman and injuring four others` counts people.)
            // (Nor a noun that names the harm: `50 martyrs and 200 others wounded`, `3 deaths and 20 others`.)
            // (`Five people including two children were killed and 40 others hurt`, `… and wounded dozens`: others
            // of the five, people of the five; but `three of them` may be of the two.)
            let carriedUnit = carried.last(where: {
                ($0.event.map(casualties.contains) ?? false) && !FigureLexicon.placeNouns.contains($0.unit)
                    && !($0.isPart && !counted.isPartitive)
            }).map { FigureLexicon.eventUnits[$0.unit] == nil ? $0.unit : "person" }
            // (`killed 12 and wounded 30 militants`: the people the paired count names come first.)
            if counted.unit == nil, let paired = unitOfPairedCount(after: end, following: following, sentence: sentence)
            {
                counted.unit = paired
                return true
            }
            counted.unit =
                counted.unit == "other" && carriedUnit.map(FigureLexicon.genderedPeople.contains) == true
                ? "person" : carriedUnit ?? unitRestated(byBare: phrase) ?? "person"
        } else if counted.unit == nil, isVagueCrowd(phrase, end: end, sentence: sentence) {
            counted.unit = "person"  // `Tens of thousands queued at the border`: a crowd
        } else if counted.unit == nil, isAudience(phrase, sentence: sentence) {
            counted.unit = "person"  // `won in front of 15,522`, `a crowd of 360,000`
        } else if counted.unit == nil, opensAsideOnPeople(at: end, sentence: sentence) {
            counted.unit = "person"  // `160 mostly gunmen had stayed`: people, most of them gunmen
        } else if counted.unit == nil, let last = carried.last, !FigureLexicon.placeNouns.contains(last.unit),
            !isBareRecord(phrase, end: end, sentence: sentence)
        {
            switch ownUnit(ofBare: phrase, end: end, sentence: sentence) {
            case .named(let unit, let end):
                counted.unit = unit  // `and a 2182 score`, `a max FPS of 147.4`
                counted.end = end
            case .unknown: return false
            case nil: counted.unit = last.unit
            }
        } else if counted.unit == "other" {
            counted.unit = "person"
        } else {
            return false
        }
        return true
    }

    /// Whether a hyphen written against the number at `end` joins it to the word after it (`7-seat`).
    func isJoinedByHyphen(after end: Int, sentence: Range<Int>) -> Bool {
        end + 1 < sentence.upperBound && tokens[end].isPunctuation("-") && !tokens[end].spaceBefore
            && tokens[end + 1].isWord && !tokens[end + 1].spaceBefore
    }

    /// `one` with no counted thing right after it (`one another`, `no one`, `one day`) counts nothing.
    func isIdiomatic(_ phrase: NumberPhrase, _ counted: CountedThing) -> Bool {
        if phrase.isSpelledOut, phrase.value == 1, counted.end == phrase.tokens.upperBound, !counted.isPartitive {
            // (`nine near Kobani and one at Raqqa` counts a missile; `one of the wounded` a person)
            return !isEllipticalOne(phrase) && !isOneOfTheHarmed(phrase)
        }
        if phrase.value == 1, phrase.numeralStart > 0, tokens[phrase.numeralStart - 1].lowerIs("no") { return true }
        // (`one day` as `some day`; but `in one day`, `for one week`: a length of time. Not `in one of the
        // night's shocks`, a part, nor `not for one minute`, `for one second`, an idiom of never.)
        guard counted.kind == .duration, phrase.value == 1, phrase.isSpelledOut else { return false }
        let start = phrase.tokens.lowerBound
        guard start > 0, Self.lengthOfTimeOpeners.contains(lowerOf: tokens[start - 1]), !counted.isPartitive else {
            return true
        }
        return tokens[start - 1].lowerIs("for") && counted.unit.map(Self.momentUnits.contains) == true
    }

    /// Units of `for one minute`, `for one second`, `for one moment`: in news nearly always `not for one minute`.
    static let momentUnits: Set<String> = ["minute", "second", "moment"]

    /// Prepositions before `one day`, `one week` that make it a length of time: `in one day`, `for one week`.
    static let lengthOfTimeOpeners: WordSet = ["in", "within", "for", "over", "than", "after", "under"]

    /// `one of the wounded`, `one of the dead`: one of the people a harm befell, which `the` and a casualty
    /// word name.
    func isOneOfTheHarmed(_ phrase: NumberPhrase) -> Bool {
        let of = phrase.tokens.upperBound
        return of + 2 < tokens.count && tokens[of].lowerIs("of") && tokens[of + 1].lowerIs("the")
            && Self.casualtyNominals.contains(lowerOf: tokens[of + 2])
    }

    /// The figure with its span, site, event and cause (its source is the sentence's, set by the pass).
    func makeFigure(_ phrase: NumberPhrase, _ counted: CountedThing, event: String?, sentence: Range<Int>) -> Figure {
        let span = TextSpan(
            paragraph: paragraph.position, start: tokens[phrase.tokens.lowerBound].start,
            end: tokens[counted.end - 1].end)
        var site: String?
        if counted.kind == .count, let unit = counted.unit {
            site = siteOfCount(phrase, counted, unit: unit, event: event, sentence: sentence)
        } else if counted.kind == .percent || counted.kind == .money {
            site = siteOfRate(for: phrase, sentence: sentence)
        }
        var figure = Figure(
            span: span, text: paragraph.text(from: span.start, to: span.end), value: phrase.value,
            maxValue: phrase.maxValue, approx: approximation(of: phrase, end: counted.end, sentence: sentence),
            kind: counted.kind, unit: counted.unit, of: counted.of,
            site: site, event: eventOfCount(counted, event: event),
            cause: counted.kind == .count ? cause(near: phrase, sentence: sentence) : nil,
            source: nil, sentence: ""
        )
        figure.sentenceText = paragraph.slice(of: sentence)
        return figure
    }
}

extension FigureParagraphReader {
    /// The phrase's approximation, or `over` when `at least` follows its words (`five people at least were
    /// killed`) and no number comes after it that it would qualify instead (`…, at least two of them women`).
    func approximation(of phrase: NumberPhrase, end: Int, sentence: Range<Int>) -> Figure.Approximation {
        guard phrase.approx == .exact, phrase.maxValue == nil, end + 1 < sentence.upperBound,
            tokens[end].lowerIs("at"), tokens[end + 1].lowerIs("least"),
            end + 2 >= sentence.upperBound || !isNumeral(tokens[end + 2])
        else { return phrase.approx }
        return .over
    }

    /// Where a count happened: its clause's site (none for a count of places, which are several sites, but
    /// the area around them), never a place of a relative clause after a figure of no incident.
    func siteOfCount(
        _ phrase: NumberPhrase, _ counted: CountedThing, unit: String, event: String?, sentence: Range<Int>
    ) -> String? {
        var site: String?
        // (`what two rights groups claimed was an attack on Marlow`: those who say it, not what happened there.)
        if isCountOfClaimingGroups(unit: unit, nounEnd: counted.end, sentence: sentence) { return nil }
        if !FigureLexicon.placeNouns.contains(unit) {
            site = self.site(for: phrase, nounEnd: counted.end, sentence: sentence)
        }
        if site == nil, Self.countsPlaces(unit) {
            site = areaOfCountedPlaces(nounEnd: counted.end, sentence: sentence)
        }
        // (`14 civilians who had been displaced from Maresk were killed`: where they came from.)
        if let found = site,
            isSiteOnlyWhereVictimsFled(found, event: eventOfCount(counted, event: event), sentence: sentence)
        {
            return nil
        }
        if let found = site,
            isPlaceOfLaterRelativeClause(
                found, event: eventOfCount(counted, event: event), figureEnd: counted.end, sentence: sentence)
        {
            return nil
        }
        return site
    }

    /// The event a count or a sum carries: none for a measure, and none of the events that befall only people
    /// for a count of places (`the attack on two villages killed 15 civilians`: the villages were not killed;
    /// `four towns were evacuated` stays).
    func eventOfCount(_ counted: CountedThing, event: String?) -> String? {
        guard counted.kind == .count || counted.kind == .money else { return nil }
        if counted.kind == .count, let unit = counted.unit, FigureLexicon.placeNouns.contains(unit),
            let event, FigureVocabulary.casualtyEvents.contains(event), !["evacuated", "displaced"].contains(event)
        {
            return nil
        }
        return event
    }
}

extension FigureExtractor {
    static func causeSingular(_ word: String) -> String {
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("es") && (word.hasSuffix("shes") || word.hasSuffix("ches")) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}

extension Figure {
    /// Index of the token after the figure's text in `paragraph`.
    func tokenEnd(in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Int {
        // (By binary search: a walk from the paragraph's first token made every look at an earlier figure's end
        // cost the paragraph's length, and a paragraph of thousands of counts quadratic time.)
        paragraph.tokens.partitionPoint { $0.start >= span.end }
    }
}
