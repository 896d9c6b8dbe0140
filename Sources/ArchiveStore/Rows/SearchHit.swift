/// A paragraph that matches a search, with the matching words marked `[like this]` in a snippet.
public struct SearchHit: Equatable, Sendable {
    public var articleID: Int
    /// The paragraph's position (0 is the headline).
    public var paragraph: Int
    /// The article's title.
    public var title: String
    public var snippet: String
}

extension SearchHit: RowDecodable {
    init(row: StatementRow) {
        self.init(
            articleID: row.int("article") ?? 0, paragraph: row.int("paragraph") ?? 0,
            title: row.string("title") ?? "", snippet: row.string("snippet") ?? "")
    }
}
