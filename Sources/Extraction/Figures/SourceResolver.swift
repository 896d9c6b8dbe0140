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
    private var recentOrganizations: [Int] = []
    private static let recentLimit = 8
    /// The entity the last resolved source named.
    private var lastSource: Int?
    /// The last person named before the sentence being read, for `he said` and `she told`.
    private(set) var lastPerson: Int?
    private var lastPersonInSentence: Int?

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
        guard paragraph.position < entities.mentionsByParagraph.count else { return }
        for mention in entities.mentionsByParagraph[paragraph.position]
        where sentence.contains(mention.tokens.lowerBound) {
            let kind = entities.entities[mention.entity].kind
            if kind == .person { lastPersonInSentence = mention.entity }
            guard kind == .organization else { continue }
            recentOrganizations.removeAll { $0 == mention.entity }
            recentOrganizations.append(mention.entity)
            if recentOrganizations.count > Self.recentLimit { recentOrganizations.removeFirst() }
        }
    }

    /// The source a phrase names: an entity's name, an institution as written, or nil.
    mutating func resolve(_ phrase: String) -> String? {
        let words = phrase.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        if words.count == 1, ["he", "she"].contains(phrase.lowercased()) {
            // `He said …`: the person named last before this sentence.
            return lastPerson.map { entities.entities[$0].name }
        }
        // `Commerce Department figures`: the figures' owner, when it is one of the article's entities.
        if words.count > 1, let last = words.last, FigureLexicon.evidenceNouns.contains(last.lowercased()) {
            guard let owner = entity(namedBy: Array(words.dropLast())) else { return nil }
            lastSource = owner
            return entities.entities[owner].name
        }
        if let entity = entity(namedBy: words) ?? entity(employing: words) ?? entity(describedBy: words)
            ?? organization(startingWith: words)
        {
            lastSource = entity
            return entities.entities[entity].name
        }
        let described = Array(words.drop(while: Self.isModifier))
        guard let head = described.last?.lowercased(), !described.isEmpty else { return nil }
        // A description of an organisation that named none of the article's (`the monitor`, `the company`)
        // says too little to stand alone.
        if described.count == 1,
            FigureLexicon.organizationDescriptions.contains(head) || FigureLexicon.vagueSources.contains(head)
        {
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
        if described[0].first?.isUppercase == true || FigureLexicon.speakingHeads.contains(head) {
            return described.joined(separator: " ")
        }
        return nil
    }

    /// The entity whose name or alias the phrase ends with: `the UK-based Syrian Observatory for Human
    /// Rights`, `Observatory director Rami Abdel Rahman`.
    private func entity(namedBy words: [String]) -> Int? {
        for start in words.indices {
            if let entity = byName[words[start...].joined(separator: " ").lowercased()] { return entity }
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

    /// The organisation a description stands for: one named lately whose name has its head word (`the
    /// Observatory`, `the agency`), or the last organisation that was a source (`the monitor`, `the
    /// group`).
    private func entity(describedBy words: [String]) -> Int? {
        guard let head = words.last?.lowercased(), FigureLexicon.organizationDescriptions.contains(head) else {
            return nil
        }
        let headWord = head.prefix(1).uppercased() + head.dropFirst()
        if let named = recentOrganizations.last(where: {
            entities.entities[$0].name.split(separator: " ").contains { $0 == headWord }
        }) {
            return named
        }
        if FigureLexicon.monitorDescriptions.contains(head), let lastSource,
            entities.entities[lastSource].kind == .organization
        {
            return lastSource
        }
        return nil
    }

    /// `UK-based`, `opposition-run`, `state-run`: a modifier before the description, not part of it.
    static func isModifier(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        return Token.modifierEndings.contains(word[word.index(after: hyphen)...].lowercased())
    }
}
