/// Finds who a sentence attributes its facts to (`The Iraqi military said …`, `according to the UN`,
/// `…, the military said`), and resolves a short second reference (`the military`) to the fuller one
/// the article gave before (`Iraqi military`).
struct SourceTracker {
    let gazetteer: Gazetteer
    /// Sources named so far in the article by their head word (lowercased), the latest few of each.
    private var earlierByHead: [String: [String]] = [:]
    private static let earlierPerHead = 4
    /// Turns the phrase into the article's entity for it.
    private var resolver: SourceResolver

    init(gazetteer: Gazetteer, entities: EntityExtractor.Result) {
        self.gazetteer = gazetteer
        resolver = SourceResolver(entities: entities, gazetteer: gazetteer)
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"]
    static let stops: Set<String> = [
        "that", "which", "who", "and", "but", "while", "as", "when", "where", "also", "has", "have", "had", "was",
        "were", "is", "are", "will", "would", "later", "earlier", "previously", "then", "had", "in", "on", "at",
        "of", "for", "to", "by", "from", "with", "after", "before", "said", "say", "says", "because", "since",
        "if", "so", "what", "how", "not", "yet", "once", "there", "all", "this", "these", "those", "without",
        "during", "despite", "against", "into", "through", "under", "over", "via", "amid", "among", "causing",
        "killing", "leaving", "including", "than", "more", "its", "their", "his", "her",
    ]

    /// Who the sentence attributes its facts to, as the article's entity when it names one.
    mutating func source(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        resolver.read(sentence, in: paragraph)
        guard let phrase = phrase(of: sentence, in: paragraph) else { return nil }
        return resolver.resolve(resolve(phrase))
    }

    /// The words of the sentence that name its source, as written.
    func phrase(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence where tokens[i].isWord {
            let word = tokens[i].lower
            if word == "according", i + 1 < sentence.upperBound, tokens[i + 1].lower == "to" {
                if let phrase = nounPhrase(forwardFrom: i + 2, in: sentence, paragraph: paragraph) { return phrase }
            }
            guard
                [
                    "said", "says", "told", "reported", "reports", "announced", "stated", "confirmed", "estimated",
                    "estimates",
                ].contains(word)
            else { continue }
            // Inverted: `…, said the military`, or `… said Barazi.` closing the sentence; but `told AFP`
            // names who heard it.
            if word != "told", let end = capitalizedRun(from: i + 1, in: sentence, tokens: tokens),
                end == sentence.upperBound || tokens[end].kind == .punctuation
            {
                return paragraph.text(of: (i + 1)..<end)
            }
            if word != "told", i > sentence.lowerBound, tokens[i - 1].kind == .punctuation {
                if let phrase = nounPhrase(forwardFrom: i + 1, in: sentence, paragraph: paragraph) { return phrase }
                continue
            }
            // `He said`, `she told`: the resolver knows who was named last.
            if i > sentence.lowerBound, ["he", "she"].contains(tokens[i - 1].lower),
                i - 1 == sentence.lowerBound || tokens[i - 2].kind == .punctuation || tokens[i - 2].lower == "and"
            {
                return tokens[i - 1].lower
            }
            if let phrase = nounPhrase(backwardFrom: i - 1, in: sentence, paragraph: paragraph) { return phrase }
        }
        return nil
    }

    /// End of a run of capitalised words starting at `start` (with `for`/`of` inside), or nil.
    func capitalizedRun(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var end = start
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized && !Self.pronouns.contains(tokens[end].lower)
                && !EnglishLexicon.notNames.contains(tokens[end].text)
                || (end > start && ["for", "of", "al"].contains(tokens[end].lower) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        return end > start ? end : nil
    }

    /// The noun phrase ending at `end`: `The Iraqi military`, `Syrian state TV`, `US officials`.
    func nounPhrase(backwardFrom end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var start = end + 1
        var j = end
        // `have said`, `had earlier said`: step over auxiliaries and adverbs.
        while j >= sentence.lowerBound,
            ["has", "have", "had", "also", "later", "earlier", "previously", "was", "were", "is", "been"].contains(
                tokens[j].lower)
        { j -= 1 }
        let last = j
        while j >= sentence.lowerBound, last - j < 7 {
            let token = tokens[j]
            if token.lower == "'s" { j -= 1; continue }
            // `for`, `of` inside a name: `Syrian Observatory for Human Rights`.
            let innerParticle =
                ["for", "of"].contains(token.lower) && j > sentence.lowerBound && j < last
                && tokens[j - 1].isCapitalized && tokens[j + 1].isCapitalized
            guard token.isWord, !Self.stops.contains(token.lower) || innerParticle else { break }
            // A determiner opens the noun phrase; a day or month name is the end of something else.
            if ["the", "a", "an"].contains(token.lower) { break }
            if token.isCapitalized && j < last
                && (EnglishLexicon.month(token.lower) != nil || EnglishLexicon.weekdays[token.lower] != nil)
            {
                break
            }
            start = j
            j -= 1
        }
        guard start <= last, !Self.pronouns.contains(tokens[last].lower) else { return nil }
        return clean(paragraph.text(of: start..<(last + 1)))
    }

    func nounPhrase(forwardFrom start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var first = start
        while first < sentence.upperBound, ["the", "a", "an"].contains(tokens[first].lower) { first += 1 }
        // `said its air strikes …`: what follows is the report, not who made it.
        if first < sentence.upperBound, first == start, !tokens[first].isCapitalized { return nil }
        var end = first
        if first < sentence.upperBound, tokens[first].isCapitalized {
            // A name: its capitalised words (with `for`, `of` inside), no further.
            while end < sentence.upperBound, tokens[end].isWord,
                tokens[end].isCapitalized
                    || (["for", "of"].contains(tokens[end].lower) && end + 1 < sentence.upperBound
                        && tokens[end + 1].isCapitalized)
            {
                end += 1
            }
        } else {
            while end < sentence.upperBound, end - first < 5, tokens[end].isWord || tokens[end].lower == "'s" {
                if end > first,
                    [
                        "that", "which", "who", "on", "in", "at", "as", "and", "but", "while", "after", "before", "was",
                        "were", "had", "has", "is", "are", "said",
                    ].contains(tokens[end].lower)
                {
                    break
                }
                if end > first,
                    tokens[end].lower.hasSuffix("ed") || EnglishLexicon.speechVerbs.contains(tokens[end].lower)
                {
                    break
                }
                end += 1
            }
        }
        guard end > start else { return nil }
        return clean(paragraph.text(of: start..<end))
    }

    /// Drops a leading article; refuses pronouns and bare determiners.
    func clean(_ phrase: String) -> String? {
        var words = phrase.split(separator: " ").map(String.init)
        while let first = words.first, ["the", "a", "an", "The", "A", "An"].contains(first) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        if words.count == 1, Self.pronouns.contains(words[0].lowercased()) { return nil }
        // `killed nine people Sputnik reported`: the words before the name belong to the last clause.
        if let nameStart = words.lastIndex(where: { $0.first?.isUppercase != true }).map({ $0 + 1 }),
            nameStart < words.count,
            words[..<nameStart].contains(where: {
                $0.first?.isNumber == true || NumberWords.wordValue($0.lowercased()) != nil
            })
        {
            words = Array(words[nameStart...])
        }
        // A place or a part of one (`rural Idlib`, `the province`) reports nothing; a country may.
        let phrase = words.joined(separator: " ")
        if let last = words.last?.lowercased(), Self.placeWords.contains(last) { return nil }
        if let place = gazetteer.place(named: phrase), place.kind != .country { return nil }
        if words.count == 2,
            words[0].lowercased() == "rural" || words[0].lowercased() == "eastern" || words[0].lowercased() == "western"
                || words[0].lowercased() == "northern" || words[0].lowercased() == "southern"
        {
            return nil
        }
        return phrase
    }

    static let placeWords: Set<String> = [
        "area", "areas", "province", "city", "town", "village", "region", "countryside", "district", "neighbourhood",
        "neighborhood", "suburb", "suburbs", "outskirts", "border", "capital", "country",
    ]

    /// `military` after `Iraqi military` was named → `Iraqi military`.
    mutating func resolve(_ phrase: String) -> String {
        let head = phrase.split(separator: " ").last.map { $0.lowercased() } ?? ""
        let earlier = earlierByHead[head, default: []]
        if !phrase.contains(" ") || phrase.first?.isLowercase == true,
            let fuller = earlier.last(where: { $0.count > phrase.count })
        {
            return fuller
        }
        earlierByHead[head] = Array((earlier + [phrase]).suffix(Self.earlierPerHead))
        return phrase
    }
}
