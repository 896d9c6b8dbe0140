internal import SQLite

extension ArchiveReader {
    /// The rows of one SQL statement a user wrote, which may only read (see the SQLite layer's
    /// `prepareReadOnly`: no write, ATTACH, PRAGMA that sets, or load_extension), on the reader's
    /// read-only connection. `parameters` fill `:name`, `@name` or `$name`; a value that is a whole
    /// number or a decimal as written is bound as a number, anything else as text.
    ///
    /// - Throws: ``ArchiveError/sqlRefused(reason:)`` for SQL that does more than read or lacks a
    ///   parameter's value, ``ArchiveError/badSQL(reason:)`` for SQL SQLite cannot run.
    public func query(_ sql: String, parameters: [String: String] = [:]) throws -> Listing {
        do {
            let statement = try database.prepareReadOnly(sql)
            try bind(parameters, to: statement)
            var rows: [[ListingValue]] = []
            while try statement.step() {
                rows.append((0..<statement.columnCount).map { ListingValue(statement.column($0)) })
            }
            return Listing(columns: statement.columnNames, rows: rows)
        } catch let refusal as Database.Refusal {
            throw ArchiveError.sqlRefused(reason: refusal.description)
        } catch let error as DatabaseError {
            throw ArchiveError.badSQL(reason: error.message)
        }
    }

    private func bind(_ parameters: [String: String], to statement: Statement) throws {
        let names = statement.parameterNames
        let bare = names.map { String($0.dropFirst()) }
        if let missing = names.first(where: { !$0.hasPrefix("?") && parameters[String($0.dropFirst())] == nil }) {
            throw ArchiveError.sqlRefused(reason: "no value for \(missing) (give --param \(missing.dropFirst())=VALUE)")
        }
        if names.contains(where: { $0.hasPrefix("?") }) {
            throw ArchiveError.sqlRefused(reason: "use named parameters (:name) with --param name=VALUE, not ?")
        }
        if let unused = parameters.keys.sorted().first(where: { !bare.contains($0) }) {
            throw ArchiveError.sqlRefused(reason: "--param \(unused) names no parameter of the statement")
        }
        var values: [String: DatabaseBindable] = [:]
        for (name, text) in parameters {
            if let number = Int64(text), String(number) == text {
                values[name] = number
            } else if let number = Double(text), text.contains("."), !text.hasPrefix("."), !text.hasSuffix(".") {
                values[name] = number
            } else {
                values[name] = text
            }
        }
        try statement.bind(named: values)
    }
}
