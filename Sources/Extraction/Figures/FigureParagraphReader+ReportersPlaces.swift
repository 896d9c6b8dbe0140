/// `A correspondent in east Aleppo reported that 15 people were killed in the Ferdous neighbourhood`: a place
/// that closes the subject of a verb of reporting says where the reporter is. It yields to a place named
/// after it; alone (`Activists in Douma said 9 people died`) it is often where things happened, and stays.
extension FigureParagraphReader {
    /// Whether `mention`, named with `in`, `from` or `at`, stands right before a verb of reporting (`said`,
    /// `reported`, `has said`) that comes before the figure at `figureStart`.
    func isReportersPlace(_ mention: EntityExtractor.MentionReference, figureStart: Int) -> Bool {
        var k = mention.tokens.upperBound
        if k < figureStart, EnglishLexicon.placeHeads.contains(lowerOf: tokens[k]) { k += 1 }  // `in Douma city said`
        if k < figureStart, tokens[k].lowerIs(oneOf: ["has", "have", "had"]) { k += 1 }
        guard k < figureStart, SourceTracker.reportingVerbs.contains(lowerOf: tokens[k]),
            let link = locativeBefore(mention.tokens.lowerBound, floor: max(0, mention.tokens.lowerBound - 6))
        else { return false }
        return ["in", "from", "at"].contains(link.word)
    }
}
