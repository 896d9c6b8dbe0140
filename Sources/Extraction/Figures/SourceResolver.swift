/// Turns who a sentence says reported a figure (`the UK-based Syrian Observatory for Human Rights`,
/// `the monitor`, `SANA reporter`, `the company`) into the article's entity for it, by name or alias
/// (`Syrian Observatory for Human Rights`, `SANA`), or leaves it out when the words name no one who can
/// speak (`wounded`, `anonymity`). A description that names no entity but an institution (`Iraqi
/// military`, `US officials`) stays as written.
///
/// Reads the entity pass's result; its state grows with the article by a bounded amount per sentence.
struct SourceResolver {
    let entities: EntityExtractor.Result
    /// Every name and alias of a person, organisation or country, lowercased → the entity.
    private let byName: [String: Int]
    /// Organisations named lately, most recent last (at most ``recentLimit``).
    private(set) var recentOrganizations: [Int] = []
    /// The sentence each organisation was last named in (counted by ``read(_:in:)``).
    private(set) var organizationNamedAt: [Int: Int] = [:]
    /// How many sentences have been read so far.
    private(set) var sentencesRead = 0
    static let recentLimit = 8
    /// The last person named before the sentence being read, for `he said` and `she told`.
    private(set) var lastPerson: Int?
    private var lastPersonInSentence: Int?
    /// The kinds of organisation the article called each one, by the words beside its name (`news agency
    /// SANA`, `the monitoring group SOHR`, `the Islamic State group`): entity → description kinds.
    private var descriptions: [Int: Set<String>] = [:]
    /// Organisations named in a sentence that speaks of business (`shares in X`, `X's profits`, `X, the
    /// airline`): the only ones `the company` may stand for when nothing else says what they are.
    private(set) var namedAmongBusinessWords: Set<Int> = []
    /// Organisations a source spoke to (`told X`, `in an interview with X`): outlets, never a described company.
    private(set) var outlets: Set<Int> = []
    /// Organisations that reported a figure so far, in the order they first did.
    private var reportingOrganizations: [Int] = []
    /// The first bare group description of the sentence being read (`the group`, `the rescue service`): its
    /// words after `the` and its token (``groupDescription(in:tokens:)``).
    private(set) var bareGroupDescription: (words: [String], at: Int)?
    /// Where each organisation the sentence being read names is first named in it.
    private(set) var firstNamedInSentence: [Int: Int] = [:]

    let gazetteer: Gazetteer

    init(entities: EntityExtractor.Result, gazetteer: Gazetteer) {
        self.entities = entities
        self.gazetteer = gazetteer
        var byName: [String: Int] = [:]
        for (index, entity) in entities.entities.enumerated() {
            switch entity.kind {
            case .person, .organization: break
            case .place where gazetteer.place(named: entity.name)?.kind == .country: break
            default: continue
            }
            for name in [entity.name] + entity.aliases where byName[name.lowercased()] == nil {
                byName[name.lowercased()] = index
            }
        }
        self.byName = byName
    }

    /// Notes the organisations a sentence names, for later descriptions (`the company`, `the agency`).
    mutating func read(_ sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) {
        if let lastPersonInSentence { lastPerson = lastPersonInSentence }
        lastPersonInSentence = nil
        sentencesRead += 1
        bareGroupDescription = Self.groupDescription(in: sentence, tokens: paragraph.tokens)
        firstNamedInSentence.removeAll(keepingCapacity: true)
        var speaksOfBusiness: Bool?
        for mention in entities.mentions(in: sentence, paragraph: paragraph.position) {
            let kind = entities.entities[mention.entity].kind
            // (`he said`: only someone shown to be a person, not a fragment made one by default.)
            if kind == .person,
                entities.isEvidentPerson(mention.entity, mentionedAt: mention.tokens, tokens: paragraph.tokens)
            {
                lastPersonInSentence = mention.entity
            }
            guard kind == .organization else { continue }
            if Self.isToldObject(at: mention.tokens.lowerBound, tokens: paragraph.tokens, sentence: sentence) {
                outlets.insert(mention.entity)
            }
            noteDescriptions(around: mention.tokens, of: mention.entity, in: paragraph, sentence: sentence)
            if speaksOfBusiness == nil {
                speaksOfBusiness = sentence.contains { Self.businessWords.contains(lowerOf: paragraph.tokens[$0]) }
            }
            if speaksOfBusiness == true { namedAmongBusinessWords.insert(mention.entity) }
            if firstNamedInSentence[mention.entity] == nil { firstNamedInSentence[mention.entity] = mention.tokens.lowerBound }
            recentOrganizations.removeAll { $0 == mention.entity }
            recentOrganizations.append(mention.entity)
            organizationNamedAt[mention.entity] = sentencesRead
            if recentOrganizations.count > Self.recentLimit { recentOrganizations.removeFirst() }
        }
    }

