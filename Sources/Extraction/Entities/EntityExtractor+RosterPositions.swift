/// `G Ann Roe`, `QB Tom Hale`: rosters and box scores write a player's position in letters right before
/// the name; the letters are no initial and no part of the name.
extension EntityExtractor {
    /// Positions abbreviated on rosters (basketball, American football, football, hockey).
    static let rosterPositions: WordSet = [
        "G", "F", "C", "P", "K", "QB", "RB", "WR", "TE", "LB", "DB", "CB", "OL", "DL", "DE", "DT", "FB", "PG",
        "SG", "SF", "PF", "GK", "LW", "RW", "MF", "RHP", "LHP",
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
            knownEvidence(range, in: paragraph) == nil,
            tokens[start].text.utf8.count > 1 || inRoster(range, in: tokens, sentence: sentence)
        else { return nil }
        return pieces(of: (start + 1)..<range.upperBound, in: paragraph, sentence: sentence, sentenceInitial: false)
    }

    /// Whether a one-letter position (`F Scott Fitzgerald` may be a writer's initial) stands in a roster:
    /// a number or a stat right after the name (`G Ann Roe 12`, `G Ann Roe (12 points)`), or another
    /// position before a given name in the sentence.
    private func inRoster(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let end = range.upperBound
        if end < sentence.upperBound, tokens[end].isNumber
            || tokens[end].isPunctuation("(") && end + 1 < sentence.upperBound && tokens[end + 1].isNumber
        {
            return true
        }
        let window = max(sentence.lowerBound, range.lowerBound - 40)..<min(sentence.upperBound - 1, end + 40)
        return window.contains { k in
            k != range.lowerBound && Self.rosterPositions.contains(tokens[k].text) && isGivenName(tokens[k + 1])
        }
    }
}
