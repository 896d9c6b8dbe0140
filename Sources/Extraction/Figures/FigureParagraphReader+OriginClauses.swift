/// `Born in 1950 in Marlow, he led 300 men …`, `a firm founded in Marlow sold 20 tanks`: where someone was
/// born or something was founded says nothing of where a figure happened.
extension FigureParagraphReader {
    /// Whether the place ends a clause of origin: an origin participle (``FigureLexicon/originParticiples``)
    /// a few words before it, with only prepositions and a date between (`born in Marlow`, `born on 3 May
    /// 1961 in Marlow`, `founded in 1990 in Marlow`).
    func isPlaceOfOrigin(_ mention: EntityExtractor.MentionReference) -> Bool {
        var j = mention.tokens.lowerBound - 1
        while j >= 0, mention.tokens.lowerBound - j <= 8 {
            let token = tokens[j]
            if token.isWord, FigureLexicon.originParticiples.contains(lowerOf: token) { return true }
            guard
                token.isNumber || Self.originLinks.contains(lowerOf: token) || EnglishLexicon.months[token.lower] != nil
            else { return false }
            j -= 1
        }
        return false
    }

    /// Words between an origin participle and its place: `in`, `on`, `at`, `the`, `town of`.
    static let originLinks: WordSet = ["in", "on", "at", "the", "of", "town", "city", "village"]
}
