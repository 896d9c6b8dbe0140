/// Finds people, places and organisations: capitalised spans of the token stream, classified by the
/// gazetteer and the words around them, with surnames, acronyms and parenthesised alternatives
/// resolved to one entity per article.
public struct EntityExtractor: Sendable {
    /// An entity's mention as token positions, for the passes that need to know what a span names.
    public struct MentionReference: Equatable, Sendable {
        public var paragraph: Int
        public var tokens: Range<Int>
        public var entity: Int
    }

    public struct Result: Sendable {
        public var entities: [ExtractedEntity]
        /// Mentions per paragraph position, in token order.
        public var mentionsByParagraph: [[MentionReference]]
    }

    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// A capitalised span before resolution.
    struct Candidate {
        var paragraph: Int
        var tokens: Range<Int>
        var name: String
        var kind: ExtractedEntity.Kind?
        var role: String?
        /// The phrase with its place word (`Ain al-Assad base`), kept as an alias.
        var longForm: String?
        /// Names given in parentheses right after (`(PMF, or Hashd al-Shaabi)`).
        var alternatives: [String] = []
        var sentenceInitial: Bool
    }

    public func extract(from article: AnalyzedArticle) -> Result {
        var candidates: [Candidate] = []
        var titleCaseParagraphs: [Int] = []
        let commonWords = Self.lowercaseVocabulary(of: article)
        for paragraph in article.paragraphs {
            if Self.isTitleCase(paragraph) {
                titleCaseParagraphs.append(paragraph.position)
                continue
            }
            candidates += spans(in: paragraph, commonWords: commonWords)
        }
        // Words seen capitalised mid-sentence somewhere: a sentence-initial one-word span counts only then.
        var midSentenceNames = Set(candidates.filter { !$0.sentenceInitial }.map(\.name))
        // `Khamenei's remarks` opening a sentence, after `Ali Khamenei` elsewhere: a surname.
        for candidate in candidates where candidate.kind == .person {
            if let last = candidate.name.split(separator: " ").last, candidate.name.contains(" ") { midSentenceNames.insert(String(last)) }
        }
        candidates = candidates.filter { candidate in
            // A lone word the article also writes in lowercase (`Terrorist` in a title-case run) is no name.
            if !candidate.name.contains(" "), commonWords.contains(candidate.name.lowercased()), !isKnownSingleName(candidate.name),
               candidate.kind != .organization || !tokensAllCaps(candidate.name) {
                return false
            }
            return !candidate.sentenceInitial || candidate.kind != nil || candidate.name.contains(" ")
                || midSentenceNames.contains(candidate.name) || isKnownSingleName(candidate.name)
        }

        var resolver = EntityResolver(gazetteer: gazetteer)
        for candidate in candidates { resolver.add(candidate) }
        resolver.resolve()

        // Headlines and other title-case lines: only names already known from the text or the gazetteer.
        for position in titleCaseParagraphs {
            let paragraph = article.paragraphs[position]
            resolver.matchKnownNames(in: paragraph)
        }
        return resolver.result(paragraphCount: article.paragraphs.count, article: article)
    }

    func tokensAllCaps(_ name: String) -> Bool { name.allSatisfy { !$0.isLowercase } }

    func isKnownSingleName(_ name: String) -> Bool {
        gazetteer.place(named: name) != nil || EntityLexicon.knownOrganizations[name] != nil
            || gazetteer.country(forDemonym: name) != nil
    }

    /// A paragraph where most words are capitalised (a headline in title case) gives no evidence
    /// from capitals alone.
    static func isTitleCase(_ paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let words = paragraph.tokens.filter { $0.isWord && $0.text.count > 3 }
        let capitalised = words.filter(\.isCapitalized).count
        guard words.count >= 3 else { return paragraph.kind == .headline && capitalised == words.count }
        // Body text full of names can pass 60%; a body paragraph must be nearly all capitals.
        let threshold = paragraph.kind == .headline ? 0.6 : 0.85
        return Double(capitalised) / Double(words.count) > threshold && (paragraph.kind == .headline || words.count >= 6)
    }

    // MARK: - Spans

    static func isNamePart(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        // `US-led`, `Daesh-held`, `Iran-backed`: a modifier made from a name, not the name.
        if let hyphen = token.text.lastIndex(of: "-"), token.text[token.text.index(after: hyphen)...].first?.isLowercase == true,
           !EntityLexicon.innerParticles.contains(String(token.lower[..<hyphen])) {
            return false
        }
        if token.isCapitalized { return true }
        // al-Assad, el-Sisi, bin-Salman: a lowercase particle joined to a capitalised name.
        if let hyphen = token.text.firstIndex(of: "-") {
            let particle = token.lower[..<hyphen]
            let rest = token.text[token.text.index(after: hyphen)...]
            return EntityLexicon.innerParticles.contains(String(particle)) && (rest.first?.isUppercase ?? false)
        }
        return false
    }

