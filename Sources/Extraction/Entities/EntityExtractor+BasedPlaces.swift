/// `the London-based group`, `a UK-based monitor`, `New York-based`: the place in a modifier saying where
/// something is based is a mention of that place, though the whole phrase is no name.
extension EntityExtractor {
    /// The place before a locating ending at token `k` (`London-based`), with the capitalised words
    /// just before it that belong to the same known place (`New York-based`), as a place candidate; nil
    /// when the words before the hyphen are no place the gazetteer knows.
    func basedPlace(at k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> Candidate? {
        let tokens = paragraph.tokens
        let token = tokens[k]
        guard token.isLocatingModifier, let hyphen = token.text.lastIndex(of: "-") else { return nil }
        let place = String(token.text[..<hyphen])
        guard !place.isEmpty, !place.contains(ascii: "-") else { return nil }
        // `New York-based`: the longest known place made with up to two capitalised words before it.
        var start = k
        for length in [2, 1] where k - length >= sentence.lowerBound {
            let words = (k - length)..<k
            guard words.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized }) else { continue }
            if gazetteer.place(named: paragraph.text(of: words) + " " + place) != nil {
                start = k - length
                break
            }
        }
        let name = start < k ? paragraph.text(of: start..<k) + " " + place : place
        guard gazetteer.place(named: name) != nil else { return nil }
        return Candidate(
            paragraph: paragraph.position, tokens: start..<(k + 1), name: name,
            evidence: Evidence(kind: .place, weight: Evidence.known), sentenceInitial: false)
    }
}
