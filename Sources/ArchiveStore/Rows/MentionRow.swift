/// One place an entity is named in an article.
public struct MentionRow: Equatable, Sendable {
    public var entityID: Int
    public var span: ArticleSpan
    /// The name as written there.
    public var text: String
    /// The entity's kind: `person`, `place`, `organization`, …
    public var kind: String
    /// The role written with the name (`Supreme Leader`).
    public var role: String?
}

extension MentionRow: RowDecodable {
    init(row: StatementRow) {
        self.init(
            entityID: row.int("entity_id") ?? 0, span: ArticleSpan(row: row), text: row.string("text") ?? "",
            kind: row.string("entity_kind") ?? "", role: row.string("role"))
    }
}
