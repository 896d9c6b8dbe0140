/// `5.000 people`, `136.069 units`: a dot written as the thousands separator, as many languages write it.
/// A count of things one by one is whole, so a number with exactly three digits after its one dot that
/// counts a plural noun is that many thousands, not a decimal (`2.5 million`, `1.354 per cent` and sums stay).
/// An average is no count of things one by one: `averaging 1.375 goals`, `an average of 2.125 points` stay
/// decimals.
extension FigureParagraphReader {
    /// The value the phrase means when its dot separates thousands, else nil.
    func valueWithDotThousands(_ phrase: NumberPhrase, _ counted: CountedThing) -> Double? {
        guard counted.kind == .count, !counted.isMeasure, !counted.isPartitive, let unit = counted.unit,
            !phrase.isVague, !phrase.isPercent, phrase.currency == nil, phrase.maxValue == nil,
            phrase.tokens.upperBound == phrase.numeralStart + 1, counted.end > phrase.tokens.upperBound,
            !FigureLexicon.amountNouns.contains(unit), isPluralNoun(tokens[counted.end - 1])
        else { return nil }
        let numeral = tokens[phrase.numeralStart]
        guard numeral.isNumber, Self.hasDotBeforeThreeDigits(numeral.text) else { return nil }
        // (Only the number as written: not one a word before it changed, `minus 2.500`.)
        guard Double(numeral.text) == phrase.value, !isAverage(phrase) else { return nil }
        return (phrase.value * 1000).rounded()
    }

    /// Whether the words right before the phrase make it an average: `averaging 1.375`, `an average of 2.125`.
    func isAverage(_ phrase: NumberPhrase) -> Bool {
        var k = phrase.tokens.lowerBound - 1
        if k > 0, tokens[k].lowerIs("of") { k -= 1 }
        return k >= 0 && Self.averageWords.contains(lowerOf: tokens[k])
    }

    static let averageWords: WordSet = ["average", "averages", "averaging", "averaged", "mean"]

    /// `5.000`, `136.069`: one to three digits, one dot, three digits, nothing else.
    static func hasDotBeforeThreeDigits(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), (1...3).contains(dot), bytes.count == dot + 4
        else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == dot || (48...57).contains($0.element) }
    }
}
