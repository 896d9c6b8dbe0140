/// A quantity the text gives, with what it counts, where, what happened and who says so.
public struct Figure: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case count, money, percent, duration, distance, age, weight, fraction
    }

    /// How a stated number relates to the true one (`more than 50` → over).
    public typealias Approximation = NumberApproximation

    public var span: TextSpan
    public var text: String
    public var value: Double
    public var maxValue: Double?
    public var approx: Approximation
    public var kind: Kind
    /// Counted noun, singular (`missile`, `person`); ISO currency code for money; `percent`.
    public var unit: String?
    /// The whole of a partitive: `two of the 17 missiles` → 17.
    public var of: Double?
    public var site: String?
    /// Where an incident (casualties, strikes) happened when its own sentence names no place: the one
    /// place a sentence shortly before named (see `EarlierSentencePlace`). Nil whenever `site` is set.
    public var earlierSite: String?
    public var event: String?
    public var cause: String?
    public var source: String?
    public var sentence: String
    /// ISO 8601 date of the figure's sentence, when the text gives one.
    public var date: String?
    /// A total over a stretch of time (`280,000 killed since 2011`, `over the past five years`), not one
    /// incident: no single day is its date.
    public var isRunningTotal = false
    /// Where the group stands that a sentence before counted and this figure is a part of (`… killed 56
    /// civilians on Sunday. Eight of them were children.`): the same incident, so of the group's day when its
    /// own sentence names none.
    var groupSpan: TextSpan?

    public init(
        span: TextSpan, text: String, value: Double, maxValue: Double? = nil, approx: Approximation = .exact,
        kind: Kind, unit: String?, of: Double? = nil, site: String? = nil, event: String? = nil,
        cause: String? = nil, source: String? = nil, sentence: String, date: String? = nil
    ) {
        self.date = date
        self.span = span
        self.text = text
        self.value = value
        self.maxValue = maxValue
        self.approx = approx
        self.kind = kind
        self.unit = unit
        self.of = of
        self.site = site
        self.event = event
        self.cause = cause
        self.source = source
        self.sentence = sentence
    }
}

extension Figure {
    /// An age or a duration (`under the age of eight`, `in less than two weeks`): how long something
    /// lasted or has lived, which no day dates.
    var isLength: Bool { kind == .age || kind == .duration }

    /// Whether a source may report it: not an age (`children under the age of eight`), which describes
    /// the people counted rather than anything a source claims.
    var takesSource: Bool { kind != .age }
}
