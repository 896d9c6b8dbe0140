/// Turns the numbers in an article into figures: what each counts, where, what happened, and who
/// says so. Numbers it cannot tie to a counted thing are left out rather than guessed.
public struct FigureExtractor: Sendable {
    let parser = NumberParser()
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Figures of one article, using the entity pass's place mentions for sites and the quote pass's
    /// quotations for who says a number.
    public func extract(from article: AnalyzedArticle, entities: EntityExtractor.Result, quotes: [Quote] = [])
        -> [Figure]
    {
        guard Self.readsAsEnglish(article) else { return [] }
        var figures: [Figure] = []
        var sources = SourceTracker(gazetteer: gazetteer, entities: entities)
        var unitsByValue: [Double: String] = [:]
        var earlierPlace = EarlierSentencePlace()
        var earlierSource = EarlierSentenceSource()
        var headlineValues: Set<Double> = []
        var harmsTold: Set<String> = []
        var largestDeathToll: Double = 0
        // Headlines that name no place: their counts may take the site of a body count they restate.
        var placelessHeadlines: Set<Int> = []
        let tokenCount = article.paragraphs.reduce(0) { $0 + $1.tokens.count }
        var tokensRead = 0
        for paragraph in article.paragraphs {
            earlierPlace.beginParagraph(isBody: paragraph.kind == .body)
            let places = FigurePlaces.of(
                paragraph, mentions: entities.mentionsByParagraph[paragraph.position], entities: entities)
            var reader = FigureParagraphReader(
                paragraph: paragraph, places: places, entities: entities, gazetteer: gazetteer)
            reader.unitsByValue = unitsByValue
            reader.earlierPlace = earlierPlace
            reader.headlineValues = headlineValues
            reader.earlierSource = earlierSource
            reader.harmsTold = harmsTold
            reader.largestDeathToll = largestDeathToll
            let found = reader.figures(phrases: parser.phrases(in: paragraph.tokens), sources: &sources)
            if let earlier = reader.sourceForEarlierParagraph {
                Self.attribute(&figures, at: earlier.spans, to: earlier.source)
            }
            if paragraph.kind == .headline { headlineValues.formUnion(found.lazy.map(\.value)) }
            if paragraph.kind == .headline, places.isEmpty { placelessHeadlines.insert(paragraph.position) }
            // Sorted a paragraph at a time: the whole article's figures sorted at once took a scratch copy
            // of half of them (a long article holds hundreds of thousands).
            tokensRead += paragraph.tokens.count
            figures.makeRoom(adding: found.count, tokensRead: tokensRead, of: tokenCount)
            figures += Self.sharingSentences(found).sorted(by: Self.readingOrder)
            unitsByValue = reader.unitsByValue
            earlierPlace = reader.earlierPlace
            earlierSource = reader.earlierSource
            harmsTold = reader.harmsTold
            largestDeathToll = reader.largestDeathToll
        }
        yieldCountryPartsToTowns(&figures)
        figures = Self.attribute(figures, toSpeakersOf: quotes)
        Self.attribute(&figures, toCreditedPostsIn: article, entities: entities)
        let headlines = Set(article.paragraphs.filter { $0.kind == .headline }.map(\.position))
        Self.alignRestatedHeadlineEvents(in: &figures, headlines: headlines)
        giveRestatedHeadlinesTheBodysSite(in: &figures, headlines: placelessHeadlines)
        // (The monitors first: a lead's `… says a monitoring group` and a quote's `… said the Tarn Observatory`
        // give a headline's count one source, not two.)
        Self.resolveMonitors(
            in: &figures, entities: entities, monitors: ArticleMonitors(article: article, entities: entities))
        Self.giveHeadlinesTheSourceOfTheirBodyCopies(in: &figures, article: article)
        // Paragraphs come in order, so this finds them sorted; it is the order's guarantee, not a step.
        if zip(figures, figures.dropFirst()).contains(where: { Self.readingOrder($1, $0) }) {
            figures.sort(by: Self.readingOrder)
        }
        return figures
    }

