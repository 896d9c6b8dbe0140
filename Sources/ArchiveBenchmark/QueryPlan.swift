import SQLite

/// How SQLite answers a first page of a canned query (`EXPLAIN QUERY PLAN`): which tables it reads
/// whole, and which indexes it uses.
struct QueryPlan {
    var query: String
    /// The plan's lines, as SQLite words them (`SCAN f`, `SEARCH e USING INTEGER PRIMARY KEY (rowid=?)`).
    var steps: [String]

    /// Tables read row by row with no index: the full scans the issue wants off the hot path. A scan
    /// of a view's own intermediate results (a materialized subquery or CTE, a co-routine) or of a
    /// covering index is not one.
    var fullScans: [String] {
        let intermediate = Set(
            steps.compactMap { step -> String? in
                for marker in ["MATERIALIZE ", "CO-ROUTINE "] where step.hasPrefix(marker) {
                    return String(step.dropFirst(marker.count))
                }
                return nil
            })
        return steps.filter { $0.hasPrefix("SCAN ") && !$0.contains(" USING ") }
            .map { String($0.dropFirst(5)) }
            .filter { !intermediate.contains($0) && !$0.hasPrefix("(subquery") && !$0.hasPrefix("CONSTANT") }
    }

    /// The indexes the plan names, each once.
    var indexes: [String] {
        var seen: [String] = []
        for step in steps {
            for marker in ["USING INDEX ", "USING COVERING INDEX "] {
                guard let range = step.range(of: marker) else { continue }
                let name = step[range.upperBound...].prefix { $0 != " " }
                if !seen.contains(String(name)) { seen.append(String(name)) }
            }
            if step.contains("USING INTEGER PRIMARY KEY") && !seen.contains("rowid") { seen.append("rowid") }
        }
        return seen
    }

    /// The plan of `SELECT * FROM view LIMIT 51` for every canned query of the archive at `path`.
    static func ofCannedQueries(in path: String) throws -> [QueryPlan] {
        let db = try Database(path: path, mode: .readOnly)
        let queries = try db.prepare("SELECT name, view FROM canned_queries ORDER BY rowid").rows()
        return try queries.map { row in
            let view = row.string("view") ?? ""
            let plan = try db.prepare("EXPLAIN QUERY PLAN SELECT * FROM \(view) LIMIT 51").rows()
            return QueryPlan(query: row.string("name") ?? view, steps: plan.compactMap { $0.string("detail") })
        }
    }
}
