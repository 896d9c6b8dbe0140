/// Lists of people whose commas were lost (`the cast includes Anna Roe Tom Hale and Jim Vell`): a run of two
/// or three given names each followed by one surname, inside a list, is one person per pair.
extension EntityExtractor {
    /// The run split into its listed people, or nil when it is not such a list: four or six words, a given
    /// name opening every pair and none closing one (`Mary Anne Vell` is one name), no title or word in
    /// capitals, and the list going on after it (`and` or a comma and a capitalised word) or a comma before it.
    func peopleListedWithoutCommas(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard range.count == 4 || range.count == 6 else { return nil }
        for k in range {
            let token = tokens[k]
            guard token.isWord, token.isCapitalized, !token.isAllCaps, !isTitle(token),
                (k - range.lowerBound) % 2 == 0 ? isGivenName(token) : !isGivenName(token)
            else { return nil }
        }
        let end = range.upperBound
        let listGoesOn =
            end + 1 < sentence.upperBound && (tokens[end].lower == "and" || tokens[end].isPunctuation(","))
            && tokens[end + 1].isCapitalized
        let listBefore = range.lowerBound > sentence.lowerBound && tokens[range.lowerBound - 1].isPunctuation(",")
        guard listGoesOn || listBefore else { return nil }
        let person = Evidence(kind: .person, weight: Evidence.context)
        return stride(from: range.lowerBound, to: end, by: 2).map { k in
            candidate(
                k..<(k + 2), in: paragraph, sentence: sentence, initial: initial && k == range.lowerBound,
                evidence: person)
        }
    }
}
