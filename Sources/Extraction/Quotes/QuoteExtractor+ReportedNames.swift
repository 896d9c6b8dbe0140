extension QuoteExtractor {
    /// The names a parenthetical `, he claimed,` reports on in one sentence (see
    /// ``QuoteParagraph/peopleReported(inSentenceOf:)``), found once per sentence and only when a quote
    /// there is attributed to `he` or `she`.
    struct ReportedNames {
        private var sentence = -1
        private var names: Set<String> = []

        /// The names for the sentence of token `i`, computed by `find` the first time that sentence asks.
        mutating func names(inSentenceOf i: Int, in p: QuoteParagraph, _ find: () -> Set<String>) -> Set<String> {
            let start = p.sentenceStart[i]
            if start != sentence {
                sentence = start
                names = find()
            }
            return names
        }
    }
}
