/// A US dateline in capitals: `NEW BRUNSWICK, N.J.`, `SIOUX FALLS, S.D.` — the words in capitals before
/// a comma and a state's abbreviation are one town, though a word of it (`NEW`) alone would break a run.
extension EntityExtractor {
    /// The town of a dateline in capitals of two words or more before `, N.J.`; nil for any other run.
    func datelineCityInCapitals(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Candidate? {
        let tokens = paragraph.tokens
        let comma = run.upperBound
        if let town = datelineCityBeforeAgency(run, in: paragraph) { return town }
        guard (2...4).contains(run.count), comma + 1 < tokens.count, tokens[comma].isPunctuation(","),
            run.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps }),
            Self.stateAbbreviation((comma + 1)..<(comma + 2), in: tokens) != nil
        else { return nil }
        return wireCandidate(run, kind: .place, in: paragraph)
    }

    /// `SAN MARCOS (AP) —`: the words in capitals opening a paragraph before a news agency's bracketed
    /// credit are one town.
    private func datelineCityBeforeAgency(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Candidate?
    {
        let tokens = paragraph.tokens
        let open = run.upperBound
        guard run.lowerBound == 0, (2...3).contains(run.count), open + 2 < tokens.count,
            tokens[open].isPunctuation("("), tokens[open + 2].isPunctuation(")"),
            tokens[open + 1].text == "AP" || EntityLexicon.newsAgencies.contains(tokens[open + 1].text),
            run.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps })
        else { return nil }
        return wireCandidate(run, kind: .place, in: paragraph)
    }
}
