/// A count over two days its clause names: `71 civilians were killed on Tuesday and Wednesday`, `the raids on
/// Saturday and Sunday killed 40`: a total over those days, no one day's incident, whatever day the clause's
/// date takes from the first of them.
extension FigureParagraphReader {
    /// `Tuesday and Wednesday`, `Tuesday and on Wednesday` from the day's name at `i`: two different days'
    /// names, capitalized, joined by `and`; the range from the first to the second.
    func twoNamedDays(at i: Int, in clause: Range<Int>) -> Range<Int>? {
        guard let first = EnglishLexicon.weekdays[tokens[i].lower], tokens[i].text.first?.isUppercase == true,
            i + 2 < clause.upperBound, tokens[i + 1].lowerIs("and")
        else { return nil }
        var second = i + 2
        if tokens[second].lowerIs("on"), second + 1 < clause.upperBound { second += 1 }
        guard let day = EnglishLexicon.weekdays[tokens[second].lower], day != first,
            tokens[second].text.first?.isUppercase == true
        else { return nil }
        return i..<(second + 1)
    }
}
