/// `Four children are among the 28 dead`, `two medics were among 31 people killed`: a count whose own words
/// go on `is/are/was/were among (the)` and then count a larger group names that group as its whole, right
/// there, whatever event the part already took from its own words. The whole is never the part's incident of
/// its own: the views count the part inside it.
extension FigureParagraphReader {
    /// The count right after the part's `… among (the|those)`, when it counts more of the same kind and tells
    /// of the same harm (or of none).
    func wholeCountedAfterAmong(_ figures: [Figure], at index: Int, startingAt starts: [Int]) -> Figure? {
        guard index + 1 < figures.count else { return nil }
        let part = figures[index]
        let end = part.tokenEnd(in: paragraph)
        guard end + 2 < tokens.count, EnglishLexicon.beForms.contains(tokens[end].lower),
            tokens[end + 1].lower == "among"
        else { return nil }
        let wholeStart = ["the", "those"].contains(tokens[end + 2].lower) ? end + 3 : end + 2
        let whole = figures[index + 1]
        guard starts[index + 1] == wholeStart, whole.kind == .count, whole.value > part.value,
            countsTheSameKind(whole, part)
        else { return nil }
        if let wholeEvent = whole.event, let partEvent = part.event,
            FigureExtractor.eventFamily(wholeEvent) != FigureExtractor.eventFamily(partEvent)
        {
            return nil
        }
        return whole
    }
}
