/// A question the archive answers by name: a view in the file, listed in `canned_queries`.
public struct CannedQuery: Equatable, Sendable {
    public var name: String
    public var view: String
    public var description: String
}

extension CannedQuery: RowDecodable {
    init(row: StatementRow) {
        self.init(
            name: row.string("name") ?? "", view: row.string("view") ?? "", description: row.string("description") ?? ""
        )
    }
}
