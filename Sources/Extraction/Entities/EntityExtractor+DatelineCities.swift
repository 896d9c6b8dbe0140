/// A US dateline in capitals: `NEW BRUNSWICK, N.J.`, `SIOUX FALLS, S.D.` — the words in capitals before
/// a comma and a state's abbreviation are one town, though a word of it (`NEW`) alone would break a run.
extension EntityExtractor {
    /// The town of a dateline in capitals of two words or more before `, N.J.`; nil for any other run.
    func datelineCityInCapitals(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Candidate? {
        let tokens = paragraph.tokens
        let comma = run.upperBound
        guard (2...4).contains(run.count), comma + 1 < tokens.count, tokens[comma].isPunctuation(","),
            run.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps }),
            Self.stateAbbreviation((comma + 1)..<(comma + 2), in: tokens) != nil
        else { return nil }
        return wireCandidate(run, kind: .place, in: paragraph)
    }
}
