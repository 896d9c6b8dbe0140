/// The place a sentence shortly before named, for an incident whose own sentence names none:
/// `Warplanes hit the town of Marlow on Monday. … The raids killed 12 civilians, the monitor said.`
///
/// Kept apart from a figure's site (the place its own sentence names, as the gold's rule has it): a
/// figure takes it as ``Figure/earlierSite``. The pass keeps only the last sentence's one place, never a
/// list, so reading stays linear. The place is forgotten when a sentence names none or several, turns
/// elsewhere (`Elsewhere, …`, `Meanwhile, …`), is not body text (a headline, a crosshead) or lies too far
/// back: three sentences or more, or beyond the paragraph before, unless it is the lead's place (below).
///
/// The lead's place stands further: `Jets struck the town of Marlow on Monday, killing 12. …(many sentences
/// naming no place)… In all, 40 people died in 24 hours of fighting.` The one place the article's first body
/// sentences name stands for any later sentence naming none, for as long as no sentence names another
/// place, points elsewhere or brings in another incident (the reader drops it then: ``dropLead()``), and
/// no further than ``leadReachParagraphs`` paragraphs after the lead's nor ``leadReachSentences`` body sentences.
struct EarlierSentencePlace: Sendable {
    /// How many body sentences from the first make the article's lead.
    static let leadSentences = 3
    /// How many body paragraphs after the lead's the lead's place may stand in.
    static let leadReachParagraphs = 8
    /// How many body sentences from the article's first the lead's place may stand in.
    static let leadReachSentences = 14
    /// Body sentences read so far, up to ``leadReachSentences``.
    private var sentencesRead = 0
    /// Body paragraphs begun since the lead's place was set, up to past ``leadReachParagraphs``.
    private var paragraphsSinceLead = 0
    /// The one place the last sentence naming any place named, or nil when it named several or none as
    /// where something happened.
    private var place = RecentName(sentenceWindow: 3, paragraphWindow: 1)
    /// The last town or city named, for a sentence that points back to it with `the town` or `the city`
    /// (`Rebels aim to take the city of Marlow. … Shells hit western districts of the city, killing four.`);
    /// the sentence naming it need tell of no incident. Forgotten when a sentence names several.
    var town = RecentName(sentenceWindow: 6, paragraphWindow: 2)
    /// The last province, region or district named, for a sentence that points back to it with `the
    /// province`, `the region` or `the district` (`Clashes broke out in the Tarn region. … 14 died in the
    /// region.`); unclear while another of that rank was named shortly before it.
    var area = RecentName(sentenceWindow: 6, paragraphWindow: 2)
    /// The last place named as a capital beside its name (`Tarvan, the capital of the province`), for a
    /// sentence that points back to it with `the capital` (see FigureParagraphReader+CapitalAppositions).
    var capital = RecentName(sentenceWindow: 6, paragraphWindow: 2)
    /// The part of ``town`` (a neighbourhood, a district) that the sentence naming the town named as where
    /// things happened: `Shells hit the Karmun district of the city of Marlow. Four died in the city.` is
    /// Marlow, though the incident's place is Karmun.
    private(set) var townPart: String?
    /// Body sentences read so far (counted up to the end of the lead).
    private var bodySentences = 0
    /// The place the lead named, while no sentence since has named another or turned away from it.
    private(set) var leadPlace: String?
    /// Whether the lead's place may still be set: no sentence of the lead has named another place yet.
    private var leadOpen = true
    /// What the text called the lead's place when it named it as a town (``town``'s noun: `city` for `the
    /// city of Marlow`, `""` for a town called nothing), nil when it named it as no town (a province).
    private(set) var leadTownNoun: String?
    /// The tolls body sentences gave with a site of their own, for a sentence naming no place that gives one
    /// again.
    var restatedTolls = RestatedTollPlaces()

