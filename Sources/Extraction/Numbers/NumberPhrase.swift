/// A number as written in a sentence, with the words around it that change what it means:
/// `more than 50`, `$3m`, `40 per cent`, `between 20 and 30`, `dozens of`, `65 and over`, `minus 5`.
public struct NumberPhrase: Equatable, Sendable {
    /// Tokens of the whole phrase, modifiers and currency included.
    public var tokens: Range<Int>
    /// Negative after `minus`, `negative` or a minus sign (`-5`).
    public var value: Double
    /// Upper end of a range.
    public var maxValue: Double?
    public var approx: NumberApproximation
    /// ISO code when the phrase is an amount of money.
    public var currency: String?
    public var isPercent: Bool
    /// `percentage point(s)`: a difference between two percentages (``isPercent`` is also set).
    public var isPercentagePoints: Bool
    /// A vague plural (`dozens of`), coded conservatively as its lowest value.
    public var isVague: Bool
    /// Written in words (`five`, `a dozen`) rather than digits.
    public var isSpelledOut: Bool
    /// The first token of the numeral itself, past any modifier, currency sign or minus sign.
    public var numeralStart: Int

    public init(
        tokens: Range<Int>, value: Double, maxValue: Double? = nil, approx: NumberApproximation = .exact,
        currency: String? = nil, isPercent: Bool = false, isPercentagePoints: Bool = false, isVague: Bool = false,
        isSpelledOut: Bool = false, numeralStart: Int? = nil
    ) {
        self.tokens = tokens
        self.value = value
        self.maxValue = maxValue
        self.approx = approx
        self.currency = currency
        self.isPercent = isPercent
        self.isPercentagePoints = isPercentagePoints
        self.isVague = isVague
        self.isSpelledOut = isSpelledOut
        self.numeralStart = numeralStart ?? tokens.lowerBound
    }
}
