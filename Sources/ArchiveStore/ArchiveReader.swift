import Foundation
import SQLite

/// Read-only access to an archive for the CLI's listings: canned queries, search, one article,
/// export and statistics. Opens the file read-only, so it works while an ingest runs.
public final class ArchiveReader {
    public let database: Database
    public let path: String

    public init(path: String) throws {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else { throw ArchiveError.missing(path: path) }
        self.path = path
        database = try Database(path: path, mode: .readOnly)
        try ArchiveSchema.prepare(database, path: path)
    }

    /// Wraps an open database (tests, or a writer's own connection).
    public init(database: Database) {
        self.database = database
        self.path = database.path
    }

    // MARK: - Canned queries

    public struct CannedQuery: Equatable, Sendable {
        public var name: String
        public var view: String
        public var description: String
    }

    public func cannedQueries() throws -> [CannedQuery] {
        try database.rows("SELECT name, view, description FROM canned_queries ORDER BY rowid").map {
            CannedQuery(name: $0.string("name") ?? "", view: $0.string("view") ?? "", description: $0.string("description") ?? "")
        }
    }

    /// Every row of the canned query's view, with optional equality filters on its columns.
    public func run(_ name: String, where filters: [String: String] = [:]) throws -> ResultTable {
        let queries = try cannedQueries()
        guard let query = queries.first(where: { $0.name == name || $0.view == name }) else {
            throw ArchiveError.noSuchQuery(name: name, known: queries.map(\.name))
        }
        return try table("SELECT * FROM \(query.view)")
    }

    /// Quotes whose speaker is the entity known by `name` under any of its names.
    public func quotes(speaker name: String) throws -> ResultTable {
        try table("""
            SELECT q.id, q.speaker, q.text AS quote, q.article_id AS article, p.position AS paragraph
            FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id
            WHERE q.speaker_entity_id IN (
                SELECT id FROM entities WHERE name = :name COLLATE NOCASE
                UNION SELECT entity_id FROM entity_aliases WHERE alias = :name COLLATE NOCASE)
               OR q.speaker = :name COLLATE NOCASE
            ORDER BY q.article_id, p.position, q.start_offset
            """, named: ["name": name])
    }

    /// Figures, optionally of one unit, kind or article, with their sentences.
    public func figures(unit: String? = nil, kind: String? = nil, article: Int? = nil) throws -> ResultTable {
        try table("""
            SELECT f.id, f.article_id AS article, p.position AS paragraph, f.text,
                   CASE WHEN f.value = CAST(f.value AS INTEGER) THEN CAST(f.value AS INTEGER) ELSE f.value END AS value,
                   f.approx, f.kind, f.unit, f.site, f.event, f.source, f.sentence
            FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id
            WHERE (:unit IS NULL OR f.unit = :unit OR f.unit = rtrim(:unit, 's'))
              AND (:kind IS NULL OR f.kind = :kind) AND (:article IS NULL OR f.article_id = :article)
            ORDER BY f.article_id, p.position, f.start_offset
            """, named: ["unit": unit, "kind": kind, "article": article])
    }

    /// Entities with their mention and article counts.
    public func entities(kind: String? = nil) throws -> ResultTable {
        try table("""
            SELECT e.id, e.name, e.kind, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,
                   (SELECT group_concat(alias, ', ') FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
            FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
            WHERE (:kind IS NULL OR e.kind = :kind)
            GROUP BY e.id ORDER BY mentions DESC, e.name
            """, named: ["kind": kind])
    }

    // MARK: - Search

    /// Paragraphs matching `terms`, best first (bm25), with a highlighted snippet. Terms are quoted
    /// unless `raw` is set, so stray punctuation cannot break the FTS5 syntax.
    public func search(_ terms: String, raw: Bool = false, limit: Int = 20) throws -> ResultTable {
        let match = raw ? terms : Self.quoteTerms(terms)
        guard !match.isEmpty else { throw ArchiveError.badSearch(query: terms, reason: "no words to search for") }
        do {
            return try table("""
                SELECT a.id AS article, p.position AS paragraph, a.title,
                       snippet(paragraphs_fts, 0, '[', ']', '…', 12) AS snippet
                FROM paragraphs_fts
                JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                JOIN articles a ON a.id = p.article_id
                WHERE paragraphs_fts MATCH :match
                ORDER BY bm25(paragraphs_fts)
                LIMIT :limit
                """, named: ["match": match, "limit": limit])
        } catch let error as DatabaseError {
            throw ArchiveError.badSearch(query: terms, reason: error.message.replacingOccurrences(of: "fts5: ", with: ""))
        }
    }

