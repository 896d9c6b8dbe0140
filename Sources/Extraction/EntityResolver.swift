/// Groups an article's name candidates into entities: surnames to full names, acronyms and
/// parenthesised alternatives to what they abbreviate, gazetteer short forms to canonical names.
struct EntityResolver {
    struct Entry {
        var name: String
        var kind: ExtractedEntity.Kind
        var aliases: [String] = []
        var mentions: [(paragraph: Int, tokens: Range<Int>, role: String?)] = []
    }

    let gazetteer: Gazetteer
    private var candidates: [EntityExtractor.Candidate] = []
    private(set) var entries: [Entry] = []
    /// Every name and alias → entry index.
    private var index: [String: Int] = [:]

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    mutating func add(_ candidate: EntityExtractor.Candidate) { candidates.append(candidate) }

    mutating func resolve() {
        // Longer names first, so `Soleimani` finds `Qassem Soleimani` already there.
        let order = candidates.indices.sorted {
            let a = candidates[$0].tokens.count, b = candidates[$1].tokens.count
            return a != b ? a > b : $0 < $1
        }
        for i in order {
            let candidate = candidates[i]
            if let entry = lookup(candidate) {
                mention(entry, candidate)
                continue
            }
            guard let kind = candidate.kind else { continue }
            let canonical = kind == .place ? (gazetteer.place(named: candidate.name)?.name ?? candidate.name) : candidate.name
            let entry = entries.count
            entries.append(Entry(name: canonical, kind: kind))
            register(canonical, entry)
            mention(entry, candidate)
        }
    }

    private func lookup(_ candidate: EntityExtractor.Candidate) -> Int? {
        if let entry = index[candidate.name] { return entry }
        if candidate.kind == .place, let place = gazetteer.place(named: candidate.name), let entry = index[place.name] {
            return entry
        }
        // A surname or the end of a longer person's name.
        if candidate.kind == nil || candidate.kind == .person {
            let words = candidate.name.split(separator: " ")
            if words.count <= 2, let last = words.last {
                if let entry = surnames[String(last)], words.count == 1 || entries[entry].name.hasSuffix(candidate.name) {
                    return entry
                }
            }
        }
        return nil
    }

    /// Last names (and particle-less forms: `Muhandis` for `al-Muhandis`) of the people so far.
    private var surnames: [String: Int] = [:]

    private mutating func register(_ name: String, _ entry: Int) {
        if index[name] == nil { index[name] = entry }
        if entries[entry].kind == .person, let last = name.split(separator: " ").last, name.contains(" ") {
            surnames[String(last)] = surnames[String(last)] ?? entry
            if let hyphen = last.firstIndex(of: "-") {
                let bare = String(last[last.index(after: hyphen)...])
                surnames[bare] = surnames[bare] ?? entry
            }
        }
    }

    private mutating func mention(_ entry: Int, _ candidate: EntityExtractor.Candidate) {
        entries[entry].mentions.append((candidate.paragraph, candidate.tokens, candidate.role))
        var names = [candidate.name]
        if let long = candidate.longForm { names.append(long) }
        if let role = candidate.role, entries[entry].kind == .person { names.append(role.split(separator: " ").last.map { "\($0) \(candidate.name)" } ?? candidate.name) }
        names += candidate.alternatives
        for name in names where name != entries[entry].name && !entries[entry].aliases.contains(name) {
            entries[entry].aliases.append(name)
        }
        for name in names { register(name, entry) }
    }

    /// Finds already-known names in a title-case line (a headline), longest match first.
    mutating func matchKnownNames(in paragraph: AnalyzedArticle.AnalyzedParagraph) {
        let tokens = paragraph.tokens
        var i = 0
        while i < tokens.count {
            guard EntityExtractor.isNamePart(tokens[i]) else { i += 1; continue }
            var matched = false
            for length in stride(from: min(5, tokens.count - i), through: 1, by: -1) {
                let range = i..<(i + length)
                guard range.allSatisfy({ tokens[$0].isWord }) else { continue }
                let text = paragraph.text(of: range)
                var entry = index[text] ?? (length == 1 ? surnames[text] : nil)
                if entry == nil, let place = gazetteer.place(named: text) {
                    entry = index[place.name] ?? {
                        entries.append(Entry(name: place.name, kind: .place))
                        register(place.name, entries.count - 1)
                        return entries.count - 1
                    }()
                }
                if entry == nil, let organization = EntityLexicon.knownOrganizations[text] {
                    entry = index[organization] ?? {
                        entries.append(Entry(name: organization, kind: .organization))
                        register(organization, entries.count - 1)
                        return entries.count - 1
                    }()
                }
                if let entry {
                    entries[entry].mentions.append((paragraph.position, range, nil))
                    if text != entries[entry].name && !entries[entry].aliases.contains(text) { entries[entry].aliases.append(text) }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    func result(paragraphCount: Int, article: AnalyzedArticle) -> EntityExtractor.Result {
        var byParagraph = [[EntityExtractor.MentionReference]](repeating: [], count: paragraphCount)
        var entities: [ExtractedEntity] = []
        for (number, entry) in entries.enumerated() {
            var mentions: [ExtractedEntity.Mention] = []
            for mention in entry.mentions.sorted(by: { ($0.paragraph, $0.tokens.lowerBound) < ($1.paragraph, $1.tokens.lowerBound) }) {
                let paragraph = article.paragraphs[mention.paragraph]
                let span = TextSpan(paragraph: mention.paragraph, start: paragraph.tokens[mention.tokens.lowerBound].start,
                                    end: paragraph.tokens[mention.tokens.upperBound - 1].end)
                mentions.append(.init(span: span, text: paragraph.text(of: mention.tokens), role: mention.role))
                byParagraph[mention.paragraph].append(.init(paragraph: mention.paragraph, tokens: mention.tokens, entity: number))
            }
            entities.append(ExtractedEntity(name: entry.name, kind: entry.kind, aliases: entry.aliases, mentions: mentions))
        }
        for p in byParagraph.indices { byParagraph[p].sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        return .init(entities: entities, mentionsByParagraph: byParagraph)
    }
}
