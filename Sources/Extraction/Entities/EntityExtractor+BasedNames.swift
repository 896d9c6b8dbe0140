/// `the Dornholm-based Vessacorp`, `London-based Kelvar Games launched`: a name right after a known place's
/// `-based` (or `-headquartered`) modifier is a firm's or a group's; people are `London-based designer Ann
/// Roe`, with their trade between.
extension EntityExtractor {
    /// Organisation evidence for a name of up to four words right after a place's locating modifier the
    /// gazetteer knows (`Paris-based`, `New York-based`); nil after `Windows-based` (no place: a product may
    /// follow) or when the name opens with a given name (`London-based Ann Roe`).
    func basedNameEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        let k = range.lowerBound - 1
        guard range.count <= 4, k >= sentence.lowerBound, tokens[k].isLocatingModifier,
            !isGivenName(tokens[range.lowerBound]),
            basedPlace(at: k, in: paragraph, sentence: sentence) != nil
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }
}
