/// `Tags Tarn Kelvar floods Twelve people died in Vessa …`: a page's list of tags glued before the body's first
/// sentence. The places in it name the page's subjects, not where the sentence's figure happened.
extension FigureParagraphReader {
    /// Whether `mention` stands, with no locative before it, between a `Tags`/`Topics` opening its clause and
    /// the figure (at token `figureStart`).
    func isPageTag(_ mention: EntityExtractor.MentionReference, clause: Range<Int>, figureStart: Int) -> Bool {
        guard clause.lowerBound < tokens.count, mention.tokens.lowerBound > clause.lowerBound,
            mention.tokens.upperBound <= figureStart,
            Self.tagListOpeners.contains(tokens[clause.lowerBound].text)
        else { return false }
        // Only the run of tags: no article or preposition between the opener and the place (`Tags Tarn floods
        // An air strike on the Tarn side …` opens the body at `An`).
        return (clause.lowerBound + 1..<mention.tokens.lowerBound).allSatisfy {
            tokens[$0].isWord && !tokens[$0].lowerIs(oneOf: ["a", "an", "the", "on", "of", "in", "at", "to", "by"])
        }
    }

    /// The words that open a page's tag list, as pages write them.
    static let tagListOpeners: Set<String> = ["Tags", "Tagged", "Topics", "Keywords", "TAGS", "TOPICS"]
}