    /// Words the article writes in lowercase somewhere: capitalised elsewhere, they are common words
    /// in a title-case run (`Aleppo Bombing`), not parts of a name.
    static func lowercaseVocabulary(of article: AnalyzedArticle) -> Set<String> {
        var words = Set<String>()
        for paragraph in article.paragraphs where !isTitleCase(paragraph) {
            for token in paragraph.tokens where token.isWord && token.text.first?.isLowercase == true { words.insert(token.text) }
        }
        return words
    }

    func spans(in paragraph: AnalyzedArticle.AnalyzedParagraph, commonWords: Set<String> = []) -> [Candidate] {
        let tokens = paragraph.tokens
        var result: [Candidate] = []
        for sentence in paragraph.sentences {
            var i = sentence.lowerBound
            // The first word of a sentence, past opening quotes and brackets.
            var firstWord = sentence.lowerBound
            while firstWord < sentence.upperBound, tokens[firstWord].kind == .punctuation { firstWord += 1 }
            while i < sentence.upperBound {
                guard Self.isNamePart(tokens[i]) else { i += 1; continue }
                var end = i + 1
                while end < sentence.upperBound {
                    // `Syrias Homs`: a country with its apostrophe lost ends the name before it.
                    if possessiveCountry(tokens[end - 1]) != nil { break }
                    if Self.isNamePart(tokens[end]) && tokens[end].lower != "'s" {
                        end += 1
                    } else if EntityLexicon.innerParticles.contains(tokens[end].lower), !tokens[end].isCapitalized,
                              end + 1 < sentence.upperBound, Self.isNamePart(tokens[end + 1]),
                              tokens[end + 1].lower != "'s" {
                        end += 2
                    } else {
                        break
                    }
                }
                // Trim common words the article also writes in lowercase off the edges of the span.
                var first = i, last = end
                func common(_ k: Int) -> Bool {
                    tokens[k].isCapitalized && !tokens[k].isAllCaps && commonWords.contains(tokens[k].lower)
                        && !EntityLexicon.organizationHeads.contains(tokens[k].text) && !EntityLexicon.titles.contains(tokens[k].text)
                }
                if end - i >= 2 {
                    while last - first >= 2, common(last - 1) { last -= 1 }
                    while last - first >= 2, common(first) { first += 1 }
                }
                result += candidates(in: paragraph, span: first..<last, sentenceInitial: first == firstWord)
                i = end
            }
        }
        return Self.placesByCoordination(result, tokens: tokens)
    }

    /// `Madaya and Zabadani`, `Foua, Kafarya and Idlib`: unknown names listed with a place are places.
    static func placesByCoordination(_ candidates: [Candidate], tokens: [Token]) -> [Candidate] {
        var result = candidates
        func linked(_ a: Candidate, _ b: Candidate) -> Bool {
            let gap = a.tokens.upperBound..<b.tokens.lowerBound
            return gap.count >= 1 && gap.count <= 1 && gap.allSatisfy { tokens[$0].lower == "and" || tokens[$0].lower == "or" || tokens[$0].isPunctuation(",") }
        }
        for _ in 0..<2 {
            for i in result.indices where result[i].kind == nil {
                let neighbours = [i - 1, i + 1].filter { result.indices.contains($0) }
                if neighbours.contains(where: { result[$0].kind == .place && (linked(result[min(i, $0)], result[max(i, $0)])) }) {
                    result[i].kind = .place
                }
            }
        }
        return result
    }

    /// `Syrias` (from text that lost its apostrophes) → `Syria`.
    func possessiveCountry(_ token: Token) -> String? {
        guard token.isWord, token.text.count > 3, token.text.hasSuffix("s"), gazetteer.place(named: token.text) == nil else { return nil }
        let stem = String(token.text.dropLast())
        return gazetteer.place(named: stem)?.kind == .country ? stem : nil
    }