    /// The place, when it is near enough to stand for a sentence that names none, or the lead's place.
    var nearPlace: String? { place.nearName ?? leadPlace }

    /// Every place the lead named (its place and the areas around it: `the town of Marlow in Tarn province`),
    /// and the countries they lie in: a later sentence naming only these names no other place.
    private(set) var leadNames: Set<String> = []
    private(set) var leadCountryCodes: Set<String> = []
    /// The causes other than fighting (``FigureLexicon/nonCombatCauses``, singular) the lead told of: a later
    /// toll of another such cause (`Road accidents killed 25`) is not the lead's incident.
    private(set) var leadCauses: Set<String> = []

    /// Whether ``nearPlace`` is the lead's place, no other place named since the lead.
    var isLeadPlace: Bool { leadPlace != nil && nearPlace == leadPlace }

    /// Whether the lead's sentences have all been read.
    var isPastLead: Bool { bodySentences >= Self.leadSentences }

    /// Whether ``nearPlace`` is the lead's place from further back than an earlier sentence's place may stand.
    var isLeadBeyondWindow: Bool { leadPlace != nil && place.nearName == nil }

    /// Whether the place was named in a paragraph before this one.
    var isPlaceFromEarlierParagraph: Bool { place.isFromEarlierParagraph }

    mutating func beginParagraph(isBody: Bool) {
        place.beginParagraph(isBody: isBody)
        town.beginParagraph(isBody: isBody)
        area.beginParagraph(isBody: isBody)
        capital.beginParagraph(isBody: isBody)
        if isBody, leadPlace != nil {
            paragraphsSinceLead += 1
            if paragraphsSinceLead > Self.leadReachParagraphs { dropLead() }
        }
    }

    /// A sentence named places: `place` is their one site, nil when they name several or none as a site.
    /// `staysInLead`: every place the sentence names is one the lead named, or a country they lie in
    /// (``leadNames``), so that past the lead the lead's place still stands.
    mutating func remember(_ place: String?, staysInLead: Bool = false) {
        self.place.remember(place)
        if let place, leadOpen, bodySentences < Self.leadSentences, leadPlace == nil || leadPlace == place {
            leadPlace = place
        } else if (place == nil || place != leadPlace) && !staysInLead {
            dropLead()
        }
        countBodySentence()
    }

    /// A sentence of the lead (or a standfirst before it) named these places, in these countries.
    mutating func noteLeadNames(_ names: [String], countryCodes: [String], causes: [String] = []) {
        guard !isPastLead, leadOpen else { return }
        leadCauses.formUnion(causes.prefix(8))
        // (Bounded: a lead naming more places than this has no one incident place anyway.)
        leadNames.formUnion(names.prefix(8))
        leadCountryCodes.formUnion(countryCodes.prefix(8))
    }

    /// A standfirst's sentence before the body named places: `place` is their one site, nil when they name
    /// several or none as a site. It stands for the body's sentences as the lead's place only.
    mutating func rememberStandfirst(_ place: String?) {
        guard bodySentences == 0 else { return }
        if let place, leadOpen, leadPlace == nil || leadPlace == place {
            leadPlace = place
        } else {
            dropLead()
        }
    }

    /// A sentence named no place.
    mutating func passSentence() {
        place.passSentence()
        town.passSentence()
        area.passSentence()
        capital.passSentence()
        countBodySentence()
    }

    /// The lead's place stands no more: a sentence named another place, pointed elsewhere or told of another
    /// incident.
    mutating func dropLead() {
        leadPlace = nil
        leadTownNoun = nil
        leadOpen = false
    }

    private mutating func countBodySentence() {
        if bodySentences < Self.leadSentences { bodySentences += 1 }
        sentencesRead += 1
        if sentencesRead >= Self.leadReachSentences { dropLead() }
    }