    /// The tokens of the person's mention that opens at `start` in the sentence, if one does.
    func personMention(at start: Int, in sentence: Range<Int>, paragraph position: Int) -> Range<Int>? {
        // (Only mentions opening at `start`: one look-up, however long the sentence.)
        guard start < sentence.upperBound,
            let first = entities.mentions(in: start..<(start + 1), paragraph: position).first,
            first.tokens.lowerBound == start, entities.entities[first.entity].kind == .person
        else { return nil }
        return first.tokens
    }

    /// The person's or organisation's mention that opens at `start` in the sentence, and its kind.
    func mention(openingAt start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> (tokens: Range<Int>, kind: ExtractedEntity.Kind)?
    {
        // (Only mentions opening at `start`: one look-up, however long the sentence.)
        guard start < sentence.upperBound,
            let first = entities.mentions(in: start..<(start + 1), paragraph: paragraph.position).first,
            first.tokens.lowerBound == start, first.tokens.upperBound <= sentence.upperBound
        else { return nil }
        let kind = entities.entities[first.entity].kind
        guard kind == .person || kind == .organization else { return nil }
        return (first.tokens, kind)
    }

    /// Whether the sentence being read names the organisation of this name (``firstNamedInSentence``).
    func namesInSentence(organizationNamed name: String) -> Bool {
        firstNamedInSentence.keys.contains { entities.entities[$0].name == name }
    }

    /// The source a phrase names: an entity's name, an institution as written, or nil.
    mutating func resolve(_ phrase: String) -> String? {
        let words = phrase.wordsBetweenSpaces().map(String.init)
        guard !words.isEmpty else { return nil }
        if words.count == 1, ["he", "she"].contains(phrase.lowercased()) {
            // `He said …`: the person named last before this sentence.
            return lastPerson.map { entities.entities[$0].name }
        }
        if words.count == 1, phrase.lowercased() == "it" {
            // `…, it added`: the one organisation that has reported so far, else no one.
            return reportingOrganizations.count == 1 ? entities.entities[reportingOrganizations[0]].name : nil
        }
        // `Commerce Department figures`: the figures' owner, when it is one of the article's entities.
        // (`a UN report`, `a Turkish army statement`: the report's owner, named or as a description.)
        // (Not `Office for National Statistics`: a capitalised evidence noun after `for`, `of` ends a name.)
        if words.count > 1, let last = words.last, FigureLexicon.evidenceNouns.contains(last.lowercased()),
            !Self.endsNameWithEvidenceNoun(words)
        {
            // (`the Kelvar Health Ministry's statement`: the owner without its possessive.)
            var rest = Array(words.dropLast())
            if let possessor = rest.last, possessor.count > 2,
                possessor.hasSuffix("'s") || possessor.hasSuffix("\u{2019}s")
            {
                rest[rest.count - 1] = String(possessor.dropLast(2))
            }
            guard let owner = entity(namedBy: rest) else {
                // (Not `They claim government figures`: a pronoun's clause, no owner.)
                return rest.contains { SourceTracker.pronouns.contains($0.lowercased()) }
                    ? nil : resolve(rest.joined(separator: " "))
            }
            noteReporter(owner)
            return entities.entities[owner].name
        }
        // `Satellite images`, `Objective monitoring means`: a means of checking a count names no one; an
        // entity of the article named as its owner (`Tarn Army footage`) reports it.
        // (Not an entity so named: `Tarn Video`.)
        if let last = words.last, FigureLexicon.verificationMeans.contains(last.lowercased()),
            entity(namedBy: words) == nil
        {
            var rest = Array(words.dropLast())
            if let possessor = rest.last, possessor.count > 2,
                possessor.hasSuffix("'s") || possessor.hasSuffix("\u{2019}s")
            {
                rest[rest.count - 1] = String(possessor.dropLast(2))
            }
            guard let owner = entity(namedBy: rest) else { return nil }
            noteReporter(owner)
            return entities.entities[owner].name
        }
        if let entity = entity(namedBy: words) ?? entity(employing: words) ?? entity(describedBy: words)
            ?? organization(startingWith: words) ?? company(describedBy: words) ?? group(describedBy: words)
        {
            noteReporter(entity)
            return entities.entities[entity].name
        }
        // `The German carmaker`, `Europe's biggest drugmaker` standing for no company in reach: no one named.
        if isBusinessDescription(words) { return nil }
        let described = Array(words.drop(while: Self.isModifier))
        guard let head = described.last?.lowercased(), !described.isEmpty else { return nil }
        // A description of an organisation that named none of the article's (`the monitor`, `the company`)
        // says too little to stand alone.
        if described.count == 1,
            FigureLexicon.organizationDescriptions.contains(head) || FigureLexicon.vagueSources.contains(head)
        {
            // `a monitor said` before the article names its monitor: kept for the article's one monitor to
            // take (`FigureExtractor.resolveMonitors`), which leaves it out when there is none.
            if words.count == 1, FigureLexicon.descriptionKind(head) == "monitor", phrase.first?.isLowercase == true {
                return phrase
            }
            // `the US-led coalition`, `Saudi-backed forces`: led by a named country, one actor.
            if words.count == 2, words[0].hasSuffix("-led") || words[0].hasSuffix("-backed"),
                let country = words[0].split(separator: "-").first,
                gazetteer.place(named: String(country))?.kind == .country
                    || gazetteer.country(forDemonym: String(country)) != nil
            {
                return phrase
            }
            return nil
        }
        // `Kelvari security sources`, `informed sources`, `Vessa or Maresk informed sources` (a list run into
        // it): unnamed whoever the words before them describe; only an entity's own (`SANA sources`, taken by
        // `entity(employing:)` above) names someone.
        if FigureLexicon.unnamedSourceHeads.contains(head) { return nil }
        guard described[0].first?.isUppercase == true || FigureLexicon.speakingHeads.contains(head) else { return nil }
        // A description that names no one (`activists`, `local media`, `the interior ministry`, `Residents`
        // opening a sentence) is no source: a source is a named entity. (A monitor's description stays for
        // the article's one monitor to take: `FigureExtractor.resolveMonitors`.)
        guard
            described.indices.contains(where: { isNameWord(described[$0], at: $0) })
                || described.contains(where: { FigureLexicon.descriptionKind($0.lowercased()) == "monitor" })
        else { return nil }
        return described.joined(separator: " ")
    }

    /// Whether the phrase names a person of the article (`Mara Tolvi`, `Tolvi`).
    func namesPerson(_ phrase: String) -> Bool {
        byName[phrase.lowercased()].map { entities.entities[$0].kind == .person } ?? false
    }

    /// The organisation or country of the article a phrase names (`United States`, `Kelvan Oil`), if any.
    func organizationOrCountry(named phrase: String) -> Int? {
        guard let entity = entity(namedBy: phrase.wordsBetweenSpaces().map(String.init)),
            entities.entities[entity].kind != .person
        else { return nil }
        return entity
    }

    /// Whether a word of a description names someone: a capitalised word that is not a common word of
    /// descriptions capitalised only to open the phrase (`Iraqi military`, `Port officials`, `US officials`,
    /// `Interior Ministry`; not `Activists`, `Local residents`).
    private func isNameWord(_ word: String, at position: Int) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        return position > 0 || !FigureLexicon.genericSourceWords.contains(word.lowercased())
    }

