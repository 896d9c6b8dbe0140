/// Finds people, places and organisations: capitalised runs of the token stream, split into the names
/// they hold (a country or a title before a person, datelines and credits run into a name, names whose
/// separating commas were lost), classified by the gazetteer, the lexicon and the words around them, and
/// resolved to one entity per article by ``EntityResolver``.
///
/// One pass over each paragraph's tokens with hash lookups; the gazetteer is loaded once per process.
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
    /// What the lexicon and the gazetteer say about each short span, filled as ``extract`` asks: one
    /// per call, so the extractor stays shareable across threads.
    var knownNames: KnownNameCache?

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    final class KnownNameCache: @unchecked Sendable {
        var evidence: [Int: Evidence?] = [:]
    }

    /// What one mention says about the kind of thing it names, and how strongly. An entity's kind is
    /// the one its mentions' strongest evidence gives (see ``EntityResolver``).
    struct Evidence: Equatable {
        var kind: ExtractedEntity.Kind
        var weight: Int

        /// The lexicon or the gazetteer knows the name.
        static let known = 5
        /// The name's own words say it: a head (`Forces`, `Province`), an Arabic prefix, a title before it.
        static let structure = 4
        /// A word next to it says it: `activist X`, `the villages X`, `X network`, `the X said`.
        static let cue = 3
        /// Weaker context: `X said`, `in X`, listed with a place.
        static let context = 2
        /// Two to four capitalised words and nothing else: most often a person.
        static let shape = 1
    }

    /// A name in the text before resolution.
    struct Candidate {
        var paragraph: Int
        var tokens: Range<Int>
        var name: String
        var evidence: Evidence?
        var role: String?
        /// Other forms written here: `Ain al-Assad base`, `Ayatollah Ali Khamenei`, `US President Donald Trump`.
        var aliases: [String] = []
        /// Names given in parentheses right after (`(PMF, or Hashd al-Shaabi)`).
        var alternatives: [String] = []
        var sentenceInitial: Bool
        /// The lexicon's name for a known organisation (`Daesh` → `Islamic State`).
        var canonical: String?
        /// A title alone (`King and Weeks were abducted`): only the surname of someone already named.
        var titleOnly = false
        /// A generic head (`the observatory`, `Observatory head …`): only an alias of the one named
        /// organisation in the article with that head.
        var genericHead = false
        /// For a name inside the parentheses right after another name: that name's candidate index.
        var alternativeOf: Int?

        var kind: ExtractedEntity.Kind? { evidence?.kind }
    }

    public func extract(from article: AnalyzedArticle) -> Result {
        var worker = self
        worker.knownNames = KnownNameCache()
        return worker.extractOnce(from: article)
    }

    private func extractOnce(from article: AnalyzedArticle) -> Result {
        let commonWords = Self.lowercaseVocabulary(of: article)
        let headline = article.paragraphs.first.flatMap { $0.kind == .headline && $0.isTitleCase ? $0 : nil }
        var candidates: [Candidate] = []
        // Title-case lines, copies of the headline and credit lines: only names known from elsewhere.
        var knownNamesOnly: [(paragraph: Int, range: Range<Int>)] = []
        for paragraph in article.paragraphs {
            if paragraph.isTitleCase {
                knownNamesOnly.append((paragraph.position, 0..<paragraph.tokens.count))
                continue
            }
            let blocked = Self.knownNamesOnlyRanges(in: paragraph, headline: headline)
            knownNamesOnly += blocked.map { (paragraph.position, $0) }
            let base = candidates.count
            for var candidate in spans(in: paragraph, commonWords: commonWords, blocked: blocked) {
                candidate.alternativeOf = candidate.alternativeOf.map { $0 + base }
                candidates.append(candidate)
            }
        }
        candidates = Self.placesByCoordination(candidates, articles: article)
        candidates = filtered(candidates, commonWords: commonWords)

        var resolver = EntityResolver(gazetteer: gazetteer)
        resolver.resolve(candidates)
        for (position, range) in knownNamesOnly {
            resolver.matchKnownNames(in: article.paragraphs[position], range: range)
        }
        return resolver.result(paragraphCount: article.paragraphs.count, article: article)
    }

    /// Drops lone words that are common words or unsupported sentence starts; keeps indices of
    /// parenthesised alternatives pointing at their names.
    func filtered(_ candidates: [Candidate], commonWords: Set<String>) -> [Candidate] {
        // Words seen capitalised mid-sentence somewhere, and the parts of people's names: a
        // sentence-initial one-word name counts only then (`Khamenei's remarks`, `Liu said`).
        var midSentence = Set<String>()
        for candidate in candidates where !candidate.sentenceInitial { midSentence.insert(candidate.name) }
        for candidate in candidates where candidate.kind == .person && candidate.name.contains(" ") {
            let words = candidate.name.split(separator: " ")
            midSentence.insert(String(words[words.count - 1]))
            midSentence.insert(String(words[0]))
        }
        // `Brantwell said …` after `Brantwell Co`: a company's short name.
        for candidate in candidates where candidate.kind == .organization {
            let words = candidate.name.split(separator: " ")
            if words.count == 2, EntityLexicon.corporateSuffixes.contains(String(words[1])) { midSentence.insert(String(words[0])) }
        }
        func keep(_ candidate: Candidate) -> Bool {
            if candidate.titleOnly || candidate.genericHead { return true }
            let weight = candidate.evidence?.weight ?? 0
            guard !candidate.name.contains(" ") else { return true }
            // `IS` in `WHAT IS NEXT`: a word in capitals with nothing to say it is a name.
            if candidate.evidence == nil, EntityLexicon.commonAcronyms.contains(candidate.name) { return false }
            // A lone word the article also writes in lowercase (`Terrorist` in a title-case run) is no name.
            if commonWords.contains(candidate.name.lowercased()) {
                // The gazetteer's towns named like common words (`Cocoa`, `Mobile`) count only as countries here.
                if weight < Evidence.known || candidate.kind == .place && gazetteer.place(named: candidate.name)?.kind == .city { return false }
            }
            return !candidate.sentenceInitial || weight >= Evidence.cue || midSentence.contains(candidate.name)
        }
        var result: [Candidate] = []
        var newIndex = [Int?](repeating: nil, count: candidates.count)
        for (i, candidate) in candidates.enumerated() where keep(candidate) {
            var candidate = candidate
            candidate.alternativeOf = candidate.alternativeOf.flatMap { newIndex[$0] }
            newIndex[i] = result.count
            result.append(candidate)
        }
        return result
    }

    /// Token ranges of a body paragraph where capitals say nothing: a title-case headline repeated in
    /// the body (scraped pages run it into the first sentence), and sentences without a lowercase word
    /// (credits, datelines, signatures such as `SSH 11`).
    static func knownNamesOnlyRanges(in paragraph: AnalyzedArticle.AnalyzedParagraph,
                                     headline: AnalyzedArticle.AnalyzedParagraph?) -> [Range<Int>] {
        let tokens = paragraph.tokens
        var ranges: [Range<Int>] = []
        if let headline, headline.position != paragraph.position, headline.tokens.count >= 4 {
            let h = headline.tokens
            var i = 0
            while i + h.count <= tokens.count {
                if tokens[i].text == h[0].text, (1..<h.count).allSatisfy({ tokens[i + $0].text == h[$0].text }) {
                    ranges.append(i..<(i + h.count))
                    i += h.count
                } else {
                    i += 1
                }
            }
        }
        for sentence in paragraph.sentences where sentence.contains(where: { tokens[$0].isWord }) {
            guard !sentence.contains(where: { tokens[$0].isWord && tokens[$0].text.first?.isLowercase == true }),
                  !ranges.contains(where: { $0.overlaps(sentence) })
            else { continue }
            ranges.append(sentence)
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    // MARK: - Runs of capitalised words

    /// Words the article writes in lowercase somewhere: capitalised elsewhere, they are common words
    /// in a title-case run (`Aleppo Bombing`), not parts of a name.
    static func lowercaseVocabulary(of article: AnalyzedArticle) -> Set<String> {
        var words = Set<String>()
        for paragraph in article.paragraphs where !paragraph.isTitleCase {
            for token in paragraph.tokens where token.isWord && token.text.first?.isLowercase == true { words.insert(token.text) }
        }
        return words
    }

    func spans(in paragraph: AnalyzedArticle.AnalyzedParagraph, commonWords: Set<String> = [],
               blocked: [Range<Int>] = []) -> [Candidate] {
        let tokens = paragraph.tokens
        var isBlocked = [Bool](repeating: false, count: tokens.count)
        for range in blocked { for k in range { isBlocked[k] = true } }
        var result: [Candidate] = []
        // The name a parenthesis follows, and the tokens inside: names there are its alternatives.
        var parent: (index: Int, inside: Range<Int>)?
        for sentence in paragraph.sentences {
            var i = sentence.lowerBound
            // The first word of a sentence, past opening quotes and brackets.
            var firstWord = sentence.lowerBound
            while firstWord < sentence.upperBound, tokens[firstWord].kind == .punctuation { firstWord += 1 }
            while i < sentence.upperBound {
                if isBlocked[i] { i += 1; continue }
                if let generic = genericHead(at: i, in: paragraph, sentence: sentence) {
                    result.append(generic)
                    i += 2
                    continue
                }
                guard tokens[i].isNamePart else { i += 1; continue }
                var end = i + 1
                while end < sentence.upperBound, !isBlocked[end] {
                    // `Syrias Homs`: a country with its apostrophe lost ends the name before it.
                    if possessiveCountry(tokens[end - 1]) != nil || possessiveCountry(tokens[end]) != nil { break }
                    var next: Bool { end + 1 < sentence.upperBound && !isBlocked[end + 1] && tokens[end + 1].isNamePart }
                    if tokens[end].isNamePart && tokens[end].lower != "'s" {
                        end += 1
                    } else if EnglishLexicon.nameParticles.contains(tokens[end].lower), !tokens[end].isCapitalized, next,
                              tokens[end + 1].lower != "'s" {
                        end += 2
                    } else if tokens[end].lower == "'s", EntityLexicon.possessiveNameWords.contains(tokens[end - 1].text), next {
                        // `People's Liberation Army`
                        end += 2
                    } else if tokens[end].isPunctuation("."), !tokens[end].spaceBefore, tokens[end - 1].text.count == 1,
                              tokens[end - 1].isCapitalized, end - 1 > i, next {
                        // A middle initial: `Elizabeth A. Smith`, `James T. Kirk`.
                        end += 2
                    } else {
                        break
                    }
                }
                // `Jun 2014 Activists say`: a date run into the text starts a sentence.
                let start = i > sentence.lowerBound && tokens[i - 1].isNumber && tokens[i - 1].text.count == 4 ? i : firstWord
                let (first, last) = trimmed(i..<end, in: paragraph, commonWords: commonWords, sentenceStart: start)
                var found = pieces(of: first..<last, in: paragraph, sentence: sentence, sentenceInitial: first == start)
                if let inside = parent?.inside, let index = parent?.index, inside.contains(first) {
                    for k in found.indices { found[k].alternativeOf = index }
                }
                if !found.isEmpty, last < tokens.count, tokens[last].isPunctuation("(") {
                    let alternatives = parenthesised(after: last, in: paragraph)
                    found[found.count - 1].alternatives = alternatives
                    if !alternatives.isEmpty, let close = tokens[(last + 1)...].prefix(12).firstIndex(where: { $0.isPunctuation(")") }) {
                        parent = (result.count + found.count - 1, (last + 1)..<close)
                    }
                }
                result += found
                i = end
            }
        }
        return result
    }

    /// Trims common words the article also writes in lowercase off the edges of a run, and a
    /// sentence's first word when the article uses it as a common noun (`Employee Steve Castro`).
    func trimmed(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, commonWords: Set<String>,
                 sentenceStart: Int) -> (Int, Int) {
        let tokens = paragraph.tokens
        var first = run.lowerBound, last = run.upperBound
        func common(_ k: Int) -> Bool {
            tokens[k].isCapitalized && !tokens[k].isAllCaps && commonWords.contains(tokens[k].lower)
                && !EnglishLexicon.organizationHeads.contains(tokens[k].text) && !EnglishLexicon.titles.contains(tokens[k].text)
                && !EntityLexicon.placeNameHeads.contains(tokens[k].text)
        }
        if run.count >= 2 {
            // Only after a known name or another common word (`Aleppo Bombing`, `Towns Resumes`), not
            // after a given name (`Theresa May`, `David Frost`).
            while last - first >= 2, common(last - 1),
                  common(last - 2) || knownSpan(at: first, limit: last - 1, in: paragraph)?.length == last - 1 - first {
                last -= 1
            }
            while last - first >= 2, common(first), tokens[first + 1].lower != "'s",
                  (knownSpan(at: first, limit: last, in: paragraph)?.length ?? 0) < 2 {
                first += 1
            }
        }
        // `Residents of Harbnafas`, `Supporters of Evo Morales` opening a sentence: a common noun and its `of`.
        if first == sentenceStart, last - first >= 3, ["of", "for"].contains(tokens[first + 1].lower), tokens[first].isCapitalized,
           !EnglishLexicon.organizationHeads.contains(tokens[first].text), !EnglishLexicon.titles.contains(tokens[first].text),
           !EntityLexicon.placeNameHeads.contains(tokens[first].text), !EntityLexicon.placeOfNameHeads.contains(tokens[first].text),
           knownSpan(at: first, limit: last, in: paragraph) == nil {
            return (first + 2, last)
        }
        if first == sentenceStart, last - first >= 2, tokens[first].isCapitalized, !tokens[first].isAllCaps,
           !EnglishLexicon.titles.contains(tokens[first].text), knownSpan(at: first, limit: last, in: paragraph) == nil {
            let word = tokens[first].lower
            let joined = EnglishLexicon.nameParticles.contains(tokens[first + 1].lower) || tokens[first + 1].lower == "'s"
            // A gerund (`Defeating Daesh`) opens sentences, not names.
            if !joined && commonWords.contains(word) || commonWords.contains(word + "s") || commonWords.contains(word + "es")
                || word.count > 5 && word.hasSuffix("ing")
                || word.hasSuffix("s") && commonWords.contains(String(word.dropLast()))
                || EntityLexicon.personCues.contains(word) {
                first += 1
            }
        }
        return (first, last)
    }

    /// `the observatory said`: a lowercase generic head after `the`, not followed by its own `of`-phrase.
    func genericHead(at i: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> Candidate? {
        let tokens = paragraph.tokens
        guard tokens[i].lower == "the", i + 1 < sentence.upperBound, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
              EntityLexicon.genericHeads.contains(tokens[i + 1].lower)
        else { return nil }
        if i + 2 < sentence.upperBound, ["of", "for", "'s"].contains(tokens[i + 2].lower) || tokens[i + 2].isNamePart { return nil }
        return Candidate(paragraph: paragraph.position, tokens: (i + 1)..<(i + 2), name: tokens[i + 1].text, evidence: nil,
                         sentenceInitial: false, genericHead: true)
    }

    /// `Madaya and Zabadani`, `Foua, Kafarya and Idlib`: unknown names listed with a place are places,
    /// also with a name the article calls a place elsewhere (`leaving Foua and Kafraya`).
    static func placesByCoordination(_ candidates: [Candidate], articles article: AnalyzedArticle) -> [Candidate] {
        var result = candidates
        let places = Set(candidates.filter { $0.kind == .place }.map(\.name))
        func isPlace(_ c: Candidate) -> Bool { c.kind == .place || c.kind == nil && places.contains(c.name) }
        func linked(_ a: Candidate, _ b: Candidate) -> Bool {
            guard a.paragraph == b.paragraph else { return false }
            let tokens = article.paragraphs[a.paragraph].tokens
            let gap = a.tokens.upperBound..<b.tokens.lowerBound
            return gap.count == 1 && gap.allSatisfy { tokens[$0].lower == "and" || tokens[$0].lower == "or" || tokens[$0].isPunctuation(",") }
        }
        for _ in 0..<2 {
            for i in result.indices where result[i].evidence == nil && !result[i].genericHead && !result[i].titleOnly {
                let neighbours = [i - 1, i + 1].filter { result.indices.contains($0) }
                if neighbours.contains(where: { isPlace(result[$0]) && linked(result[min(i, $0)], result[max(i, $0)]) }) {
                    result[i].evidence = Evidence(kind: .place, weight: Evidence.context)
                }
            }
        }
        return result
    }

    /// `Syrias`, `Ankaras` (from text that lost its apostrophes) → `Syria`, `Ankara`: a country, or a
    /// city or region of a million people.
    func possessiveCountry(_ token: Token) -> String? {
        guard token.isWord, token.isCapitalized, token.text.count > 3, token.text.hasSuffix("s"), gazetteer.place(named: token.text) == nil
        else { return nil }
        let stem = String(token.text.dropLast())
        guard let place = gazetteer.place(named: stem) else { return nil }
        return place.kind == .country || place.population >= 1_000_000 ? stem : nil
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
                // Not a generic word (`al-Jamiaa (University)`).
                let generic = i - partStart == 1 && (EnglishLexicon.organizationHeads.contains(tokens[partStart].text)
                    || EntityLexicon.placeNameHeads.contains(tokens[partStart].text) || EnglishLexicon.titles.contains(tokens[partStart].text))
                if partStart < i, !generic, (partStart..<i).allSatisfy({ tokens[$0].isNamePart || EnglishLexicon.nameParticles.contains(tokens[$0].lower) }) {
                    names.append(paragraph.text(of: partStart..<i))
                }
                partStart = i + 1
            }
        }
        return names
    }
}
