internal import SQLite

/// The row a statement stands on, read by column name: what the reader's row types decode from.
/// Values are read straight from the statement, so a row is only valid until the next step.
struct StatementRow {
    private let statement: Statement
    private let indexes: [String: Int]

    init(_ statement: Statement, indexes: [String: Int]) {
        self.statement = statement
        self.indexes = indexes
    }

    func int(_ name: String) -> Int? { index(name).map(statement.int) }
    func double(_ name: String) -> Double? { index(name).map(statement.double) }
    func string(_ name: String) -> String? { index(name).flatMap(statement.string) }

    /// The column's index, or nil when there is no such column or its value is NULL.
    private func index(_ name: String) -> Int? {
        indexes[name].flatMap { statement.isNull($0) ? nil : $0 }
    }
}

/// A value the reader builds from one result row.
protocol RowDecodable {
    init(row: StatementRow)
}
