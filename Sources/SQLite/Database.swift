import CSQLite

/// A connection to one SQLite file, used from one thread at a time.
///
///     let db = try Database(path: "archive.sqlite")
///     try db.inTransaction { try db.execute("INSERT …"); return .commit }
///
/// Read-write connections run in WAL mode with foreign keys on, so readers (the sqlite3 shell,
/// `archive query`) keep working while a writer ingests.
public final class Database {
    public enum Mode: Sendable { case readWrite, readOnly }

    let handle: OpaquePointer
    public let path: String
    public let mode: Mode
    private var statementCache: [String: Statement] = [:]
    /// The busy handler's state, owned here (see ``waitWhenBusy(timeout:noticeAfter:notice:)``).
    var busyWait: Unmanaged<BusyWait>?

    /// Opens (and, read-write, creates) the database at `path`; `":memory:"` for a private in-memory one.
    ///
    /// - Throws: ``DatabaseError`` when the file cannot be opened. A file that is not a database is only
    ///   detected on first read, and nothing is written to it before ``configureForWriting()``.
    public init(path: String, mode: Mode = .readWrite, busyTimeoutMilliseconds: Int32 = 5_000) throws {
        _ = Self.memoryCountingStopped
        var connection: OpaquePointer?
        let flags =
            (mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError(connection: connection, code: code, sql: nil)
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
    }

    /// SQLite told, before its first connection, not to count the memory it uses (nothing here reads the
    /// count): counting takes a process-wide mutex at every allocation and free, 4% of the writer's instructions.
    private static let memoryCountingStopped: Void = { _ = csqlite_stop_counting_memory() }()

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
        busyWait?.release()
    }

    /// Switches a read-write connection to WAL with `synchronous = NORMAL`. Call it once the file is
    /// known to be an archive: setting the journal mode writes to the file.
    public func configureForWriting() throws {
        guard mode == .readWrite, path != ":memory:" else { return }
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = NORMAL")
    }

    // MARK: - Statements

    /// Prepares a new statement. The caller owns it; reuse it for repeated work.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A statement prepared once per connection and reused on every later call with the same SQL.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs one or more statements separated by semicolons, with no parameters.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &error)
        if code != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(error)
            throw DatabaseError(code: code, extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// Runs one statement with positional parameters and returns its rows.
    public func rows(_ sql: String, _ values: DatabaseBindable...) throws -> [Row] {
        let statement = try cachedStatement(sql)
        try statement.bind(values)
        let names = statement.columnNames
        var rows: [Row] = []
        while try statement.step() { rows.append(statement.currentRow(names: names)) }
        return rows
    }

    /// The first column of the first row of a query, or nil.
    public func scalar(_ sql: String, _ values: DatabaseBindable...) throws -> DatabaseValue? {
        let statement = try cachedStatement(sql)
        try statement.bind(values)
        guard try statement.step() else { return nil }
        let value = statement.column(0)
        sqlite3_reset(statement.handle)
        return value
    }

    /// Row id of the last successful INSERT on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Rows changed by every INSERT, UPDATE or DELETE on this connection since it opened.
    public var totalChanges: Int { Int(sqlite3_total_changes(handle)) }

    /// Whether a transaction is open on this connection.
    public var isInsideTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Version of the linked libsqlite3, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}

@available(*, unavailable)
extension Database: Sendable {}
