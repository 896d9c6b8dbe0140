/// `a resident told The New Vessan`: a capitalised `The` inside a sentence opens a paper's or a band's name,
/// so a people's word a capitalised word after it is the name's last word, no nationality of its own.
extension EntityExtractor {
    /// Whether the one-word candidate follows a capitalised word after a `The` that does not open the sentence.
    static func endsNameAfterCapitalThe(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound
        guard candidate.tokens.count == 1, candidate.kind == .nationality, k >= 3, tokens[k - 2].text == "The",
            tokens[k - 1].isWord, tokens[k - 1].isCapitalized, tokens[k - 3].isWord, !tokens[k - 3].isCapitalized
        else { return false }
        return true
    }
}
