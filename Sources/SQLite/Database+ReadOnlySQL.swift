import CSQLite

/// Running SQL a user wrote, where only reading is allowed: one statement, no change to any file, no
/// other file attached, no extension loaded.
extension Database {
    /// Why a user's SQL was refused before it ran.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// More than one statement (`SELECT 1; DELETE …`).
        case severalStatements
        /// A statement that would write, or was denied by the authorizer (ATTACH, a PRAGMA that sets,
        /// load_extension): what it tried.
        case notReadOnly(String)
        /// No statement at all.
        case empty

        public var description: String {
            switch self {
            case .severalStatements: "one statement at a time"
            case .notReadOnly(let what): "only reading is allowed (\(what))"
            case .empty: "no SQL statement given"
            }
        }
    }

    /// PRAGMAs that only read and may take an argument (a table or index name).
    static let readingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "collation_list", "database_list",
        "function_list", "module_list", "pragma_list", "compile_options",
    ]

    /// Prepares one statement a user wrote, refusing anything but reading: the connection's authorizer
    /// denies ATTACH/DETACH, every write, `load_extension` and PRAGMAs that set a value, and SQLite must
    /// say the statement is read-only. Use it on a read-only connection as well, for good measure.
    ///
    /// - Throws: ``Refusal`` for what is not allowed, ``DatabaseError`` for SQL SQLite cannot prepare.
    public func prepareReadOnly(_ sql: String) throws -> Statement {
        let denied = DeniedAction()
        sqlite3_set_authorizer(handle, readOnlyAuthorizer, Unmanaged.passUnretained(denied).toOpaque())
        defer { sqlite3_set_authorizer(handle, nil, nil) }
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = sql.withCString { text in
            let result = sqlite3_prepare_v2(handle, text, -1, &statement, &tail)
            if result == SQLITE_OK, let tail, !String(cString: tail).allSatisfy({ $0.isWhitespace || $0 == ";" }) {
                sqlite3_finalize(statement)
                statement = nil
                return SQLITE_MISUSE
            }
            return result
        }
        if code == SQLITE_MISUSE { throw Refusal.severalStatements }
        let message = String(cString: sqlite3_errmsg(handle))
        if code == SQLITE_AUTH || message.hasPrefix("not authorized") {
            throw Refusal.notReadOnly(denied.what ?? message)
        }
        guard code == SQLITE_OK else { throw DatabaseError(connection: handle, code: code, sql: sql) }
        guard let statement else { throw Refusal.empty }
        guard sqlite3_stmt_readonly(statement) != 0 else {
            sqlite3_finalize(statement)
            throw Refusal.notReadOnly("the statement would change the archive")
        }
        return Statement(database: self, handle: statement, sql: sql)
    }
}

/// What the authorizer last denied, in words, for the refusal's message.
private final class DeniedAction {
    var what: String?

    static func describe(_ action: Int32, _ first: String?, _ second: String?) -> String {
        if first == "sqlite_master" || first == "sqlite_temp_master" { return "a change to the schema" }
        return switch action {
        case SQLITE_INSERT: "INSERT into \(first ?? "a table")"
        case SQLITE_UPDATE: "UPDATE of \(first ?? "a table")"
        case SQLITE_DELETE: "DELETE from \(first ?? "a table")"
        case SQLITE_ATTACH: "ATTACH"
        case SQLITE_DETACH: "DETACH"
        case SQLITE_PRAGMA: "PRAGMA \(first ?? "") = \(second ?? "")"
        case SQLITE_FUNCTION: "\(second ?? "that function")()"
        case SQLITE_ANALYZE: "ANALYZE"
        default: "a change to the archive's tables or file"
        }
    }
}

/// Allows what only reads; see ``Database/prepareReadOnly(_:)``. Records what it denies in `context`.
private func readOnlyAuthorizer(
    _ context: UnsafeMutableRawPointer?, _ action: Int32, _ first: UnsafePointer<CChar>?,
    _ second: UnsafePointer<CChar>?, _ database: UnsafePointer<CChar>?, _ trigger: UnsafePointer<CChar>?
) -> Int32 {
    let verdict = readOnlyVerdict(action, first, second)
    if verdict == SQLITE_DENY, let context {
        let denied = Unmanaged<DeniedAction>.fromOpaque(context).takeUnretainedValue()
        if denied.what != nil { return verdict }  // the first denial says what the statement meant to do
        denied.what = DeniedAction.describe(
            action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
    }
    return verdict
}

private func readOnlyVerdict(_ action: Int32, _ first: UnsafePointer<CChar>?, _ second: UnsafePointer<CChar>?) -> Int32
{
    switch action {
    case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
        return SQLITE_OK
    case SQLITE_FUNCTION:
        let name = second.map { String(cString: $0).lowercased() } ?? ""
        return name == "load_extension" ? SQLITE_DENY : SQLITE_OK
    case SQLITE_PRAGMA:
        let name = first.map { String(cString: $0).lowercased() } ?? ""
        if Database.readingPragmas.contains(name) { return SQLITE_OK }
        return second == nil ? SQLITE_OK : SQLITE_DENY  // `PRAGMA user_version` reads; `= 5` sets
    case SQLITE_TRANSACTION, SQLITE_SAVEPOINT:
        return SQLITE_OK
    case SQLITE_UPDATE where first.map { String(cString: $0) } == "sqlite_master":
        // Asked while a table-valued PRAGMA (`pragma_table_info('t')`) declares its columns; a real
        // UPDATE of the schema table is still refused, as every write is, by sqlite3_stmt_readonly.
        return SQLITE_OK
    default:
        return SQLITE_DENY  // writes, schema changes, ATTACH, DETACH, ANALYZE, REINDEX…
    }
}