    /// Gives the source a later sentence named to the figures at `spans`, which closed the paragraph read
    /// before (``EarlierSentenceSource``): the last figures found, looked for from the end.
    static func attribute(_ figures: inout [Figure], at spans: Set<TextSpan>, to source: String) {
        guard let paragraph = spans.first?.paragraph else { return }
        var index = figures.count - 1
        while index >= 0, figures[index].span.paragraph == paragraph {
            if figures[index].source == nil, figures[index].takesSource, spans.contains(figures[index].span) {
                figures[index].source = source
            }
            index -= 1
        }
    }

    /// Figures in the order the text gives them: by paragraph, then by where they start.
    static func readingOrder(_ a: Figure, _ b: Figure) -> Bool {
        (a.span.paragraph, a.span.start) < (b.span.paragraph, b.span.start)
    }

    /// `… a monitoring group said`, `… a monitor said` before the article names the monitor: a description
    /// that fits a monitor (``ArticleMonitors/describesMonitor(_:)``) stands for the article's one monitor
    /// (``ArticleMonitors``) that could be one (no news agency, police or ministry): the one that reported
    /// figures when exactly one did, else the one named or called a monitor (one that reported first), and
    /// with a `-based` word the one based there; else it names no one.
    static func resolveMonitors(
        in figures: inout [Figure], entities: EntityExtractor.Result, monitors: ArticleMonitors
    ) {
        func description(_ source: String) -> [String]? {
            guard source.first?.isLowercase == true, let head = source.wordsBetweenSpaces().last,
                FigureLexicon.monitorDescriptions.contains(String(head))
            else { return nil }
            return source.wordsBetweenSpaces().map { String($0).lowercased() }
        }
        guard figures.contains(where: { $0.source.flatMap(description) != nil }) else { return }
        // Not one of another kind: `…, a monitoring group said. The state agency SANA said …` is not SANA's.
        var candidates: [String: Int] = [:]
        for (index, entity) in entities.entities.enumerated()
        where entity.kind == .organization
            && !([entity.name] + entity.aliases).contains(where: namesAnotherKindThanMonitor)
        {
            candidates[entity.name] = candidates[entity.name] ?? index
        }
        // (Read figure by figure: a list of every figure's source took 25 MB for a 16 MB article.)
        var reporting = Set<Int>()
        for figure in figures {
            if let name = figure.source, let found = candidates[name] { reporting.insert(found) }
        }
        // The one candidate that reported, when it is a monitor: not a broadcaster that reported the next
        // toll. Else (none reported, the monitor named only through its director or in a sentence with no
        // figure; or several did, a rescue service beside the monitor) the monitors named or called one
        // (`Kelvan Observatory`, `the monitoring group Airwars`), those that reported first: a rights group is
        // not taken for a war monitor the article never names.
        let among: [Int]
        if reporting.count == 1, let only = reporting.first, monitors.isMonitor(only) {
            among = [only]
        } else {
            let called = Set(candidates.values.filter { monitors.isMonitor($0) && !monitors.isRightsMonitorOnly($0) })
            let calledReporting = called.intersection(reporting)
            among = (calledReporting.isEmpty ? called : calledReporting).sorted()
        }
        for index in figures.indices {
            guard let words = figures[index].source.flatMap(description) else { continue }
            figures[index].source = monitors.monitor(describedBy: words, among: among).map {
                entities.entities[$0].name
            }
        }
    }

    /// `SANA`, `Damascus Police Command`, `Health Ministry`: a news agency, or a name with a word that makes
    /// it an organisation of a kind other than a monitor or a group (`Human Rights Watch` has none).
    static func namesAnotherKindThanMonitor(_ name: String) -> Bool {
        FigureLexicon.isNewsAgencyOrNamesKind(name) { $0 != "monitor" && $0 != "group" }
    }

