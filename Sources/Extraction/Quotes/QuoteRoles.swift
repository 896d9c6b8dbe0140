/// What the article says each person is, so a role phrase (`the foreign minister said`) can name its
/// person and a pronoun can skip people of the other gender.
///
/// A person's role words come from the titles the entity pass split off (`Foreign Minister`), lowercase
/// words right before a mention (`Observatory head Rami Abdel Rahman`, `ambassador to Britain Liu`)
/// and an appositive right after one (`David Frost, director general of …,`). One pass over the
/// mentions, each looking at a few tokens around it.
struct QuoteRoles {
    /// `conflicting`: the evidence disagrees (a male title and a female given name), so no pronoun may
    /// stand for the person.
    enum Gender { case male, female, conflicting }

    private(set) var words: [Int: Set<String>] = [:]
    private(set) var byWord: [String: [Int]] = [:]
    private(set) var gender: [Int: Gender] = [:]
    /// The organisation named right before a person's role words (`LSE chief executive Clara Furse`),
    /// or -1 when the article names different ones.
    private(set) var organization: [Int: Int] = [:]
    /// Each word of an organisation's name → that organisation, or -1 when several share it.
    private(set) var organizationsByWord: [String: Int] = [:]
    /// The last word of each person's name → that person, or -1 when several share it.
    private(set) var personsBySurname: [String: Int] = [:]

    /// The capitalised words of each person's role that are no titles (`labour` for `Labour MP Ann Roe`).
    private(set) var capitalizedWords: [Int: Set<String>] = [:]

    /// The full name the article writes for a surname (`Walter E. Brandon` for `Brandon`), also when the
    /// entity pass missed it, or "" when two different full names end with that surname.
    private(set) var fullNames: [String: String] = [:]
    /// The full name after each title (`senator` → `Harold T. Wexley`), "" when titles several names.
    private(set) var titledNames: [String: String] = [:]

    /// A person named again with another spelling (`Rami Abdulrahman` after `Rami Abdel Rahman`) → the
    /// person as first named.
    private(set) var firstSpelling: [Int: Int] = [:]
    /// Where the article first names each person.
    private(set) var firstNamed: [Int: TextSpan] = [:]

    /// The article's monitors, for `the monitor said`.
    let monitors: ArticleMonitors

    /// How many tokens around a mention are read for its role.
    static let window = 6

    init(article: AnalyzedArticle, entities: EntityExtractor.Result) {
        monitors = ArticleMonitors(article: article, entities: entities)
        for (index, entity) in entities.entities.enumerated() where entity.kind == .organization {
            for word in Set(entity.name.wordsBetweenSpaces().map(String.init)) {
                organizationsByWord[word] = organizationsByWord[word] == nil ? index : -1
            }
        }
        for (index, entity) in entities.entities.enumerated() where entity.kind == .person {
            if let last = entity.name.wordsBetweenSpaces().last, entity.name.contains(ascii: " ") {
                personsBySurname[String(last)] = personsBySurname[String(last)] == nil ? index : -1
            }
            for mention in entity.mentions {
                for word in (mention.role ?? "").wordsBetweenSpaces() { add(String(word).lowercased(), to: index) }
            }
            for word in entity.name.wordsBetweenSpaces() where EnglishLexicon.titles.contains(String(word)) {
                add(word.lowercased(), to: index)
            }
        }
        for paragraph in article.paragraphs where paragraph.position < entities.mentionsByParagraph.count {
            let mentions = entities.mentionsByParagraph[paragraph.position]
            // (Made at their size: grown insert by insert they were rehashed several times per paragraph.)
            var mentionEnding = [Int: Int](minimumCapacity: mentions.count)
            var mentionStarting = [Int: Int](minimumCapacity: mentions.count)
            for (m, mention) in mentions.enumerated() {
                mentionEnding[mention.tokens.upperBound - 1] = m
                mentionStarting[mention.tokens.lowerBound] = m
            }
            Self.noteFullNames(
                in: paragraph, mentions: mentions, entities: entities, into: &fullNames, titled: &titledNames)
            for mention in mentions where entities.entities[mention.entity].kind == .person {
                let before = Self.wordsBefore(
                    mention.tokens.lowerBound, end: mention.tokens.upperBound, paragraph.tokens, mentions, mentionEnding
                )
                for word in before.words { add(word, to: mention.entity) }
                if let org = before.organization, entities.entities[org].kind == .organization, !before.words.isEmpty {
                    let known = organization[mention.entity]
                    organization[mention.entity] = known == nil || known == org ? org : -1
                }
                for word in Self.appositive(after: mention.tokens.upperBound, paragraph.tokens) {
                    add(word, to: mention.entity)
                }
                for word in Self.capitalizedRoleWords(
                    around: mention.tokens, paragraph.tokens, mentions, mentionStarting, mentionEnding)
                {
                    capitalizedWords[mention.entity, default: []].insert(word)
                }
                if let office = Self.postNominal(after: mention.tokens.upperBound, paragraph.tokens) {
                    add(office, to: mention.entity)
                }
                if before.organization == nil,
                    let org = Self.appositiveOrganization(
                        after: mention.tokens.upperBound, paragraph.tokens, mentions, mentionStarting, entities)
                {
                    let known = organization[mention.entity]
                    organization[mention.entity] = known == nil || known == org ? org : -1
                }
            }
        }
        firstNamed = Self.firstMentions(entities)
        firstSpelling = Self.spellings(entities, firstNamed: firstNamed)
        for (entity, set) in words {
            let male = !set.isDisjoint(with: QuoteLexicon.male), female = !set.isDisjoint(with: QuoteLexicon.female)
            if male != female { gender[entity] = male ? .male : .female }
        }
    }

