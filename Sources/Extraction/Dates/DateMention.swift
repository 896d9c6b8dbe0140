/// A date or time the text gives (`on Wednesday`, `last week`, `1:45am`, `between 1:45am and 2:15am`),
/// resolved against the article's publication date.
public struct DateMention: Equatable, Sendable {
    /// How precise ``DateMention/value`` is.
    public enum Grain: String, Sendable, CaseIterable {
        /// `2019`
        case year
        /// `2020-01`
        case month
        /// ISO week: `2020-W02`
        case week
        /// `2020-01-08`
        case day
        /// `2020-01-08T10`
        case hour
        /// `2020-01-08T01:45`
        case minute
    }

    public var span: TextSpan
    /// The words as written: `Wednesday`, `Jan. 8`, `between 1:45am and 2:15am`.
    public var text: String
    /// ISO 8601 at ``grain``: `2020-01-08`, `2020-01-08T01:45`, `2020-W02`, `2020-01`, `2019`. Nil when it
    /// cannot be resolved: a relative date in an article without a publication date, or a clock time
    /// whose clause gives no day.
    public var value: String?
    public var grain: Grain
    /// `between 1:45am and 2:15am`, `from Monday to Wednesday`, `8-10 January`: ``value`` is the start and
    /// ``endValue`` the end.
    public var isRange: Bool
    public var endValue: String?
    /// The zone a clock time is given in, as written (`GMT`, `EST`, `GMT+3`), or `local` for `local time`.
    /// Values are wall-clock times in that zone, never converted.
    public var timeZone: String?
    /// What the date is the date of: what happened, a saying (`the monitor said on Thursday`, `a monitor
    /// said Monday`) or the page itself (`Date of publication 7 July 2016`, `Published July 2`). A figure
    /// takes a date of what happened before a saying's, and never the page's.
    public var dates: Dated = .happening

    public enum Dated: String, Sendable {
        case happening, saying, publication
    }

    public init(
        span: TextSpan, text: String, value: String?, grain: Grain, isRange: Bool = false,
        endValue: String? = nil, timeZone: String? = nil
    ) {
        self.span = span
        self.text = text
        self.value = value
        self.grain = grain
        self.isRange = isRange
        self.endValue = endValue
        self.timeZone = timeZone
    }
}
