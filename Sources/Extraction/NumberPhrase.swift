/// A number as written in a sentence, with the words around it that change what it means:
/// `more than 50`, `$3m`, `40 per cent`, `between 20 and 30`, `dozens of`.
public struct NumberPhrase: Equatable, Sendable {
    /// Tokens of the whole phrase, modifiers and currency included.
    public var tokens: Range<Int>
    public var value: Double
    /// Upper end of a range.
    public var maxValue: Double?
    public var approx: Figure.Approximation
    /// ISO code when the phrase is an amount of money.
    public var currency: String?
    public var isPercent: Bool
    /// A vague plural (`dozens of`), coded conservatively as its lowest value.
    public var isVague: Bool
    /// Written in words (`five`, `a dozen`) rather than digits.
    public var isSpelledOut: Bool
    /// The first token of the numeral itself, past any modifier or currency sign.
    public var numeralStart: Int

    public init(
        tokens: Range<Int>, value: Double, maxValue: Double? = nil, approx: Figure.Approximation = .exact,
        currency: String? = nil, isPercent: Bool = false, isVague: Bool = false, isSpelledOut: Bool = false,
        numeralStart: Int? = nil
    ) {
        self.tokens = tokens
        self.value = value
        self.maxValue = maxValue
        self.approx = approx
        self.currency = currency
        self.isPercent = isPercent
        self.isVague = isVague
        self.isSpelledOut = isSpelledOut
        self.numeralStart = numeralStart ?? tokens.lowerBound
    }
}