    /// A sentence named towns: `town` is the one, nil when several; `part`, the part of it the sentence named.
    mutating func rememberTown(_ town: String?, noun: String, part: String? = nil) {
        self.town.remember(town, noun: noun)
        townPart = town == nil ? nil : part
        if let town { noteLeadTown(town, noun: noun) }
    }

    /// The lead (or a standfirst before it) named its place as a town, called `noun`.
    mutating func noteLeadTown(_ town: String, noun: String) {
        if town == leadPlace, leadTownNoun == nil { leadTownNoun = noun }
    }

    /// The lead's place, for a sentence that points back to a town (`the city`, by `noun`) further back than
    /// ``town`` reaches, when the lead named its place as that kind of town and no town was named since.
    func leadTown(pointedBackAs noun: String) -> String? {
        guard let leadPlace, isLeadPlace, town.nearName == nil, town.name == nil || town.name == leadPlace,
            let leadNoun = leadTownNoun, leadNoun.isEmpty || leadNoun == noun
        else { return nil }
        return leadPlace
    }

    mutating func forget() {
        place.forget()
        town.forget()
        area.forget()
        capital.forget()
        restatedTolls.forget()
        // (Before the first body sentence, a headline's or a standfirst's break leaves the lead to come.)
        if bodySentences > 0 { dropLead() }
    }
}

extension FigureParagraphReader {
    /// Gives the sentence's incident figures with no site the place a sentence shortly before named, when
    /// this sentence names none of its own; then remembers what this sentence names for the next.
    /// `turnsElsewhere` is ``turnsElsewhere(_:)`` of the sentence, read once by the caller.
    mutating func takeEarlierSentenceSite(_ figures: inout [Figure], sentence: Range<Int>, turnsElsewhere: Bool) {
        guard paragraph.kind == .body else {
            earlierPlace.forget()
            // (A standfirst before the body may give the lead's place: `Jets struck Marlow, killing 12.`)
            if paragraph.kind == .standfirst, !namesNoPlaceOfItsOwn(sentence) {
                noteLeadNames(in: sentence)
                earlierPlace.rememberStandfirst(namesPlaceTakenForPerson(in: sentence) ? nil : soleSite(of: sentence))
                noteLeadTownNamed(in: sentence)
            }
            return
        }
        if turnsElsewhere { earlierPlace.forget() }
        let namesUnknownPlace = namesPlaceTakenForPerson(in: sentence)
        guard namesNoPlaceOfItsOwn(sentence) || pointsBackPastActorsPlaces(sentence), !namesUnknownPlace else {
            let staysInLead = !namesUnknownPlace && namesOnlyTheLeadsPlaces(sentence)
            rememberSitedTolls(figures, sentence: sentence)
            noteLeadNames(in: sentence)
            earlierPlace.remember(namesUnknownPlace ? nil : soleSite(of: sentence), staysInLead: staysInLead)
            noteTownNamed(in: sentence)
            noteAreaNamed(in: sentence)
            noteCapitalNamed(in: sentence)
            return
        }
        // (`Jets bombed Marlow.` ¶ `A car bomb killed nine people at a checkpoint.`: another incident, anywhere.)
        if earlierPlace.isPlaceFromEarlierParagraph, townPointedBack(in: sentence) == nil,
            opensAnotherIncident(sentence)
        {
            earlierPlace.forget()
            return
        }
        // (`… killed 12 in Marlow.` … `A car bomb killed nine last month.`: the lead's place stands no more.)
        if earlierPlace.leadPlace != nil, earlierPlace.isPastLead, leavesTheLeadsIncident(sentence) {
            earlierPlace.dropLead()
        }
        // (Read only when there is a figure to take the place: most sentences have none. A sum, `In all, 40
        // died`, or a total over hours or days of the fighting may take the lead's place when no other place
        // was named since.)
        let leadStands = earlierPlace.isLeadPlace
        if figures.contains(where: { takesEarlierPlace($0, leadStands: leadStands, sentence: sentence) }),
            let place = earlierPlaceOrCapitalStandingFor(sentence),
            leadStands ? !tellsAWarsToll(sentence) : !sumsOrTellsAWarsToll(sentence),
            !namesUnmentionedPlace(in: sentence)
        {
            for index in figures.indices
            where takesEarlierPlace(figures[index], leadStands: leadStands, sentence: sentence) {
                figures[index].earlierSite = place
            }
        }
        takeRestatedTollSites(&figures, sentence: sentence, turnsElsewhere: turnsElsewhere)
        earlierPlace.passSentence()
    }

