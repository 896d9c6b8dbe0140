internal import SQLite

extension ArchiveReader {
    /// The tables `archive export --table` writes whole.
    public static let exportableTables = [
        "articles", "paragraphs", "entities", "entity_aliases", "figures", "quotes", "date_mentions",
    ]

    /// Calls `header` with a table's column names, then `row` with each of its rows in id order, one at a
    /// time, so that a table of any size streams in constant memory.
    ///
    /// - Throws: ``ArchiveError/sqlRefused(reason:)`` for a table not in ``exportableTables``.
    public func streamTable(
        _ name: String, header: ([String]) throws -> Void, row: ([ListingValue]) throws -> Void
    ) throws {
        guard Self.exportableTables.contains(name) else {
            throw ArchiveError.sqlRefused(
                reason: "no table \(name) to export; tables: \(Self.exportableTables.joined(separator: ", "))")
        }
        let order = name == "entity_aliases" ? "entity_id, alias" : "rowid"
        let statement = try database.prepare("SELECT * FROM \(name) ORDER BY \(order)")
        try header(statement.columnNames)
        while try statement.step() {
            try row((0..<statement.columnCount).map { ListingValue(statement.column($0)) })
        }
    }
}