    /// Notes an entity a source named, for `it added` and `the group said` later.
    private mutating func noteReporter(_ entity: Int) {
        if entities.entities[entity].kind == .organization, !reportingOrganizations.contains(entity) {
            reportingOrganizations.append(entity)
        }
    }

    /// The name of the article's organisation the words name (its name, an alias or its words as written),
    /// nil when they name none, or name a country or a person (`a report from Iran`: where it came from, no
    /// publisher): no description, no words kept as written.
    func organizationName(namedBy phrase: String) -> String? {
        guard let entity = entity(namedBy: phrase.wordsBetweenSpaces().map(String.init)),
            entities.entities[entity].kind == .organization
        else { return nil }
        return entities.entities[entity].name
    }

    /// The entity whose name or alias the phrase ends with: `the UK-based Syrian Observatory for Human
    /// Rights`, `Observatory director Rami Abdel Rahman`.
    /// (`the Turkish General Staff`, when the entity pass took `General` for a title: a person whose one-word
    /// name is a word of descriptions, `Staff`, matched with the title before it, is the description's head,
    /// not who reports.)
    private func entity(namedBy words: [String]) -> Int? {
        for start in words.indices {
            // (`Tarvo is Being Wiped Out`, a name that is a sentence: its last words name nothing of their own.)
            if start > 0, EnglishLexicon.beForms.contains(words[start - 1]) { break }
            guard let entity = byName[words[start...].joined(separator: " ").lowercased()] else { continue }
            let named = entities.entities[entity]
            if start < words.count - 1, named.kind == .person, !named.name.contains(ascii: " "),
                FigureLexicon.genericSourceWords.contains(named.name.lowercased())
            {
                return nil
            }
            return entity
        }
        return nil
    }