    /// People whose names are spelt alike, each mapped to the one the article names first: the same
    /// letters but vowels, spaces, hyphens and doubled letters, given name and surname each
    /// (`Rami Abdel Rahman` / `Rami Abdulrahman`, `James E. Clyburn` / `James Clyburn`).
    static func spellings(_ entities: EntityExtractor.Result, firstNamed: [Int: TextSpan]) -> [Int: Int] {
        var people = firstNamed.map { (first: $0.value, index: $0.key) }
        people.sort { ($0.first.paragraph, $0.first.start, $0.index) < ($1.first.paragraph, $1.first.start, $1.index) }
        var byKey: [String: Int] = [:]
        var result: [Int: Int] = [:]
        for (_, index) in people {
            guard let key = spellingKey(entities.entities[index].name) else { continue }
            if let earlier = byKey[key] { result[index] = earlier } else { byKey[key] = index }
        }
        return result
    }

    /// Where the article first names each person.
    static func firstMentions(_ entities: EntityExtractor.Result) -> [Int: TextSpan] {
        var result: [Int: TextSpan] = [:]
        for (index, entity) in entities.entities.enumerated() where entity.kind == .person {
            result[index] = entity.mentions.map(\.span).min { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        }
        return result
    }

    /// The consonants of the given name and of the rest of the name, doubled ones once; nil for a name
    /// of one word or a surname of fewer than three consonants (too short to tell spellings apart).
    static func spellingKey(_ name: String) -> String? {
        var words = name.wordsBetweenSpaces().map(String.init)
        while let first = words.first, EnglishLexicon.titles.contains(first) { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        let given = consonants(words[0]), rest = consonants(words.dropFirst().joined())
        guard !given.isEmpty, rest.count >= 3 else { return nil }
        return given + "|" + rest
    }

    private static func consonants(_ text: String) -> String {
        // ASCII byte by byte (most names): a letter is a byte of A-Z or a-z, and each byte a character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                var count = 0
                for byte in text.utf8 {
                    let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    guard (0x61...0x7A).contains(lower), !isVowelOrY(lower),
                        count == 0 || buffer[count - 1] != lower
                    else { continue }
                    buffer[count] = lower
                    count += 1
                }
                return count
            }
        }
        var result = ""
        for character in text.lowercased() where character.isLetter && !"aeiouy".contains(character) {
            if result.last != character { result.append(character) }
        }
        return result
    }

