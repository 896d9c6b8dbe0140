import Foundation
internal import SQLite

/// Read-only access to an archive for the CLI's listings: canned queries, search, one article,
/// export and statistics. Opens the file read-only, so it works while an ingest runs. It answers in
/// typed rows (``FigureRow``, ``EntityRow``, ``ArticleDetail``…) and, for canned queries whose
/// columns are those of a view, in a ``Listing``.
///
///     let reader = try ArchiveReader(path: "archive.sqlite")
///     for figure in try reader.figures(unit: "missile") { print(figure.value, figure.site ?? "") }
///
/// - Throws: ``ArchiveError`` when the file is missing, not an archive or of another version.
public final class ArchiveReader {
    let database: Database
    public let path: String

    public init(path: String) throws {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError.missing(path: path)
        }
        self.path = path
        database = try Self.open(path)
    }

    /// Opens the archive at `path` read-only and checks it. In a read-only folder (a share, a disc)
    /// SQLite cannot make the `-shm` file a WAL archive needs beside it, so the file is then read as
    /// immutable: as it is, without locks, which is true there since nothing can write to it.
    static func open(_ path: String) throws -> Database {
        do {
            let database = try Database(path: path, mode: .readOnly)
            try ArchiveSchema.prepare(database, path: path)
            return database
        } catch let error as DatabaseError
            where path != ":memory:" && [DatabaseError.cantOpen, DatabaseError.readOnly].contains(error.code)
        {
            do {
                let database = try Database(path: immutableURI(path), mode: .readOnly)
                try ArchiveSchema.prepare(database, path: path)
                return database
            } catch let error as DatabaseError {
                throw ArchiveError.cannotOpen(path: path, reason: error.message)
            }
        } catch let error as DatabaseError {
            throw ArchiveError.cannotOpen(path: path, reason: error.message)
        }
    }

    /// `file:PATH?immutable=1`, with the characters a URI gives a meaning escaped.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)?immutable=1"
    }

    /// Wraps an open database (tests, or a writer's own connection).
    init(database: Database) {
        self.database = database
        self.path = database.path
    }

    // MARK: - Reading rows

    /// Every row of `sql`, decoded.
    func rows<Decoded: RowDecodable>(_ sql: String, _ values: [String: DatabaseBindable] = [:]) throws -> [Decoded] {
        let statement = try database.cachedStatement(sql)
        try statement.bind(named: values)
        let names = statement.columnNames
        // A name given twice is read from its last column: what a query computes after `s.*` (a figure's
        // sentence cut from its paragraph) stands over the table's stored column of the same name.
        let indexes = Dictionary(names.enumerated().map { ($1, $0) }) { _, last in last }
        var rows: [Decoded] = []
        while try statement.step() { rows.append(Decoded(row: StatementRow(statement, indexes: indexes))) }
        return rows
    }

    /// The one SELECT behind figures, quotes, dates and mentions: the rows of a table of spans that
    /// meet `conditions`, each with its paragraph's position as `paragraph`, in reading order.
    /// `columns` and `joins` add to the select list and the FROM clause (`s` is the span table).
    /// `limit`: the first so many rows only (asked of SQLite, so a first page costs a first page).
    func spans<Decoded: RowDecodable>(
        in table: String, _ conditions: Conditions, columns: String = "",
        joins: String = "", limit: Int? = nil
    ) throws -> [Decoded] {
        var values = conditions.values
        values["limit"] = limit ?? -1
        return try rows(
            """
            SELECT s.*, p.position AS paragraph\(columns)
            FROM \(table) s JOIN paragraphs p ON p.id = s.paragraph_id \(joins)
            WHERE \(conditions.sql)
            ORDER BY s.article_id, p.position, s.start_offset
            LIMIT :limit
            """, values)
    }

    /// How many rows of the table of spans meet `conditions` (which name only the table, as `s`), or
    /// nil when counting takes longer than a listing's first page should wait.
    func spanCount(in table: String, _ conditions: Conditions) throws -> Int? {
        // With no condition, no WHERE at all: `SELECT count(*) FROM t` alone is counted from the smallest
        // index page by page, where `WHERE 1` steps through every row (figures at 100,000 articles: 15 → 5 ms).
        guard !conditions.clauses.isEmpty else { return try count("SELECT count(*) FROM \(table)") }
        return try count("SELECT count(*) FROM \(table) s WHERE \(conditions.sql)", conditions.values)
    }

    /// The count `sql` gives, or nil when it takes longer than ``countingDeadline`` seconds.
    func count(_ sql: String, _ values: [String: DatabaseBindable] = [:]) throws -> Int? {
        try database.withinDeadline(seconds: Self.countingDeadline) {
            let statement = try database.cachedStatement(sql)
            try statement.bind(named: values)
            guard try statement.step(), case .integer(let count) = statement.column(0) else { return 0 }
            return Int(count)
        }
    }

    /// How long a listing waits to learn its total number of rows before it says "the first N rows": a
    /// small part of the 100 ms a first page may take (counts of a table's rows take about 10 ms at
    /// 100,000 articles; counting a grouping view's rows, hundreds).
    static let countingDeadline = 0.03
}
