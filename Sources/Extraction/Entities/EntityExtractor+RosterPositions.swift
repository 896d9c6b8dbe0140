/// `G Ann Roe`, `QB Tom Hale`: rosters and box scores write a player's position in letters right before
/// the name; the letters are no initial and no part of the name.
extension EntityExtractor {
    /// Positions abbreviated on rosters (basketball, American football, football, hockey).
    static let rosterPositions: WordSet = [
        "G", "F", "C", "P", "K", "QB", "RB", "WR", "TE", "LB", "DB", "CB", "OL", "DL", "DE", "DT", "FB", "PG",
        "SG", "SF", "PF", "GK", "LW", "RW", "MF", "OF", "SS", "RHP", "LHP",
    ]

    /// The name after a position's letters opening `range`, when a given name and at least one more
    /// capitalised word follow them (`G Ann Roe`, not `C Tower` or `G Ann`); nil otherwise.
    func withoutRosterPosition(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound
        guard (3...4).contains(range.count), Self.rosterPositions.contains(tokens[start].text),
            isGivenName(tokens[start + 1]), !isGivenName(tokens[start]),
            ((start + 1)..<range.upperBound).allSatisfy({
                tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isTitle(tokens[$0])
            }),
            knownEvidence(range, in: paragraph) == nil
        else { return nil }
        return pieces(of: (start + 1)..<range.upperBound, in: paragraph, sentence: sentence, sentenceInitial: false)
    }
}
