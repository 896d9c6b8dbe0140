extension ArchiveReader {
    /// The statements behind each command's first page, named, for reading their plans
    /// (`EXPLAIN QUERY PLAN`, the scale benchmark's report): each canned query's page of 51 rows and
    /// the count of its rows, a search's page and count, and the counts of `archive stats`. Their
    /// `:named` parameters are left unbound.
    public func firstPageStatements() throws -> [(name: String, sql: String)] {
        var statements: [(name: String, sql: String)] = []
        for query in try cannedQueries() {
            statements.append((query.name, "SELECT * FROM \(query.view) LIMIT 51"))
            statements.append(("\(query.name), count", Self.countSQL(ofView: query.view)))
        }
        statements.append(("search", Self.searchSQL))
        statements.append(("search, count", Self.searchCountSQL))
        for (index, sql) in Self.statisticsSQL.enumerated() { statements.append(("stats \(index + 1)", sql)) }
        return statements
    }
}