    /// A figure inside a quotation is the speaker's; one inside a short quotation (a slogan such as
    /// `"one country, two systems"`, five words or fewer) counts nothing and is dropped.
    static func attribute(_ figures: [Figure], toSpeakersOf quotes: [Quote]) -> [Figure] {
        guard !quotes.isEmpty else { return figures }
        let quotesByParagraph = Dictionary(grouping: quotes, by: \.span.paragraph)
        return figures.compactMap { figure in
            let span = figure.span
            guard
                let quote = quotesByParagraph[span.paragraph]?.first(where: {
                    $0.span.start <= span.start && span.end <= $0.span.end
                })
            else { return figure }
            if quote.text.wordsBetweenSpaces().count <= 5 { return nil }
            var figure = figure
            if let speaker = quote.speaker, figure.takesSource { figure.source = speaker }
            return figure
        }
    }
}

extension FigureParagraphReader {
    /// The figures of this paragraph, sentence by sentence, each sourced to whom its sentence attributes it.
    mutating func figures(phrases: [NumberPhrase], sources: inout SourceTracker) -> [Figure] {
        var figures: [Figure] = []
        let allPlaces = places
        var nextPhrase = 0
        var nextPlace = 0
        neighbourhoodNames = Self.neighbourhoodNames(in: tokens)
        for sentence in paragraph.sentences {
            let source = sources.sources(of: sentence, in: paragraph)
            // Phrases and places come in token order: walk both lists once per paragraph.
            let firstPhrase = nextPhrase
            while nextPhrase < phrases.count, phrases[nextPhrase].numeralStart < sentence.upperBound { nextPhrase += 1 }
            let inSentence = phrases[firstPhrase..<nextPhrase].filter { $0.numeralStart >= sentence.lowerBound }
            let firstPlace = nextPlace
            while nextPlace < allPlaces.count, allPlaces[nextPlace].tokens.lowerBound < sentence.upperBound {
                nextPlace += 1
            }
            places = Array(allPlaces[firstPlace..<nextPlace])
            let bySite = Self.placesGroupedBySite(places, hasNumbers: !inSentence.isEmpty) { siteName($0) }
            placesBySite = bySite
            var found = self.figures(of: inSentence, sentence: sentence, source: source)
            takeFusedHeadlineSites(&found, sentence: sentence)
            // (Read once: the sites below ask it too.)
            let turnsAway = turnsElsewhere(sentence)
            if turnsAway { forgetRecentWholes() }
            takeTollParts(&found, sentence: sentence)
            rememberWholes(of: found)
            takeParagraphSite(
                &found, sentence: sentence, earlierPlaces: allPlaces[..<firstPlace], turnsElsewhere: turnsAway)
            takeEarlierSentenceSite(&found, sentence: sentence, turnsElsewhere: turnsAway)
            shareEarlierSite(&found, sentence: sentence)
            // The tolls of the sentence before, when this one names their source.
            if let tolls = earlierSource.tolls,
                let named = sourceReachingBack(
                    to: tolls, sentence: sentence, found: found, source: source, sources: sources,
                    turnsElsewhere: turnsAway)
            {
                if tolls.paragraph == paragraph.position {
                    // (The sentence before's figures are the last ones found; two may share a span. Its
                    // distances that locate a place are passed over: see placeLocators.)
                    var index = figures.count - 1
                    while index >= 0,
                        tolls.spans.contains(figures[index].span) || placeLocators.contains(figures[index].span)
                    {
                        if figures[index].source == nil && figures[index].takesSource,
                            tolls.spans.contains(figures[index].span)
                        {
                            figures[index].source = named
                        }
                        index -= 1
                    }
                } else {
                    sourceForEarlierParagraph = (named, tolls.spans)
                }
            }
            // `…, the Tarn Observatory said. Another 70 were wounded.`
            takeContinuedReportSource(&found, sentence: sentence, source: source)
            earlierSource.tolls = tollsAwaitingSource(found, sentence: sentence, sources: sources)
            earlierSource.reportedBefore = EarlierSentenceSource.reportedSource(
                of: found, isBody: paragraph.kind == .body)
            // The group is the last count that is no part itself (`56 civilians, including 20 children.`).
            previousGroup = found.filter { $0.kind == .count && $0.of == nil }.max { $0.span.start < $1.span.start }
            for figure in found where figure.kind == .count {
                // (A toll over a stretch, `270 killed during April`, is told apart: the victims after it are
                // parts of the stretch's total, no toll of the day.)
                if let event = figure.event, FigureVocabulary.casualtyEvents.contains(event) {
                    harmsTold.insert(figure.period == nil ? event : event + " over a stretch")
                    if event == "killed" { largestDeathToll = max(largestDeathToll, figure.maxValue ?? figure.value) }
                }
            }
            figures += found
        }
        takeSpreadBreakdowns(&figures)
        return figures
    }