    /// The place named before that a sentence naming none stands in: the last incident's place, or for
    /// `the town`/`the city` the last town named (nil when none is near, or the last incident's place
    /// is another: `Jets bombed Idlib province. Shells hit the town` says not which town).
    func earlierPlaceStandingFor(_ sentence: Range<Int>) -> String? {
        let place = earlierPlace.nearPlace
        guard let noun = townPointedBack(in: sentence) else {
            guard let areaNoun = areaPointedBack(in: sentence) else { return place }
            return earlierAreaStandingFor(areaNoun, place: place)
        }
        // (`the village of Marlow … the town` may be another place.)
        let remembered = earlierPlace.town
        // (`A car bomb hit Marlow. …(many sentences)… Four were killed in the city centre.`)
        if let lead = earlierPlace.leadTown(pointedBackAs: noun) { return lead }
        guard let town = remembered.nearName, remembered.noun.isEmpty || remembered.noun == noun else { return nil }
        // (`Shells hit the Karmun district of the city of Marlow. Four died in the city.`: Marlow.)
        return place == nil || place == town || place == earlierPlace.townPart ? town : nil
    }

    /// The one place the sentence names as where something happened (see ``paragraphSite(of:)``), for
    /// the sentences after it. Nil for a country (`the monitor, which tracks the war in Syria, said …`
    /// names no incident's place), for one of several (`the villages of Arlow and Benning`: one named,
    /// one the entity pass missed), for a place in a time (`since the battle for Marlow`) and for a
    /// sentence that tells of no incident (`the film was shown at the Marlow festival`).
    /// When it names several, the one struck (``struckSite(of:)``) or the inner of two nested places
    /// (``nestedSite(of:)``).
    func soleSite(of sentence: Range<Int>) -> String? {
        guard tellsOfAnIncident(sentence), !places.contains(where: { isInSincePhrase($0, in: sentence) }) else {
            return nil
        }
        // (`Jets hit the village 40 km east of Kelvar`: the place hit goes unnamed; Kelvar is only a point.)
        guard !places.contains(where: { sentence.contains($0.tokens.lowerBound) && locatesUnnamedSettlement($0) })
        else { return nil }
        // (`Rockets hit the National Hospital of Marlow`: Marlow, for the tolls after it.)
        if let struck = struckSite(of: sentence) { return townOfNamedBuilding(struck) ?? struck }
        if let area = areaAroundSeveralPlaces(in: sentence) { return area }
        guard !places.contains(where: { isOneOfSeveralPlaces($0, in: sentence) }) else { return nil }
        guard let site = paragraphSite(of: places[...]) ?? nestedSite(of: sentence),
            gazetteer.place(named: site)?.kind != .country
        else { return nil }
        // (`shells fell on eastern Ghouta near Damascus`: the area before `near` is the place, unnamed here.)
        if places.contains(where: {
            sentence.contains($0.tokens.lowerBound) && areaNamedBeforeNear($0, floor: sentence.lowerBound) != nil
        }) {
            return nil
        }
        return townOfNamedBuilding(site) ?? site
    }

