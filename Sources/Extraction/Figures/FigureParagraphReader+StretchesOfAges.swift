/// `Over the centuries, the fever has killed millions`, `… has claimed thousands of lives over the decades`:
/// a total counted over a long stretch up to now that the text names by its plural unit alone (`the
/// centuries`, `the decades`, `the years`) keeps that stretch as its period.
extension FigureParagraphReader {
    static let unitsOfAges: WordSet = ["years", "decades", "centuries"]

    /// `the centuries` right after the stretch's opener (`over`, `throughout`), closing the stretch or
    /// followed by its punctuation; nil otherwise (`over the years of the war` names another stretch).
    func stretchOfAges(after start: Int, in clause: Range<Int>) -> Range<Int>? {
        guard start > clause.lowerBound, tokens[start - 1].lowerIs(oneOf: ["over", "throughout"]),
            start + 1 < clause.upperBound, tokens[start].lowerIs("the"), Self.unitsOfAges.contains(lowerOf: tokens[start + 1])
        else { return nil }
        let after = start + 2
        guard after == clause.upperBound || tokens[after].kind == .punctuation else { return nil }
        return start..<after
    }
}