    /// Parts of a group take the group's event and store it as their whole: `killed 18 people, including
    /// 14 children`, `… among them four women`, `of whom five were women`, `56 civilians, eight of them
    /// children`, `two medics were among 31 people killed`, `325 raids, including 29 strikes in the past
    /// four days`. A part is never a report beside its whole.
    func inheritEvents(_ figures: inout [Figure], startingAt starts: [Int]) {
        for index in figures.indices where figures[index].kind == .count {
            // `killed nine villagers, among them a farmer and his two daughters`: the whole ends right
            // before `among`.
            if let opener = laterPartListOpener(start: starts[index]) {
                if let whole = figures[..<index].last(where: { $0.tokenEnd(in: paragraph) <= opener }),
                    opener - whole.tokenEnd(in: paragraph) <= 1, whole.kind == .count,
                    whole.value > figures[index].value, countsTheSameKind(whole, figures[index])
                {
                    if figures[index].event == nil { figures[index].event = whole.event }
                    if figures[index].of == nil { figures[index].of = whole.value }
                    continue
                }
            }
            if isPartAfterWhole(figures[index], start: starts[index]),
                let whole = figures[..<index].last(where: {
                    $0.kind == .count && $0.value > figures[index].value && ($0.event != nil || $0.isRunningTotal)
                        && countsTheSameKind($0, figures[index])
                })
            {
                if figures[index].event == nil { figures[index].event = whole.event }
                if figures[index].of == nil { figures[index].of = whole.value }
                // `wounded 12 people in Marlow, three of which died later in hospital`: the whole's place.
                if figures[index].site == nil { figures[index].site = whole.site }
                // `280,000 people, including 80,000 civilians, have died since 2011`: a part of a total is one.
                if whole.isRunningTotal {
                    figures[index].isRunningTotal = true
                    figures[index].period = whole.period
                }
                continue
            }
            if figures[index].of == nil, let whole = wholeCountedAfterAmong(figures, at: index, startingAt: starts) {
                figures[index].of = whole.value
                if figures[index].event == nil { figures[index].event = whole.event }
                continue
            }
            guard figures[index].event == nil else { continue }
            let start = starts[index]
            // `killed in Afrin and two in Azaz`, `nine near Kobani and one at Raqqa`: a bare part that says where.
            if let event = eventOfEllipticalPart(figures, at: index, start: start) {
                figures[index].event = event
                continue
            }
            if let event = eventOfAccompanyingCount(figures, at: index, start: start) {
                figures[index].event = event
                continue
            }
            if let event = eventOfListItem(figures, at: index, start: start) {
                figures[index].event = event
                continue
            }
            // `killed 50 militants and eight civilians`: the second object of the same verb (not the
            // subject of its own: `and 40 cows survived`).
            if index > 0, figures[index - 1].kind == .count, endsItsClause(figures[index]),
                let event = figures[index - 1].event,
                FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil,
                isNextObject(figures[index], start: start, after: figures[index - 1], event: event),
                !hasOnlyItsDescribingParticiplesEvent(figures[index - 1]),
                !isTrapped(after: figures[index].tokenEnd(in: paragraph), sentence: start..<tokens.count)
            {
                figures[index].event = event
                continue
            }
            // `Four farmers and nine soldiers were killed`: the verb after the second count is the first's too.
            if index + 1 < figures.count, figures[index + 1].kind == .count,
                figures[index].tokenEnd(in: paragraph) + 1 == starts[index + 1],
                tokens[starts[index + 1] - 1].lower == "and",
                let event = figures[index + 1].event, FigureVocabulary.casualtyEvents.contains(event),
                hasVerbAfter(figures[index + 1])
            {
                figures[index].event = event
                continue
            }
        }
    }

