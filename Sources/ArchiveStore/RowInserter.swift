internal import SQLite

/// Inserts the rows of one table several to a statement: the rows given with ``append(_:)`` go in as
/// INSERTs of `rowsPerStatement` rows, and what is left by ``flush()`` in INSERTs of a power of two rows each
/// (``rowsInNextStatement(left:most:)``), each prepared once per number of rows. One
/// statement per row costs a statement's whole run (and, for the full-text index, a segment written out)
/// for every row. SQLite numbers the rows of one INSERT in the order they are listed.
///
/// The writer's statements are `INSERT OR FAIL`: a row that breaks a constraint stops the statement with
/// the rows before it kept, where a plain INSERT (ABORT) undoes them, so that SQLite opens a statement
/// journal around every INSERT of several rows (copying each page it touches, and telling the full-text
/// index at the end). The writer undoes an article that throws with its savepoint, rows and all.
///
///     let figures = RowInserter(database, "INSERT OR FAIL INTO figures (article_id, text) VALUES", columns: 2)
///     try figures.append([7, "17 missiles"])
///     try figures.flush()
final class RowInserter {
    private let database: Database
    private let prefix: String
    private let columns: Int
    private let rowsPerStatement: Int
    private var statements: [Int: Statement] = [:]
    /// The values of the rows waiting for ``flush()``, row after row.
    private var pending: [DatabaseBindable] = []

    /// `prefix` is the statement up to VALUES; every row has `columns` values.
    init(_ database: Database, _ prefix: String, columns: Int, rowsPerStatement: Int = 32) {
        self.database = database
        self.prefix = prefix
        self.columns = columns
        self.rowsPerStatement = max(1, rowsPerStatement)
    }

    /// Rows waiting for ``flush()``.
    var pendingRows: Int { pending.count / columns }

    /// Adds a row of `columns` values, stored at the next ``flush()`` or as soon as a whole statement's
    /// rows are waiting (so that an article with 100,000 figures never holds them all as values).
    func append(_ row: [DatabaseBindable]) throws {
        precondition(row.count == columns, "a row of \(row.count) values for \(columns) columns")
        pending.append(contentsOf: row)
        if pendingRows >= rowsPerStatement { try flush() }
    }

    /// Stores the rows added since the last flush, in order. The rows are dropped whether it succeeds or throws.
    func flush() throws {
        defer { pending.removeAll(keepingCapacity: true) }
        let rows = pendingRows
        var start = 0
        while start < rows {
            let count = Self.rowsInNextStatement(left: rows - start, most: rowsPerStatement)
            let statement = try self.statement(rows: count)
            try statement.execute(pending[(start * columns)..<((start + count) * columns)])
            start += count
        }
    }

    /// How many of the `left` rows the next statement stores: `most`, else the largest power of two that
    /// fits, so that a table needs a statement for `most` and each power of two below it (6 for 32), not
    /// one for every number of rows (each compiled again when the writer switches its triggers).
    static func rowsInNextStatement(left: Int, most: Int) -> Int {
        if left >= most { return most }
        var count = 1
        while count * 2 <= left { count *= 2 }
        return count
    }

    /// Drops the rows added since the last flush (the article they belong to was not stored).
    func discard() { pending.removeAll(keepingCapacity: true) }

    private func statement(rows: Int) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        let statement = try database.prepare(prefix + " " + Array(repeating: row, count: rows).joined(separator: ", "))
        statements[rows] = statement
        return statement
    }
}
