/// A person, place or organisation with how often it is named.
public struct EntityRow: Equatable, Sendable {
    public var id: Int
    public var name: String
    /// `person`, `place`, `organization`, `nationality`, …
    public var kind: String
    /// Mentions counted (in one article when the rows are an article's).
    public var mentions: Int
    /// Articles that name it.
    public var articles: Int
    /// Other names it is known by.
    public var aliases: [String]
    /// Roles written with its mentions, nil when none was.
    public var roles: [String]?
}

extension EntityRow: RowDecodable {
    /// Reads `aliases` joined by U+001F and `roles` joined by commas (`group_concat`).
    init(row: StatementRow) {
        self.init(
            id: row.int("id") ?? 0, name: row.string("name") ?? "", kind: row.string("kind") ?? "",
            mentions: row.int("mentions") ?? 0, articles: row.int("articles") ?? 0,
            aliases: (row.string("aliases") ?? "").split(separator: "\u{1F}").map(String.init),
            roles: row.string("roles").map { $0.split(separator: ",").map(String.init) }
        )
    }
}
