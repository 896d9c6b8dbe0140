/// One stored paragraph of an article.
public struct ParagraphRow: Equatable, Sendable {
    /// 0 is the headline, then 1, 2, … in reading order.
    public var position: Int
    /// `headline`, `standfirst`, `body` or `crosshead`.
    public var kind: String
    public var text: String
}

extension ParagraphRow: RowDecodable {
    init(row: StatementRow) {
        self.init(
            position: row.int("position") ?? 0, kind: row.string("kind") ?? "body", text: row.string("text") ?? "")
    }
}
