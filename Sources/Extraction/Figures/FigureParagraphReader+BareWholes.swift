/// `ruined 17 of 34 tractors`, `11 out of 27 libraries`: a part whose whole is a bare number and a noun, with
/// no `the` between. The part counts the whole's noun and the whole is a figure of its own. A whole of 10, 100
/// or 1,000 is a rate (`nine out of 10 voters`, `four of 10 households`), not a group counted, and a part no
/// smaller than its whole is no part (`10 out of 10`): neither is read as a partitive. Nor is a whole of time or
/// another measure (`four of five years ago`, `three of eight km`): a span of time or a length is no group its
/// parts are taken from, and such a pair is most often `four or five years` mistyped.
extension FigureParagraphReader {
    /// Where the `of` of a partitive after the number stands: right after it, or after `out`
    /// (`11 out of 27`); nil when neither follows.
    func partitiveOf(after phrase: NumberPhrase, sentence: Range<Int>) -> Int? {
        let i = phrase.tokens.upperBound
        if i + 2 < sentence.upperBound, tokens[i].lowerIs("out"), tokens[i + 1].lowerIs("of") { return i + 1 }
        guard i + 1 < sentence.upperBound, tokens[i].lowerIs("of") else { return nil }
        return i
    }

    /// The whole of `17 of 34 tractors` when a number stands right at `start` (after the `of`), with the noun
    /// it counts; nil when no number stands there or no noun follows it, or it is a rate, a measure (a unit
    /// of time, length, weight…) or no larger than the part.
    func bareWhole(of phrase: NumberPhrase, at start: Int, sentence: Range<Int>, following: ArraySlice<NumberPhrase>)
        -> (unit: String?, end: Int, inner: NumberPhrase?)?
    {
        guard let inner = following.first, inner.tokens.lowerBound == start, !inner.isPercent, inner.currency == nil,
            inner.maxValue == nil, phrase.maxValue == nil, phrase.value < inner.value,
            !Self.rateWholes.contains(inner.value),
            let noun = countedNoun(after: inner.tokens.upperBound, value: inner.value, sentence: sentence),
            FigureLexicon.measureKinds[noun.unit] == nil
        else { return nil }
        return (noun.unit, noun.end, inner)
    }

    /// Wholes that make a part a rate: `nine out of 10`, `three of every 100`.
    static let rateWholes: Set<Double> = [10, 100, 1000]
}
