/// Strikes counted over a year: `Marlovia saw 120 strikes on clinics last year`, `jets carried out 300 raids
/// on the province in 2018`. No one day's incident, but the year's total (the totals view lists it), whose
/// period is the year as written.
extension FigureParagraphReader {
    /// The year the figure's clause counts its strikes over (`last year`, `this year`, `the past year`, `in
    /// 2018`, `during 2018`), when the figure counts several strikes and the clause names no day.
    func yearOfStrikes(_ figure: Figure, numeral: Int, in sentence: Range<Int>) -> Range<Int>? {
        guard figure.kind == .count, figure.value > 1, let unit = figure.unit,
            FigureLexicon.strikeActs.contains(unit) || unit == "attack"
        else { return nil }
        let clause = self.clause(around: numeral, in: sentence)
        guard !clause.contains(where: isDayWord) else { return nil }
        for i in clause where i + 1 < clause.upperBound {
            if tokens[i].lowerIs(oneOf: ["last", "this", "past"]), tokens[i + 1].lowerIs("year") {
                return i..<(i + 2)
            }
            // (A year alone, not a month's: `in March 2018` may be one day's strikes.)
            if tokens[i].lowerIs(oneOf: ["in", "during", "throughout"]), i != numeral,
                let year = monthOrYear(at: i + 1, in: clause), year.count == 1, tokens[year.lowerBound].isNumber,
                !(i > clause.lowerBound && Self.beginningVerbs.contains(lowerOf: tokens[i - 1]))
            {
                return year
            }
        }
        return nil
    }
}
