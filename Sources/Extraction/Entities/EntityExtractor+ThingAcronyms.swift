/// Abbreviations that name things, not bodies: `the consumer price index (CPI)` spells its letters out in
/// lowercase words, and `an IMU` takes the article a body's name never does. Without a stronger cue
/// (the lexicon, the gazetteer, business words) such an abbreviation is no organisation.
extension EntityExtractor {
    /// Abbreviations in parentheses right after lowercase words whose initials spell them (`liquid
    /// natural gas (LNG)`, `purchasing managers' index (PMI)`), anywhere in the article. A window of at
    /// most twice the letters before each parenthesis: linear in the text.
    static func acronymsSpelledInLowercase(_ article: AnalyzedArticle) -> Set<String> {
        var found = Set<String>()
        for paragraph in article.paragraphs {
            let tokens = paragraph.tokens
            var k = 1
            while k + 1 < tokens.count {
                defer { k += 1 }
                let acronym = tokens[k]
                guard tokens[k - 1].isPunctuation("("), tokens[k + 1].isPunctuation(")"), acronym.isAllCaps,
                    (2...6).contains(acronym.text.utf8.count),
                    acronym.text.utf8.allSatisfy({ (65...90).contains($0) })
                else { continue }
                if spelledInLowercase(acronym.lower, before: k - 1, in: tokens) { found.insert(acronym.text) }
            }
        }
        return found
    }

    /// Whether the lowercase words right before `end` have `letters` as their initials, function words
    /// (`of`, `and`) and possessive marks passed over.
    private static func spelledInLowercase(_ letters: String, before end: Int, in tokens: [Token]) -> Bool {
        var wanted = Array(letters.utf8)
        var k = end - 1
        let stop = max(0, end - 2 * wanted.count - 2)
        while let letter = wanted.last, k >= stop {
            let token = tokens[k]
            if token.isPunctuation("'") || token.lower == "'s" {
                k -= 1
                continue
            }
            guard token.isWord, token.startsLowercase else { return false }
            if token.text.utf8.first == letter {
                wanted.removeLast()
            } else if !EntityResolver.acronymSkips.contains(token.lower) {
                return false
            }
            k -= 1
        }
        return wanted.isEmpty
    }

    /// Words after an abbreviation that end its phrase: `an IMU and a camera`, `a GPS on board`.
    static let phraseEnders: WordSet = [
        "and", "or", "of", "on", "in", "to", "for", "with", "from", "that", "which", "is", "was", "are", "were",
        "at", "by", "as",
    ]

    /// `an IMU`, `a GPS and a camera`: an abbreviation after `a` or `an` that heads its phrase (a break or
    /// a function word after it; not `a BBC reporter`, `an MTV show`) names a thing.
    static func headsIndefinitePhrase(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let k = range.lowerBound
        guard range.count == 1, k - 1 >= sentence.lowerBound, ["a", "an"].contains(tokens[k - 1].lower) else {
            return false
        }
        let next = range.upperBound
        guard next < sentence.upperBound, tokens[next].isWord else { return true }
        return phraseEnders.contains(tokens[next].text)
    }
}
