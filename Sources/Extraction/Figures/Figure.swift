/// A quantity the text gives, with what it counts, where, what happened and who says so.
public struct Figure: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case count, money, percent, duration, distance, age, weight, fraction
        /// An engine's power (`300 horsepower`, `180 hp`) and a volume (`a 2-litre engine`): measures, not scored.
        case power, volume
    }

    /// How a stated number relates to the true one (`more than 50` → over).
    public typealias Approximation = NumberApproximation

    // (The one-byte fields right after the 12-byte span, in the room before the next word: Swift lays fields
    // out in the order written, and a 16 MB article dense with numbers holds half a million figures.)
    public var span: TextSpan
    public var approx: Approximation
    public var kind: Kind
    /// A total over a stretch of time (`280,000 killed since 2011`, `over the past five years`), not one
    /// incident: no single day is its date.
    public var isRunningTotal = false
    public var text: String
    public var value: Double
    /// Counted noun, singular (`missile`, `person`); ISO currency code for money; `percent`.
    public var unit: String?
    public var site: String?
    public var event: String?
    public var source: String?
    /// The sentence the figure stands in, as written.
    public var sentence: String {
        get { String(sentenceText) }
        set { sentenceText = Substring(newValue) }
    }
    /// ``sentence`` as a slice of its paragraph's text, which the article holds anyway: a 16 MB article dense
    /// with numbers holds 150,000 sentences, which as strings of their own took 26 MB (176 bytes each), for 16
    /// bytes more a figure. Read this, not ``sentence``, where a copy is not needed.
    public internal(set) var sentenceText: Substring
    /// What most figures leave empty (see ``Details``): none, or one.
    private var details: [Details] = []

    public var maxValue: Double? {
        get { details.first?.maxValue }
        set { setDetail(\.maxValue, newValue) }
    }
    /// The whole of a partitive: `two of the 17 missiles` → 17.
    public var of: Double? {
        get { details.first?.of }
        set { setDetail(\.of, newValue) }
    }
    /// Where an incident (casualties, strikes) happened when its own sentence names no place: the one
    /// place a sentence shortly before named (see `EarlierSentencePlace`). Nil whenever `site` is set.
    public var earlierSite: String? {
        get { details.first?.earlierSite }
        set { setDetail(\.earlierSite, newValue) }
    }
    public var cause: String? {
        get { details.first?.cause }
        set { setDetail(\.cause, newValue) }
    }
    /// ISO 8601 date of the figure's sentence, when the text gives one.
    public var date: String? {
        get { details.first?.date }
        set { setDetail(\.date, newValue) }
    }
    /// Whether `date` is not the figure's own clause's but a sentence's shortly before, which told of the
    /// incident the figure's sentence goes on with (`Jets hit Marlow on Sunday. … Twelve died in the strikes.`).
    public var isDatedByEarlierSentence: Bool {
        get { details.first?.isDatedByEarlierSentence ?? false }
        set { setDetail(\.isDatedByEarlierSentence, newValue ? true : nil) }
    }
    /// Whether the text gives the count as a toll a later one replaced (`updating an earlier toll of 14`,
    /// `rose to 30 from 14`): an older report of the incident, not an incident of its own.
    public var isReplacedToll: Bool {
        get { details.first?.isReplacedToll ?? false }
        set { setDetail(\.isReplacedToll, newValue ? true : nil) }
    }
    /// The words that date the figure's clause only against another moment (`days earlier`, `a week after
    /// the attack`), when the clause gives no date of its own: no day is known, and the page's is not it.
    public var relativeDate: String? {
        get { details.first?.relativeDate }
        set { setDetail(\.relativeDate, newValue) }
    }
    /// The stretch of time a total covers, as the text gives it (`since the push began`, `since 2011`,
    /// `October`, `this year`): set only on a running total, and only when its clause names the stretch.
    public var period: String? {
        get { details.first?.period }
        set { setDetail(\.period, newValue) }
    }
    /// Where the group stands that a sentence before counted and this figure is a part of (`… killed 56
    /// civilians on Sunday. Eight of them were children.`): the same incident, so of the group's day when its
    /// own sentence names none.
    var groupSpan: TextSpan? {
        get { details.first?.groupSpan }
        set { setDetail(\.groupSpan, newValue) }
    }

    /// The fields most figures leave empty (in the news corpus four in five have no cause and no date, and
    /// ninety-nine in a hundred no range, whole, earlier site or group), held apart: an empty array takes
    /// one word and no allocation, so a figure takes 128 bytes rather than 248, which a 16 MB article dense
    /// with numbers (half a million figures) holds at once.
    private struct Details: Equatable, Sendable {
        var maxValue: Double?
        var of: Double?
        var earlierSite: String?
        var cause: String?
        var date: String?
        var isDatedByEarlierSentence: Bool?
        var isReplacedToll: Bool?
        var relativeDate: String?
        var period: String?
        var groupSpan: TextSpan?
    }

    /// Sets one of the details, keeping none when all are empty (so that equal figures compare equal).
    private mutating func setDetail<Value>(_ field: WritableKeyPath<Details, Value?>, _ value: Value?) {
        if details.isEmpty {
            guard value != nil else { return }
            details = [Details()]
        }
        details[0][keyPath: field] = value
        if details[0] == Details() { details = [] }
    }

    public init(
        span: TextSpan, text: String, value: Double, maxValue: Double? = nil, approx: Approximation = .exact,
        kind: Kind, unit: String?, of: Double? = nil, site: String? = nil, event: String? = nil,
        cause: String? = nil, source: String? = nil, sentence: String, date: String? = nil
    ) {
        self.span = span
        self.text = text
        self.value = value
        self.approx = approx
        self.kind = kind
        self.unit = unit
        self.site = site
        self.event = event
        self.source = source
        self.sentenceText = Substring(sentence)
        self.maxValue = maxValue
        self.of = of
        self.cause = cause
        self.date = date
    }
}

extension Figure {
    /// An age, a duration or a distance (`under the age of eight`, `in less than two weeks`, `40 km east of
    /// Marlow`, `an area of 960 square km`, `at 115 mph`): how long something lasted or has lived, how far or
    /// how large a thing is, which no day dates (the clause's day is its incident's, not the measure's).
    var isUndatedMeasure: Bool { kind == .age || kind == .duration || kind == .distance }

    /// Whether a source may report it: not an age (`children under the age of eight`), which describes
    /// the people counted rather than anything a source claims.
    var takesSource: Bool { kind != .age }
}
