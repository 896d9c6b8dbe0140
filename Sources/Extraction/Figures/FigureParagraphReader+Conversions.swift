/// Sums in brackets right after a sum convert it into other currencies: `a fine of up to 200,000 yuan
/// ($24,000; £12,700)`, `about 1bn euros (£686m)`; a measure in brackets right after a measure of its kind
/// converts it into other units: `almost 5 miles (8 km)`, `some 30 tonnes (33 tons)`. A conversion is the
/// same amount, so it carries the bound the sum or measure has (`up to` → under, `about`, `nearly`, `more
/// than` → over), which its own words leave out.
extension FigureParagraphReader {
    /// Gives each conversion the bound of the sum it converts. `starts` holds the first token of each
    /// figure's number phrase, in the order of `figures` (the sentence's, in reading order).
    func giveConversionsTheirBound(_ figures: inout [Figure], starts: [Int]) {
        // The bound being carried, and where the last sum of the bracket ends (a character offset).
        var carried: (approx: Figure.Approximation, end: Int, kind: Figure.Kind)?
        for index in figures.indices {
            let start = starts[index]
            let figure = figures[index]
            guard Self.convertedKinds.contains(figure.kind), start >= 2, figure.approx == .exact,
                figure.maxValue == nil
            else {
                carried = nil
                continue
            }
            let before = tokens[start - 1]
            // `($24,000; £12,700)`: a second conversion in the same bracket.
            if let bound = carried, tokens[start - 2].end == bound.end, bound.kind == figure.kind,
                before.isPunctuation(";") || before.isPunctuation(",") || before.isPunctuation("/")
            {
                figures[index].approx = bound.approx
                carried = (bound.approx, figure.span.end, figure.kind)
                continue
            }
            carried = nil
            // `up to 200,000 yuan ($24,000`: the bracket opens right after a bounded sum.
            guard index > 0, before.isPunctuation("("), figures[index - 1].kind == figure.kind,
                tokens[start - 2].end == figures[index - 1].span.end,
                Self.conversionBounds.contains(figures[index - 1].approx)
            else { continue }
            figures[index].approx = figures[index - 1].approx
            carried = (figures[index - 1].approx, figure.span.end, figure.kind)
        }
    }

    /// The kinds of amount a text converts in brackets: money, and measures of length, weight, volume, power.
    static let convertedKinds: Set<Figure.Kind> = [.money, .distance, .weight, .volume, .power]

    /// The bounds a conversion takes from its sum (a range's conversion states its own ends).
    static let conversionBounds: Set<Figure.Approximation> = [.about, .over, .under]
}