    /// `Shells hit the Arlow and Benning neighbourhoods and Tarn Square in Karmun`: the one place, no
    /// country, that several places named side by side lie in (as ``areaAroundSeveralPlaces(_:among:)``
    /// gives a figure's own sentence).
    func areaAroundSeveralPlaces(in sentence: Range<Int>) -> String? {
        let named = places.filter { sentence.contains($0.tokens.lowerBound) && !isStreet($0) && !isCountry($0) }
        guard named.count >= 2, let area = areaAroundSeveralPlaces(named, among: places) else { return nil }
        return area
    }

    /// `the villages of Arlow and …`, `in Arlow and Benning` (`Benning` named by no place mention): the
    /// place is one of several the sentence names.
    func isOneOfSeveralPlaces(_ mention: EntityExtractor.MentionReference, in sentence: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound
        let end = mention.tokens.upperBound
        if start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs("of"), isPluralPlaceNoun(tokens[start - 2].lower)
        {
            return true
        }
        return end + 1 < sentence.upperBound && tokens[end].lowerIs(oneOf: ["and", "or"])
            && tokens[end + 1].isCapitalized
    }

    /// Whether the sentence tells of a strike, an attack, fighting or people harmed (`Jets pounded Marlow`,
    /// `a blast in Marlow`), so that the place it names is where an incident happened, not where a film
    /// was shown or talks were held.
    func tellsOfAnIncident(_ sentence: Range<Int>) -> Bool {
        Self.tellsOfAnIncident(sentence, tokens: tokens)
    }

    /// ``tellsOfAnIncident(_:)`` for a sentence of `tokens` (the date pass asks it too).
    static func tellsOfAnIncident(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.contains { incidentWords.contains(lowerOf: tokens[$0]) }
    }

    /// The words ``tellsOfAnIncident(_:)`` reads, in one set: event words, attack nouns, strike verbs,
    /// sustained events, casualty words and ``incidentNouns``.
    static let incidentWords = WordSet(FigureVocabulary.eventWords.keys).union(FigureLexicon.attackNouns)
        .union(FigureLexicon.strikeVerbs).union(FigureLexicon.sustainedEventNouns).union(FigureLexicon.casualtyWords)
        .union(incidentNouns)

    /// Nouns of an incident that no event word names: `a blast in Marlow`, `the ambush near Marlow`.
    static let incidentNouns: WordSet = [
        "explosion", "explosions", "blast", "blasts", "bomb", "bomber", "crash", "massacre", "ambush", "assault",
    ]

    /// Nouns of an area after its name: `shells fell on al-Benning area`, `in the Marlow camp`.
    static let areaNouns: WordSet = [
        "area", "areas", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "district",
        "districts", "village", "villages", "town", "city", "camp", "square", "street", "road", "province",
        "countryside", "suburb", "suburbs", "quarter", "region", "outskirts",
    ]

    /// `shells hit al-Benning area`, `in the Kefarlow neighbourhood`: a name right before a noun of an area
    /// that no place mention covers (the entity pass glued it into another name or missed it). The
    /// figure's sentence then names a place this pass cannot see, so the place before it is not taken.
    /// (Only for the figure's own sentence: `rockets fell on the Shia villages` before it does not make
    /// the place named earlier still less likely.)
    func namesUnmentionedPlace(in sentence: Range<Int>) -> Bool {
        guard sentence.count > 2 else { return false }
        for i in (sentence.lowerBound + 1)..<(sentence.upperBound - 1)
        where Self.areaNouns.contains(lowerOf: tokens[i + 1]) {
            let name = tokens[i]
            guard name.isWord, name.isCapitalized || name.lower.hasPrefix("al-") || name.lower.hasPrefix("el-") else {
                continue
            }
            if !placeTokens.contains(i) { return true }
        }
        return false
    }

    /// `rebels fired rockets at the capital`, `suburbs of the Syrian capital`: the sentence points to a
    /// place it does not name, not to the one named before (which may be a town outside it).
    func speaksOfTheCapital(_ sentence: Range<Int>) -> Bool {
        capitalPointedBack(in: sentence) != nil
    }