    /// `a`, `e`, `i`, `o`, `u` or `y`, lowercase, as an ASCII byte.
    private static func isVowelOrY(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            true
        default: false
        }
    }

    private mutating func add(_ word: String, to entity: Int) {
        guard !word.isEmpty, !QuoteLexicon.definite.contains(word), !QuoteLexicon.indefinite.contains(word),
            !QuoteLexicon.rolePrepositions.contains(word), word != "and"
        else { return }
        if words[entity, default: []].insert(word).inserted { byWord[word, default: []].append(entity) }
    }

    /// `chairman and chief executive Richard Parsons`, `ambassador to Britain Liu Xiaming`: lowercase
    /// words and titles right before a mention, over a place named as the role's complement.
    static func wordsBefore(
        _ start: Int, end: Int, _ tokens: [Token], _ mentions: [EntityExtractor.MentionReference],
        _ mentionEnding: [Int: Int]
    ) -> (words: [String], organization: Int?) {
        var result: [String] = []
        var k = start - 1
        var reach = start
        // `China's ambassador to France, Li Wenhao, …`: the role before the name's commas.
        if k > 0, tokens[k].isPunctuation(","), end < tokens.count, tokens[end].isPunctuation(",") {
            k -= 1
            reach = k + 1
        }
        // `a colleague of Harah`: the words before `of` describe someone else.
        if k >= 0, k == start - 1, QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k]) { return ([], nil) }
        while k >= 0, reach - k <= window {
            let token = tokens[k]
            if let m = mentionEnding[k], k > 0 {
                // `to Britain`, `of Iraq`: skip a named complement after its preposition, and after a
                // title the name went without (`for Mr. Halvorsen`).
                var before = mentions[m].tokens.lowerBound - 1
                if before >= 1, tokens[before].isPunctuation("."),
                    EnglishLexicon.titles.contains(tokens[before - 1].text)
                {
                    before -= 2
                } else if before >= 0, EnglishLexicon.titles.contains(tokens[before].text) {
                    before -= 1
                }
                if before >= 0, tokens[before].lowerIs(oneOf: ["to", "of", "for"]) { k = before; continue }
                return (result, mentions[m].entity)
            }
            guard token.isWord, token.lower != "'s", !QuoteLexicon.finiteVerbs.contains(lowerOf: token),
                !QuoteLexicon.participles.contains(lowerOf: token)
            else { break }
            if token.isCapitalized {
                guard EnglishLexicon.titles.contains(token.text) else {
                    // `A spokesman for Mr. Halvorsen, Dan Orritt,`: a complement the entity pass did not
                    // name, skipped to its preposition like a named one.
                    guard let preposition = prepositionBeforeName(endingAt: k, tokens), reach - preposition <= window
                    else { break }
                    k = preposition
                    continue
                }
            } else if QuoteLexicon.definite.contains(lowerOf: token) || QuoteLexicon.indefinite.contains(lowerOf: token)
                || QuoteLexicon.clauseBoundaries.contains(lowerOf: token) && token.lower != "and"
                || token.lowerIs(oneOf: ["by", "with", "in", "at", "from", "on", "against", "between"])
            {
                break
            }
            result.append(token.lower)
            k -= 1
        }
        return (result, nil)
    }

    /// The `to`, `of` or `for` right before the capitalised words and initials' stops ending at `k`.
    private static func prepositionBeforeName(endingAt k: Int, _ tokens: [Token]) -> Int? {
        var j = k
        while j >= 0, k - j < window, tokens[j].isWord && tokens[j].isCapitalized || tokens[j].isPunctuation(".") {
            j -= 1
        }
        guard j >= 0, j < k, ["to", "of", "for"].contains(tokens[j].text) else { return nil }
        return j
    }

    /// `, the commander of Kowloon West district,` → `commander`; `, Hong Kong's new police commissioner,`
    /// → `new`, `police`, `commissioner`: the words before the appositive's first preposition.
    static func appositive(after end: Int, _ tokens: [Token]) -> [String] {
        guard end + 1 < tokens.count, tokens[end].isPunctuation(",") else { return [] }
        var result: [String] = []
        var k = end + 1
        if tokens[k].lowerIs(oneOf: ["who", "whose", "which", "where", "and", "but", "said", "says"]) { return [] }
        while k < tokens.count, k - end <= window + 2 {
            let token = tokens[k]
            if token.kind == .punctuation {
                return token.text == "," || token.text == "." || token.text == ";" || token.text == ")" ? result : []
            }
            if QuoteLexicon.rolePrepositions.contains(lowerOf: token) {
                // The head comes before the complement; the rest must still end the appositive.
                while k < tokens.count, k - end <= 3 * window, tokens[k].kind != .punctuation { k += 1 }
                return k < tokens.count && [",", ".", ";", ")"].contains(tokens[k].text) ? result : []
            }
            if token.lower != "'s", !token.isCapitalized || EnglishLexicon.titles.contains(token.text) {
                result.append(token.lower)
            }
            k += 1
        }
        return []
    }

    /// The one person whose role has `head` (and the modifiers some candidate has: `foreign` in
    /// `the foreign minister` when the article also has a defence minister).
    /// Modifiers that are titles (`foreign`, `defence`, `deputy`) must match: `the defence minister`
    /// is not the foreign minister. Others (`Iranian`, `new`) only break ties.
    /// With `namedBefore`, nobody when that person is first named only after that place: `"…?" the MP for
    /// Leeds asked` is not whoever the article calls an MP further on.
    func person(withRole head: String, modifiers: [String], namedBefore place: TextSpan? = nil) -> Int? {
        guard let found = person(withRole: head, modifiers: modifiers) else { return nil }
        guard let place else { return found }
        let named = firstNamed[found].map { ($0.paragraph, $0.start) < (place.paragraph, place.start) } ?? false
        return named ? found : nil
    }

    private func person(withRole head: String, modifiers: [String]) -> Int? {
        guard var candidates = byWord[head], !candidates.isEmpty else { return nil }
        for modifier in modifiers {
            let title = EnglishLexicon.titles.contains(modifier.prefix(1).uppercased() + modifier.dropFirst())
            let having = candidates.filter { words[$0]?.contains(modifier) == true }
            if title || !having.isEmpty && candidates.count > 1 { candidates = having }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
