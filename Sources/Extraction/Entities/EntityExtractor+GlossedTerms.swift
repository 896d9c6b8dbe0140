/// A foreign or religious term capitalised after `a` and glossed in brackets (`issued a Fatwa (religious
/// decree)`, `a Shura (council)`): a word with its meaning, no name.
extension EntityExtractor {
    /// Whether the one-word candidate stands after `a` or `an` and before a bracket opening on a lowercase word.
    static func termBeforeGloss(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let article = candidate.tokens.lowerBound - 1, open = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, article >= 0, ["a", "an"].contains(tokens[article].lower),
            open + 1 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 1].isWord,
            tokens[open + 1].startsLowercase
        else { return false }
        return true
    }
}
