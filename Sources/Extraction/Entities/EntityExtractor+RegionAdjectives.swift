/// `the army's push in Western Tarvan`: a compass adjective before a place the gazetteer knows says which
/// part of the place is meant; it names no people (the lexicon lists `Western` among peoples' words for
/// `Western diplomats`).
extension EntityExtractor {
    static let regionAdjectives: WordSet = ["Northern", "Southern", "Eastern", "Western", "Central"]

    /// Whether the one-word candidate is such an adjective right before a capitalised word the gazetteer
    /// knows as a place.
    func opensRegionOfPlace(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let next = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, Self.regionAdjectives.contains(candidate.name), next < tokens.count,
            tokens[next].isWord, tokens[next].isCapitalized, tokens[next].spaceBefore
        else { return false }
        return gazetteer.place(named: tokens[next].text) != nil
    }
}
