import CSQLite

/// A prepared statement, owned by one ``Database`` and used on its thread only.
///
/// Prepare once and reuse: ``bind(_:)`` resets the statement and clears old bindings.
///
///     let insert = try db.prepare("INSERT INTO t(a, b) VALUES (?, ?)")
///     for (a, b) in rows { try insert.execute(a, b) }
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    public let sql: String
    /// The values being bound by ``run(_:_:)`` and the UTF-8 of their text, one after the other: kept
    /// between runs so that their room is not asked for again.
    private var boundValues: [DatabaseValue] = []
    private var boundText: [UInt8] = []

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(connection: database.handle, code: code, sql: sql)
        }
        self.handle = statement
        self.database = database
        self.sql = sql
    }

    /// Wraps a statement prepared elsewhere in this module.
    init(database: Database, handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Names of the statement's parameters (`:site`, `@site`, `$site`, or `?1` style), in order.
    public var parameterNames: [String] {
        (0..<sqlite3_bind_parameter_count(handle)).map { index in
            sqlite3_bind_parameter_name(handle, index + 1).map { String(cString: $0) } ?? "?\(index + 1)"
        }
    }

    /// Number of columns a row of this statement has.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Column names, in order.
    public var columnNames: [String] {
        (0..<columnCount).map { String(cString: sqlite3_column_name(handle, Int32($0))) }
    }

    /// How many times SQLite compiled the statement again since it was prepared (after a schema change, or a
    /// pragma or setting of the connection that expired every prepared statement).
    public var timesCompiledAgain: Int { Int(sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_REPREPARE, 0)) }

    // MARK: - Binding

    /// Resets the statement and binds `values` to its parameters in order (every parameter: the old
    /// bindings need no clearing).
    public func bind(_ values: [DatabaseBindable]) throws {
        sqlite3_reset(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw DatabaseError(
                code: SQLITE_RANGE, message: "expected \(expected) arguments, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.databaseValue, at: Int32(offset + 1))
        }
    }

    /// Resets the statement and binds named parameters (`:name`, `@name` or `$name`).
    public func bind(named values: [String: DatabaseBindable]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (name, value) in values {
            let index = [":", "@", "$"].lazy
                .map { sqlite3_bind_parameter_index(self.handle, $0 + name) }
                .first { $0 > 0 }
            guard let index else {
                throw DatabaseError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
            }
            try bind(value.databaseValue, at: index)
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
        case .real(let v): code = sqlite3_bind_double(handle, index, v)
        case .text(let v):
            // Pass the UTF-8 length: with -1 SQLite would stop at an embedded NUL and truncate the text.
            code = v.withCString { sqlite3_bind_text(handle, index, $0, Int32(v.utf8.count), csqlite_transient()) }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw DatabaseError(connection: database.handle, code: code, sql: sql) }
    }

    // MARK: - Stepping

    /// Runs the statement with `values` to completion, ignoring any rows.
    public func execute(_ values: DatabaseBindable...) throws {
        try run(values[...]) { while try step() {} }
    }

    /// Runs the statement with `values` to completion, ignoring any rows (a multi-row INSERT's values).
    public func execute(_ values: ArraySlice<DatabaseBindable>) throws {
        try run(values) { while try step() {} }
    }

    /// Resets the statement, binds `values` to its parameters in order and runs `body`, which steps it.
    ///
    /// Text is bound without SQLite copying it: the values' UTF-8 goes into one buffer of the statement's,
    /// which SQLite reads in place (`SQLITE_STATIC`) while `body` runs; the bindings are cleared after, so
    /// that no binding outlives the buffer.
    private func run<T>(_ values: ArraySlice<DatabaseBindable>, _ body: () throws -> T) throws -> T {
        sqlite3_reset(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw DatabaseError(
                code: SQLITE_RANGE, message: "expected \(expected) arguments, got \(values.count)", sql: sql)
        }
        boundValues.removeAll(keepingCapacity: true)
        boundText.removeAll(keepingCapacity: true)
        for value in values {
            let value = value.databaseValue
            if case .text(let text) = value { boundText.append(contentsOf: text.utf8) }
            boundValues.append(value)
        }
        defer {
            sqlite3_clear_bindings(handle)
            boundValues.removeAll(keepingCapacity: true)
        }
        return try boundText.withUnsafeBufferPointer { text in
            var offset = 0
            for (position, value) in boundValues.enumerated() {
                let index = Int32(position + 1)
                guard case .text(let string) = value, let base = text.baseAddress else {
                    try bind(value, at: index)
                    continue
                }
                let count = string.utf8.count
                let code = base.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: count) {
                    sqlite3_bind_text(handle, index, $0, Int32(count), nil)  // nil: SQLITE_STATIC
                }
                guard code == SQLITE_OK else { throw DatabaseError(connection: database.handle, code: code, sql: sql) }
                offset += count
            }
            return try body()
        }
    }

    /// Advances to the next row; false when done. Throws on any SQLite error.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return false
        case let code:
            let error = DatabaseError(connection: database.handle, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Binds `values`, runs the statement and returns every row.
    public func rows(_ values: DatabaseBindable...) throws -> [Row] {
        try run(values[...]) {
            var rows: [Row] = []
            let names = columnNames
            while try step() { rows.append(currentRow(names: names)) }
            return rows
        }
    }

    /// Binds `values` and returns the first column of the first row, or nil.
    public func scalar(_ values: DatabaseBindable...) throws -> DatabaseValue? {
        try run(values[...]) {
            guard try step() else { return nil }
            let value = column(0)
            sqlite3_reset(handle)
            return value
        }
    }

    // MARK: - Columns of the current row

    public func column(_ index: Int) -> DatabaseValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT: return .text(text(at: i) ?? "")
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, i))
            guard count > 0, let pointer = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default: return .null
        }
    }

    public func int(_ index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }
    public func double(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }
    public func isNull(_ index: Int) -> Bool { sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL }
    public func string(_ index: Int) -> String? { text(at: Int32(index)) }

    /// The column's text, all `sqlite3_column_bytes` of it (a C-string read would stop at an embedded NUL).
    private func text(at index: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeRawBufferPointer(start: text, count: count), as: UTF8.self)
    }

    func currentRow(names: [String]) -> Row {
        Row(columns: names, values: (0..<names.count).map(column))
    }
}

@available(*, unavailable)
extension Statement: Sendable {}
