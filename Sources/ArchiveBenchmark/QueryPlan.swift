import ArchiveStore
import SQLite

/// How SQLite answers a first page (`EXPLAIN QUERY PLAN`): which tables it reads whole, and which
/// indexes it uses.
struct QueryPlan {
    var query: String
    /// The plan's lines, as SQLite words them (`SCAN f`, `SEARCH e USING INTEGER PRIMARY KEY (rowid=?)`).
    var steps: [String]

    /// Tables read row by row with no index: the full scans the issue wants off the hot path. A scan
    /// of a view's own intermediate results (a materialized subquery or CTE, a co-routine), of a
    /// covering index, or of the full-text index by a MATCH is not one.
    var fullScans: [String] {
        let intermediate = Set(
            steps.compactMap { step -> String? in
                for marker in ["MATERIALIZE ", "CO-ROUTINE "] where step.hasPrefix(marker) {
                    return String(step.dropFirst(marker.count))
                }
                return nil
            })
        return steps.filter { $0.hasPrefix("SCAN ") && !$0.contains(" USING ") && !Self.isMatch($0) }
            .map { String($0.dropFirst(5)) }
            .filter { !intermediate.contains($0) && !$0.hasPrefix("(subquery") && !$0.hasPrefix("CONSTANT") }
    }

    /// The indexes the plan names, each once (`rowid` for the table's own key, `NAME (full text)` for a
    /// full-text index read by a MATCH).
    var indexes: [String] {
        var seen: [String] = []
        func see(_ name: String) { if !seen.contains(name) { seen.append(name) } }
        for step in steps {
            for marker in ["USING INDEX ", "USING COVERING INDEX "] {
                guard let range = step.range(of: marker) else { continue }
                see(String(step[range.upperBound...].prefix { $0 != " " }))
            }
            if step.contains("USING INTEGER PRIMARY KEY") { see("rowid") }
            if Self.isMatch(step) { see("\(step.dropFirst(5).prefix { $0 != " " }) (full text)") }
        }
        return seen
    }

    /// `SCAN paragraphs_fts VIRTUAL TABLE INDEX 0:M1`: FTS5 answering a MATCH (its plan's `M`) from its index.
    private static func isMatch(_ step: String) -> Bool {
        guard let range = step.range(of: " VIRTUAL TABLE INDEX ") else { return false }
        return step[range.upperBound...].contains("M")
    }

    /// The plan of every statement behind a first page (see `ArchiveReader.firstPageStatements()`) of
    /// the archive at `path`.
    static func ofFirstPages(in path: String) throws -> [QueryPlan] {
        let db = try Database(path: path, mode: .readOnly)
        return try ArchiveReader(path: path).firstPageStatements().map { statement in
            let explain = try db.prepare("EXPLAIN QUERY PLAN \(statement.sql)")
            // Parameters (a search's :match) left NULL: the plan does not depend on their values.
            try explain.bind(explain.parameterNames.map { _ in DatabaseValue.null })
            var steps: [String] = []
            let detail = explain.columnNames.firstIndex(of: "detail") ?? 3
            while try explain.step() { steps.append(explain.column(detail).textValue ?? "") }
            return QueryPlan(query: statement.name, steps: steps)
        }
    }
}
