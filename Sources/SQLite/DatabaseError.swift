import CSQLite

/// An SQLite failure: the result code, SQLite's message and the SQL that failed.
///
/// Prints as `SQLite error 19: FOREIGN KEY constraint failed`; its ``debugDescription`` adds
/// `` - while executing `INSERT …` ``.
/// Bound values are never part of the description, so no article text leaks into logs.
public struct DatabaseError: Error, CustomStringConvertible, CustomDebugStringConvertible, Equatable {
    /// The primary result code (`SQLITE_CONSTRAINT`, `SQLITE_NOTADB`, …).
    public let code: Int32
    /// The extended result code when SQLite gave one.
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Reads the error from a connection; call it right after the failing call, before any other.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let message =
            connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        self.init(code: code, extendedCode: extended, message: message, sql: sql)
    }

    /// One line for people: the code and SQLite's message, never the SQL (which can run to many lines).
    public var description: String { "SQLite error \(code): \(message)" }

    /// The description and, when known, the SQL that failed, for `--verbose` and for developers.
    public var debugDescription: String {
        guard let sql else { return description }
        return description + " - while executing `\(sql)`"
    }

    public static let notADatabase = SQLITE_NOTADB
    public static let constraint = SQLITE_CONSTRAINT
    public static let busy = SQLITE_BUSY
    public static let readOnly = SQLITE_READONLY
    public static let cantOpen = SQLITE_CANTOPEN
    public static let full = SQLITE_FULL
    public static let ioError = SQLITE_IOERR
    public static let corrupt = SQLITE_CORRUPT
    public static let noMemory = SQLITE_NOMEM
    public static let interrupted = SQLITE_INTERRUPT
}
