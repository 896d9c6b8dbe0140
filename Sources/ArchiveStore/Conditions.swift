internal import SQLite

/// The WHERE clause of a query with optional filters: only the filters that are set take part, so
/// every query can use the indexes for them.
///
///     var conditions = Conditions()
///     conditions.add("f.kind = :kind", "kind", kind)   // nothing when kind is nil
struct Conditions {
    private(set) var clauses: [String] = []
    private(set) var values: [String: DatabaseBindable] = [:]

    /// A condition that holds for every row.
    init() {}

    /// `clause` on its own (a named parameter `:name` in it bound to `value`).
    init<Value: DatabaseBindable>(_ clause: String, _ name: String, _ value: Value) {
        add(clause, name, value)
    }

    /// Adds `clause` with `:name` bound to `value`, unless `value` is nil.
    mutating func add<Value: DatabaseBindable>(_ clause: String, _ name: String, _ value: Value?) {
        guard let value else { return }
        clauses.append("(\(clause))")
        values[name] = value
    }

    var sql: String { clauses.isEmpty ? "1" : clauses.joined(separator: " AND ") }
}
