/// `Four children are among the 28 dead`, `two medics were among 31 people killed`, `two women and two
/// children were among eight people killed`: a count whose own words (or those of the counts coordinated
/// after it) go on `is/are/was/were among (the)` and then count a larger group names that group as its
/// whole, right there, whatever event the part already took from its own words. The whole is never the
/// part's incident of its own: the views count the part inside it.
extension FigureParagraphReader {
    /// The count right after the parts' `… among (the|those)`, when it counts more of the same kind and
    /// tells of the same harm (or of none). The part at `index` may be the first of several joined by `,`
    /// and `and`/`or` (`Six farmers, two traders and nine pupils were among the 61 dead`).
    func wholeCountedAfterAmong(_ figures: [Figure], at index: Int, startingAt starts: [Int]) -> Figure? {
        let part = figures[index]
        var last = index
        var end = part.tokenEnd(in: paragraph)
        // (A few coordinated parts at most: the walk stays bounded.)
        while last + 1 < figures.count, last - index < 4, end < tokens.count, figures[last + 1].kind == .count,
            tokens[end].lowerIs(oneOf: [",", "and", "or"]), starts[last + 1] == end + 1
        {
            last += 1
            end = figures[last].tokenEnd(in: paragraph)
        }
        guard last + 1 < figures.count, end + 2 < tokens.count, EnglishLexicon.beForms.contains(lowerOf: tokens[end]),
            tokens[end + 1].lowerIs("among")
        else { return nil }
        let wholeStart = tokens[end + 2].lowerIs(oneOf: ["the", "those"]) ? end + 3 : end + 2
        let whole = figures[last + 1]
        guard starts[last + 1] == wholeStart, whole.kind == .count, whole.value > part.value,
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