    /// `villages`, `towns`, `provinces`: a noun of several places side by side (not `districts`, `areas`
    /// or `parts`: `government-held districts of Marlow` are inside the one place).
    func isPluralPlaceNoun(_ word: String) -> Bool {
        let singular = FigureExtractor.causeSingular(word)
        return singular != word && EnglishLexicon.placeOfHeads.contains(singular)
            && !["district", "suburb", "neighbourhood", "neighborhood"].contains(singular)
    }

    /// `since the battle for Marlow`: a place named for when, not where.
    func isInSincePhrase(_ mention: EntityExtractor.MentionReference, in sentence: Range<Int>) -> Bool {
        var j = mention.tokens.lowerBound - 1
        while j >= sentence.lowerBound, mention.tokens.lowerBound - j <= 5, tokens[j].isWord {
            if tokens[j].lowerIs("since") { return true }
            j -= 1
        }
        return false
    }

    /// `attacked Tel Arlow, which …`, `left al-Benning and Kefarlow`: a name the entity pass took for a
    /// person where a place stands (after a word that says where, past a list of names). The sentence
    /// then names a place this pass cannot see, so no place of its own or before it is taken as the one.
    func namesPlaceTakenForPerson(in sentence: Range<Int>) -> Bool {
        for mention in entities.mentions(in: sentence, paragraph: paragraph.position)
        where entities.entities[mention.entity].kind == .person {
            var j = mention.tokens.lowerBound - 1
            // Back over a list of names (`al-Benning and`) and `the`.
            while j > sentence.lowerBound, mention.tokens.lowerBound - j <= 6,
                tokens[j].lowerIs("and") || tokens[j].lowerIs("the") || tokens[j].isPunctuation(",")
                    || tokens[j].isCapitalized || tokens[j].lower.hasPrefix("al-")
            {
                j -= 1
            }
            guard j >= sentence.lowerBound else { continue }
            let word = tokens[j].lower
            if Self.placeLinks.contains(word) || FigureLexicon.strikeVerbs.contains(word) { return true }
            // `the town of Kefarlow`, `the villages of …`
            if word == "of", j > sentence.lowerBound {
                let noun = FigureExtractor.causeSingular(tokens[j - 1].lower)
                if EnglishLexicon.placeOfHeads.contains(noun) { return true }
            }
        }
        return false
    }

    /// Words before a place's name that say where: `in Marlow`, `near Marlow`.
    static let placeLinks: WordSet = ["in", "at", "near", "from", "outside", "inside", "into", "around"]

    /// `A total of 33 people died`, `… killed 40 in all` (a sum over what came before), `The war has killed
    /// 320,000 people` (a war's toll, no one place's).
    func sumsOrTellsAWarsToll(_ sentence: Range<Int>) -> Bool {
        sentence.contains { i in
            Self.sumAndWarWords.contains(lowerOf: tokens[i])
                || tokens[i].lowerIs("in") && i + 1 < sentence.upperBound && tokens[i + 1].lowerIs("all")
                    && (i + 2 == sentence.upperBound || !tokens[i + 2].isWord)  // (not `in all of Idlib`)
        }
    }

    /// `The war has killed 320,000 people`: a war's toll, no one place's (a sum may be the lead's place's).
    func tellsAWarsToll(_ sentence: Range<Int>) -> Bool {
        sentence.contains { Self.warWords.contains(lowerOf: tokens[$0]) }
    }

    /// Words of a sum or of a war's toll: `a total of`, `overall`, `the war has killed`.
    static let sumAndWarWords: WordSet = sumWords.union(warWords)
    /// Words of a war's toll: `the war has killed`, `since the uprising began`.
    static let warWords: WordSet = ["cumulative", "war", "conflict", "uprising", "insurgency", "revolution"]
    /// Words of a sum: `a total of`, `altogether`, `overall`, `combined`.
    static let sumWords: WordSet = ["total", "altogether", "overall", "combined"]
}
