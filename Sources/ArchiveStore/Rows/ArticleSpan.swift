/// Where a stored span stands: its article, the position of its paragraph (0 is the headline) and its
/// Unicode-scalar offsets in the paragraph's text, end exclusive.
public struct ArticleSpan: Equatable, Sendable {
    public var articleID: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
}

extension ArticleSpan {
    /// Reads `article_id`, `paragraph` (the position) and the offsets of a span row.
    init(row: StatementRow) {
        self.init(
            articleID: row.int("article_id") ?? 0, paragraph: row.int("paragraph") ?? 0,
            start: row.int("start_offset") ?? 0, end: row.int("end_offset") ?? 0)
    }
}