    /// The one organisation whose name the phrase begins (`Syrian Observatory` for `Syrian Observatory
    /// for Human Rights`); nil when none or several.
    private func organization(startingWith words: [String]) -> Int? {
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let prefix = words.joined(separator: " ") + " "
        let matches = entities.entities.indices.filter {
            entities.entities[$0].kind == .organization && entities.entities[$0].name.hasPrefix(prefix)
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The organisation a role or description after its name belongs to: `SANA reporter`, `Pentagon
    /// officials`, `Syrian Observatory for Human Rights monitoring group`.
    private func entity(employing words: [String]) -> Int? {
        guard let role = words.last?.lowercased(),
            FigureLexicon.roleHeads.contains(role) || FigureLexicon.organizationDescriptions.contains(role)
        else { return nil }
        guard let lastCapitalised = words.lastIndex(where: { $0.first?.isUppercase == true }) else { return nil }
        let name = words[...lastCapitalised]
        guard name.count < words.count, words[name.count...].allSatisfy({ $0.first?.isLowercase == true }),
            let entity = entity(namedBy: Array(name)), entities.entities[entity].kind == .organization
        else { return nil }
        return entity
    }

    /// The organisation a description stands for (`the agency`, `the monitor`, `the group`, `the official
    /// agency`): the one organisation named lately or reporting so far that fits it, by a word of its name
    /// (`Syrian Observatory for Human Rights` is a monitor), by what the article called it (`news agency
    /// SANA`), or as a news agency the lexicon knows; nil when none or several fit.
    private func entity(describedBy words: [String]) -> Int? {
        guard let head = words.last?.lowercased(), FigureLexicon.organizationDescriptions.contains(head),
            var kind = FigureLexicon.descriptionKind(head)
        else { return nil }
        // `the monitoring group`, `the war monitor`: a monitor, which reports by trade, so one that reported
        // before is the one meant even when another is named.
        if words.contains(where: { FigureLexicon.descriptionKind($0.lowercased()) == "monitor" }) {
            // (Not `the chemical weapons watchdog`, `the nuclear watchdog`: a watchdog of another trade, which
            // stands for no war monitor; its lowercase words must fit one,
            // ``ArticleMonitors/describesMonitor(_:)``.)
            // (Capitalised words, `the Syrian monitor`, `the UK-based group`, say where, not what it watches.)
            let lowercase = words.dropLast().filter { $0.first?.isLowercase == true } + [head]
            guard ArticleMonitors.describesMonitor(lowercase.map { $0.lowercased() }) else { return nil }
            kind = "monitor"
            let reporters = reportingOrganizations.filter { fits($0, kind) }
            if reporters.count == 1 { return reporters[0] }
        }
        var fitting: [Int] = []
        for entity in recentOrganizations + reportingOrganizations where !fitting.contains(entity) && fits(entity, kind)
        {
            fitting.append(entity)
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// Whether the organisation is of the kind a description names.
    private func fits(_ entity: Int, _ kind: String) -> Bool {
        let named = entities.entities[entity]
        var kinds = descriptionKinds(of: entity)
        // A news agency is an agency only (not the `monitor` a headline's credit may put beside its name).
        if ([named.name] + named.aliases).contains(where: FigureLexicon.newsAgencies.contains) {
            return kind == "agency"
        }
        // A monitor is a group too (`the group added` after the Observatory reported).
        if kinds.contains("monitor") { kinds.insert("group") }
        return kinds.contains(kind)
    }

    /// The kinds of organisation the entity is by a word of its name (`Tarn Health Ministry`) or by what the
    /// article called it (`news agency SANA`).
    func descriptionKinds(of entity: Int) -> Set<String> {
        var kinds = descriptions[entity] ?? []
        for word in entities.entities[entity].name.wordsBetweenSpaces() where word.first?.isUppercase == true {
            if let wordKind = FigureLexicon.descriptionKind(word.lowercased()) { kinds.insert(wordKind) }
        }
        return kinds
    }

    /// `news agency SANA`, `SANA news agency`, `the monitoring group SOHR`: the description words next to an
    /// organisation's name in its sentence, with the modifiers between them (`state`, `news`), up to three
    /// words on each side.
    private mutating func noteDescriptions(
        around name: Range<Int>, of entity: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph,
        sentence: Range<Int>
    ) {
        let tokens = paragraph.tokens
        for (from, step) in [(name.lowerBound - 1, -1), (name.upperBound, 1)] {
            var k = from
            while sentence.contains(k), abs(k - from) < 3, tokens[k].isWord, !tokens[k].isCapitalized {
                let word = tokens[k].lower
                if let kind = FigureLexicon.descriptionKind(word) {
                    descriptions[entity, default: []].insert(kind)
                } else if Self.rescueWords.contains(word) {
                    // (`the rescue group X`, `X rescue service`: a rescue service, for `the rescue service said`.)
                    descriptions[entity, default: []].insert("rescue")
                } else if !FigureLexicon.descriptionModifiers.contains(word) {
                    break
                }
                k += step
            }
        }
    }

    /// `Office for National Statistics`, `Central Bureau of Statistics`: an evidence noun written capitalised
    /// in a name's last words after its `for` or `of` ends the name; it is not figures the name before it
    /// published (`Commerce Department figures`).
    static func endsNameWithEvidenceNoun(_ words: [String]) -> Bool {
        guard words.count >= 3, let particle = words.lastIndex(where: { $0 == "for" || $0 == "of" }),
            particle > 0, particle < words.count - 1, words[particle - 1].first?.isUppercase == true
        else { return false }
        return words[(particle + 1)...].allSatisfy { $0.first?.isUppercase == true }
    }

    /// `UK-based`, `opposition-run`, `state-run`: a modifier before the description, not part of it.
    static func isModifier(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        return Token.modifierEndings.contains(word[word.index(after: hyphen)...].lowercased())
    }
}