    /// Splits a capitalised span into the names it holds (a leading country before a title,
    /// the title, the name) and classifies each.
    func candidates(in paragraph: AnalyzedArticle.AnalyzedParagraph, span: Range<Int>, sentenceInitial: Bool) -> [Candidate] {
        let tokens = paragraph.tokens
        var start = span.lowerBound
        var end = span.upperBound
        var initial = sentenceInitial
        // Drop leading function words (`The`, `In`) and trailing particles.
        while start < end, EntityLexicon.notNames.contains(tokens[start].text) || EntityLexicon.innerParticles.contains(tokens[start].text) {
            start += 1
            initial = false
        }
        while end > start, EntityLexicon.innerParticles.contains(tokens[end - 1].lower) { end -= 1 }
        guard start < end else { return [] }

        var result: [Candidate] = []
        // `US President Donald Trump`, `Iran's Supreme Leader …`: a place or demonym before a title.
        if end - start >= 2, EntityLexicon.titles.contains(tokens[start + 1].text),
           gazetteer.place(named: tokens[start].text) != nil || gazetteer.country(forDemonym: tokens[start].text) != nil {
            result += candidates(in: paragraph, span: start..<(start + 1), sentenceInitial: initial)
            start += 1
            initial = false
        }
        var roleWords: [String] = []
        while end - start >= 2, EntityLexicon.titles.contains(tokens[start].text) || tokens[start].text == "of" && !roleWords.isEmpty {
            roleWords.append(tokens[start].text)
            start += 1
        }
        // A title with no name after it (`the Supreme Leader`) names nobody.
        if end - start == 1, EntityLexicon.titles.contains(tokens[start].text) { return result }
        guard start < end else { return result }

        // `Homs Province`, `Ain al-Assad Base`: a capitalised place word ends the name.
        var placeWord: String?
        if end - start >= 2, EntityLexicon.placeHeads.contains(tokens[end - 1].lower) {
            placeWord = tokens[end - 1].text
            end -= 1
        }
        var name = paragraph.text(of: start..<end)
        if end - start == 1, let country = possessiveCountry(tokens[start]) { name = country }
        var candidate = Candidate(
            paragraph: paragraph.position, tokens: start..<end, name: name, kind: nil,
            role: roleWords.isEmpty ? nil : roleWords.joined(separator: " "), sentenceInitial: initial && roleWords.isEmpty
        )
        candidate.kind = placeWord != nil ? .place : classify(candidate, in: paragraph)
        if let placeWord {
            candidate.longForm = name + " " + placeWord
        } else if candidate.kind == .place, end < tokens.count, EntityLexicon.placeHeads.contains(tokens[end].lower) {
            candidate.longForm = name + " " + tokens[end].text
        }
        candidate.alternatives = parenthesised(after: end, in: paragraph)
        result.append(candidate)
        return result
    }

    func classify(_ candidate: Candidate, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> ExtractedEntity.Kind? {
        let tokens = paragraph.tokens
        let words = candidate.tokens.map { tokens[$0].text }
        let name = candidate.name
        if candidate.role != nil { return .person }
        if EntityLexicon.knownOrganizations[name] != nil { return .organization }
        if let last = words.last, EntityLexicon.organizationHeads.contains(last), words.count > 1 { return .organization }
        let after = candidate.tokens.upperBound < tokens.count ? tokens[candidate.tokens.upperBound] : nil
        if words.count == 1, gazetteer.place(named: name) == nil, gazetteer.country(forDemonym: name) != nil { return .nationality }
        if let after, EntityLexicon.placeHeads.contains(after.lower) { return .place }
        if gazetteer.place(named: name) != nil { return .place }
        if words.count == 1, gazetteer.country(forDemonym: name) != nil { return .nationality }
        let before = candidate.tokens.lowerBound >= 2 ? tokens[candidate.tokens.lowerBound - 2].lower : nil
        if let before, candidate.tokens.lowerBound >= 1, tokens[candidate.tokens.lowerBound - 1].lower == "of",
           EntityLexicon.placeOfHeads.contains(before) {
            return .place
        }
        if words.count == 1, tokens[candidate.tokens.lowerBound].isAllCaps, name.count <= 6 { return .organization }
        if let after, EntityLexicon.speechVerbs.contains(after.lower) { return .person }
        if words.count >= 2 && words.count <= 4 { return .person }
        if candidate.tokens.lowerBound >= 1 {
            let previous = tokens[candidate.tokens.lowerBound - 1].lower
            if ["in", "at", "near", "outside", "inside", "to", "from", "across", "around"].contains(previous) { return .place }
        }
        return nil
    }

    /// `(PMF, or Hashd al-Shaabi)` right after a name: the names inside, split at commas and `or`.
    func parenthesised(after end: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> [String] {
        let tokens = paragraph.tokens
        guard end < tokens.count, tokens[end].isPunctuation("("),
              let close = tokens[(end + 1)...].prefix(12).firstIndex(where: { $0.isPunctuation(")") })
        else { return [] }
        var names: [String] = []
        var partStart = end + 1
        for i in (end + 1)...close {
            if i == close || tokens[i].isPunctuation(",") || tokens[i].lower == "or" || tokens[i].isPunctuation(";") {
                if partStart < i, (partStart..<i).allSatisfy({ Self.isNamePart(tokens[$0]) || EntityLexicon.innerParticles.contains(tokens[$0].lower) }) {
                    names.append(paragraph.text(of: partStart..<i))
                }
                partStart = i + 1
            }
        }
        return names
    }
}
