/// A stored direct quote and who said it.
public struct QuoteRow: Equatable, Sendable {
    public var id: Int
    public var span: ArticleSpan
    /// The words inside the quotation marks.
    public var text: String
    /// The speaker's name as resolved in the article, when known.
    public var speaker: String?
    /// ISO 8601 date of its attribution.
    public var date: String?
}

extension QuoteRow: RowDecodable {
    init(row: StatementRow) {
        self.init(
            id: row.int("id") ?? 0, span: ArticleSpan(row: row), text: row.string("text") ?? "",
            speaker: row.string("speaker"), date: row.string("date"))
    }
}
