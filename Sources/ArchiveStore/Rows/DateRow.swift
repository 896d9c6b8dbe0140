/// A stored mention of a date or time, with its resolved value.
public struct DateRow: Equatable, Sendable {
    public var span: ArticleSpan
    /// The words as written (`on Wednesday`).
    public var text: String
    /// ISO 8601 value, when it could be resolved.
    public var value: String?
    /// The end of a range.
    public var endValue: String?
    /// `year`, `month`, `week`, `day`, `hour` or `minute`.
    public var grain: String
    public var timeZone: String?
}

extension DateRow: RowDecodable {
    init(row: StatementRow) {
        self.init(
            span: ArticleSpan(row: row), text: row.string("text") ?? "", value: row.string("value"),
            endValue: row.string("end_value"), grain: row.string("grain") ?? "", timeZone: row.string("time_zone"))
    }
}