    /// Whether `figure` is the next object of the verb that gave `previous` its `event`: after `and`/`or`
    /// right after it or after a place aside (`killed 23 people in Marlow and 17 in Dunbridge`), or, in a
    /// text that lost its commas, a count of people right after a count of people harmed (`killing two men
    /// 5 militiamen`).
    func isNextObject(_ figure: Figure, start: Int, after previous: Figure, event: String) -> Bool {
        let previousEnd = previous.tokenEnd(in: paragraph)
        if start > 0, tokens[start - 1].lowerIs(oneOf: ["and", "or"]) {
            return previousEnd == start - 1
                || previous.unit == figure.unit && isPlaceAside(from: previousEnd, to: start - 1)
        }
        guard previousEnd == start, FigureVocabulary.casualtyEvents.contains(event),
            let unit = figure.unit, let previousUnit = previous.unit, isPeopleNoun(unit), isPeopleNoun(previousUnit)
        else { return false }
        // (Not `killing four civilians two residents said`: people with a verb of their own are its subject.)
        let end = figure.tokenEnd(in: paragraph)
        return end >= tokens.count || !tokens[end].isWord || Self.wordsAfterAListedObject.contains(lowerOf: tokens[end])
    }

    /// Words after a listed object that leave it the verb's (`killing two men 5 guards in the town`).
    static let wordsAfterAListedObject: WordSet = ["in", "near", "at", "around", "outside", "inside", "on", "during"]

    /// Whether the figure names a part of a group counted before it: `including 14 children`, `among them
    /// four women`, `of whom five`, `of which nine`, `among which 12`, `eight of them children`.
    func isPartAfterWhole(_ figure: Figure, start: Int) -> Bool {
        let before = start > 0 ? tokens[start - 1].lower : ""
        let twoBefore = start > 1 ? tokens[start - 2].lower : ""
        if before == "including" || ["them", "whom"].contains(before) && ["among", "of"].contains(twoBefore)
            || before == "which" && ["among", "of"].contains(twoBefore)
        {
            return true
        }
        // `eight of them`, `three of which`: the pronoun inside the figure's own words.
        let end = figure.tokenEnd(in: paragraph)
        return (start..<max(start, end - 1)).contains {
            tokens[$0].lowerIs("of") && tokens[$0 + 1].lowerIs(oneOf: ["them", "whom", "which"])
        }
    }

    /// Whether a whole and its part count the same kind of thing: strikes or weapons both, or neither (`18
    /// air strikes … the death of five civilians, including two women`: the women are no part of the strikes).
    func countsTheSameKind(_ whole: Figure, _ part: Figure) -> Bool {
        func isStrikeOrWeapon(_ unit: String?) -> Bool {
            unit.map { FigureLexicon.strikeActs.contains($0) || FigureVocabulary.weaponUnits.contains($0) } ?? false
        }
        return isStrikeOrWeapon(whole.unit) == isStrikeOrWeapon(part.unit)
    }

    /// Whether the tokens `start..<end` only say where the count before them happened: `in Marlow`, `in
    /// the capital`, `near Al-Bab` (a preposition, then names or one noun after `the`), so that a count
    /// after them and `and` is the same verb's next object (`killed 23 people in Marlow and 17 in Dunbridge`).
    func isPlaceAside(from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, end - start <= 6,
            tokens[start].lowerIs(oneOf: ["in", "near", "at", "around", "outside"])
        else { return false }
        var k = start + 1
        if tokens[k].lowerIs("the"), k + 2 == end, tokens[k + 1].isWord { return true }  // `in the capital`
        while k < end {
            let token = tokens[k]
            guard token.isWord && token.text.first?.isUppercase == true || token.text == "-" || token.lower == "al"
            else { return false }
            k += 1
        }
        return true
    }

    /// Whether a verb follows the figure's words: `… were killed`, `… died`, `… have been arrested`.
    func hasVerbAfter(_ figure: Figure) -> Bool {
        let end = figure.tokenEnd(in: paragraph)
        guard end < tokens.count, tokens[end].isWord else { return false }
        let word = tokens[end].lower
        return ["was", "were", "are", "is", "have", "has", "had"].contains(word)
            || FigureVocabulary.eventWords[word] != nil
    }