    /// `missile "Ain al"` → `"missile" "Ain al"`: each word or quoted phrase becomes an FTS5 string.
    static func quoteTerms(_ terms: String) -> String {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        for character in terms {
            if character == "\"" {
                if inQuotes, !current.isEmpty { parts.append(current) }
                current = ""
                inQuotes.toggle()
            } else if character.isWhitespace && !inQuotes {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }.joined(separator: " ")
    }

    // MARK: - Articles

    public func articleIDs() throws -> [Int] {
        try database.rows("SELECT id FROM articles ORDER BY id").compactMap { $0.int("id") }
    }

    public func article(_ id: Int) throws -> Row {
        guard let row = try database.rows("SELECT * FROM articles WHERE id = ?", id).first else {
            throw ArchiveError.noSuchArticle(id: id)
        }
        return row
    }

    public func paragraphs(of id: Int) throws -> [Row] {
        try database.rows("SELECT id, position, kind, text FROM paragraphs WHERE article_id = ? ORDER BY position", id)
    }

    public func entityRows(of id: Int) throws -> [Row] {
        try database.rows("""
            SELECT e.id, e.name, e.kind, count(m.id) AS mentions,
                   group_concat(DISTINCT m.text) AS forms, group_concat(DISTINCT m.role) AS roles,
                   (SELECT group_concat(alias, char(31)) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
            FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id = ? GROUP BY e.id ORDER BY min(m.paragraph_id), min(m.start_offset)
            """, id)
    }

    public func figureRows(of id: Int) throws -> [Row] {
        try database.rows("""
            SELECT f.*, p.position AS paragraph FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id
            WHERE f.article_id = ? ORDER BY p.position, f.start_offset
            """, id)
    }

    public func quoteRows(of id: Int) throws -> [Row] {
        try database.rows("""
            SELECT q.*, p.position AS paragraph FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id
            WHERE q.article_id = ? ORDER BY p.position, q.start_offset
            """, id)
    }

    public func dateRows(of id: Int) throws -> [Row] {
        try database.rows("""
            SELECT d.*, p.position AS paragraph FROM date_mentions d JOIN paragraphs p ON p.id = d.paragraph_id
            WHERE d.article_id = ? ORDER BY p.position, d.start_offset
            """, id)
    }

    public func mentionRows(of id: Int) throws -> [Row] {
        try database.rows("""
            SELECT p.position AS paragraph, m.start_offset, m.end_offset, e.kind FROM entity_mentions m
            JOIN paragraphs p ON p.id = m.paragraph_id JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id = ? ORDER BY p.position, m.start_offset
            """, id)
    }

    // MARK: - Statistics

    public func statistics() throws -> ResultTable {
        var rows: [[DatabaseValue]] = []
        for (label, table) in [("articles", "articles"), ("paragraphs", "paragraphs"), ("entities", "entities"),
                               ("entity mentions", "entity_mentions"), ("figures", "figures"), ("quotes", "quotes"),
                               ("dates", "date_mentions")] {
            rows.append([.text(label), try database.scalar("SELECT count(*) FROM \(table)") ?? .integer(0)])
        }
        let pages = Int(try database.scalar("PRAGMA page_count")?.textValue ?? "0") ?? 0
        let pageSize = Int(try database.scalar("PRAGMA page_size")?.textValue ?? "0") ?? 0
        var bytes = pages * pageSize
        if let wal = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int { bytes += wal }
        rows.append([.text("database bytes"), .integer(Int64(bytes))])
        return ResultTable(columns: ["what", "count"], rows: rows)
    }

    // MARK: -

    public func table(_ sql: String, named values: [String: DatabaseBindable] = [:]) throws -> ResultTable {
        let statement = try database.cachedStatement(sql)
        try statement.bind(named: values)
        var rows: [[DatabaseValue]] = []
        while try statement.step() { rows.append((0..<statement.columnCount).map(statement.column)) }
        return ResultTable(columns: statement.columnNames, rows: rows)
    }
}

/// Named columns and rows of values, ready to print as a table, CSV or JSON.
public struct ResultTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]

    public init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The same rows with only the named columns, in that order.
    public func selecting(_ names: [String]) -> ResultTable {
        let indexes = names.compactMap { columns.firstIndex(of: $0) }
        return ResultTable(columns: indexes.map { columns[$0] }, rows: rows.map { row in indexes.map { row[$0] } })
    }
}
