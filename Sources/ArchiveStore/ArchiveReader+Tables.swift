internal import SQLite

extension ArchiveReader {
    /// The tables `archive export --table` writes whole.
    public static let exportableTables = [
        "articles", "paragraphs", "entities", "entity_aliases", "figures", "quotes", "date_mentions",
    ]

    /// The SELECT of a table whose export is not its rows as they are: figures give their sentence as
    /// text, as they did when it was stored so (schema version 7), rather than its offsets.
    static let exportQuery = [
        "entity_aliases": "SELECT * FROM entity_aliases ORDER BY entity_id, alias",
        "figures": """
        SELECT f.id, f.article_id, f.paragraph_id, f.start_offset, f.end_offset, f.text, f.value, f.max_value,
               f.approx, f.kind, f.unit, f.of_value, f.site, f.event, f.cause, f.source,
               substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence, f.date,
               f.site_entity_id, f.source_entity_id, f.earlier_site, f.earlier_site_entity_id, f.relative_date,
               f.period, f.date_from_earlier_sentence, f.replaced_toll
        FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id
        ORDER BY f.id
        """,
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
        let statement = try database.prepare(Self.exportQuery[name] ?? "SELECT * FROM \(name) ORDER BY rowid")
        try header(statement.columnNames)
        while try statement.step() {
            try row((0..<statement.columnCount).map { ListingValue(statement.column($0)) })
        }
    }
}