    /// Whether the figure's words are followed by no verb of their own: the sentence ends, a comma or a
    /// preposition (`… and eight civilians in Idlib`) comes next.
    func endsItsClause(_ figure: Figure) -> Bool {
        let end = figure.tokenEnd(in: paragraph)
        guard end < tokens.count, tokens[end].isWord else { return true }
        let word = tokens[end].lower
        return word == "according"
            || FigureLexicon.phraseBreakers.contains(word) && !EnglishLexicon.beForms.contains(word)
                && !EnglishLexicon.auxiliaries.contains(word)
    }

    /// The figures of one sentence's number phrases, then the wholes of its partitives.
    mutating func figures(
        of phrases: [NumberPhrase], sentence: Range<Int>, source: SourceTracker.SentenceSources
    ) -> [Figure] {
        var figures: [Figure] = []
        var starts: [Int] = []
        var numerals: [Int] = []
        carried = []
        opensOnGroup = previousGroup != nil && opensOnPreviousGroup(sentence, firstPhrase: phrases.first)
        if opensOnGroup, let group = previousGroup, let unit = group.unit { carried = [(unit, group.event, false)] }
        var consumed = Set<Int>()
        // (Where the words of the last distance that locates a place end: a conversion after it does too.)
        var locatorEnd: Int?
        for (n, phrase) in phrases.enumerated() where !consumed.contains(phrase.numeralStart) {
            guard
                var figure = figure(
                    for: phrase, sentence: sentence, following: phrases.dropFirst(n + 1), consumed: &consumed)
            else { continue }
            starts.append(phrase.tokens.lowerBound)
            numerals.append(phrase.numeralStart)
            if locatesAPlace(figure, phrase: phrase, sentence: sentence, locatorEnd: locatorEnd) {
                locatorEnd = figure.tokenEnd(in: paragraph)
                placeLocators.insert(figure.span)
            } else if figure.source == nil, figure.takesSource {
                figure.source = source.source(at: phrase.numeralStart, kind: figure.kind)
            }
            // (`a 10-match ban`: a count that describes another noun is no group that later numbers count in.)
            if figure.kind == .count, let unit = figure.unit,
                !isJoinedByHyphen(after: phrase.tokens.upperBound, sentence: sentence), hyphenedUnit(of: phrase) == nil
            {
                // (A part only after a count it may be part of: `four of its soldiers` alone is the group.)
                let isPart =
                    !carried.isEmpty
                    && (isPartAfterWhole(figure, start: phrase.tokens.lowerBound)
                        || phrase.tokens.upperBound < sentence.upperBound
                            && tokens[phrase.tokens.upperBound].lowerIs("of"))
                carried.append((unit, figure.event, isPart))
                // (Not a vague plural's: `dozens of rockets` is 12 by convention, no toll of 12 repeated.)
                if !phrase.isVague { unitsByValue[figure.value] = unitsByValue[figure.value] ?? unit }
            }
            figures.append(figure)
        }
        giveConversionsTheirBound(&figures, starts: starts)
        // (The wholes are taken out while they are marked: marking this reader's own property in place took a
        // copy of the whole reader per sentence.)
        var wholes = pendingInner
        pendingInner = []
        markRunningTotals(&figures, numerals: numerals, sentence: sentence, wholes: &wholes)
        takeEarlierSentencePeriod(&figures, sentence: sentence)
        takeShareOfPreviousTotal(&figures, numerals: numerals, sentence: sentence)
        pendingInner = wholes
        inheritEvents(&figures, startingAt: starts)
        if opensOnGroup, let group = previousGroup { takePreviousGroup(group, asWholeOf: &figures) }
        for (var inner, numeral) in pendingInner {
            if inner.source == nil { inner.source = source.source(at: numeral, kind: inner.kind) }
            figures.append(inner)
        }
        pendingInner.removeAll()
        return figures
    }
}
