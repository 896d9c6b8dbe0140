internal import SQLite

extension ArchiveReader {
    /// The canned queries the archive offers, in the order schema.sql lists them.
    public func cannedQueries() throws -> [CannedQuery] {
        try rows("SELECT name, view, description FROM canned_queries ORDER BY rowid")
    }

    /// The rows of the canned query's view, named by the query's name or the view's: every row, or the
    /// first `limit` (asked of SQLite, so a first page costs a first page).
    ///
    /// - Throws: ``ArchiveError/noSuchQuery(name:known:)`` for any other name.
    public func run(_ name: String, limit: Int? = nil) throws -> Listing {
        let statement = try database.cachedStatement("SELECT * FROM \(try cannedQuery(name).view) LIMIT ?")
        try statement.bind([limit ?? -1])
        var rows: [[ListingValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { ListingValue(statement.column($0)) })
        }
        return Listing(columns: statement.columnNames, rows: rows)
    }

    /// How many rows the canned query has, or nil when counting them takes longer than a first page
    /// should wait (a view that groups must read everything to count its groups).
    public func rowCount(ofQuery name: String) throws -> Int? {
        try count(Self.countSQL(ofView: try cannedQuery(name).view))
    }

    /// The statement that counts a canned query's rows: from its table or stored incidents when the
    /// view's rows are one table's, else the view's own count.
    static func countSQL(ofView view: String) -> String {
        incidentCounts[view] ?? tableCounts[view] ?? "SELECT count(*) FROM \(view)"
    }

    /// How many rows the listings of one table's rows have, counted from that table alone (an index or
    /// its rows' count), without working out the views' joined columns (a person's roles, a figure's
    /// paragraph): each view lists every row its table has, or those its WHERE keeps.
    static let tableCounts: [String: String] = [
        "figure_list": "SELECT count(*) FROM figures",
        "quote_list": "SELECT count(*) FROM quotes",
        "article_list": "SELECT count(*) FROM articles",
        "people": "SELECT count(*) FROM entities WHERE kind = 'person' AND mentions > 0",
        "places": "SELECT count(*) FROM entities WHERE kind = 'place' AND mentions > 0",
        "organizations": "SELECT count(*) FROM entities WHERE kind = 'organization' AND mentions > 0",
        // Dated figures and quotes, each from its partial index (figures_dated, quotes_dated).
        "timeline": """
        SELECT (SELECT count(*) FROM figures WHERE date IS NOT NULL)
             + (SELECT count(*) FROM quotes WHERE date IS NOT NULL)
        """,
        // The period totals that are incident reports (incident_reports' WHERE) and that their sentence gave
        // no earlier (the totals view's), from figures_period_totals.
        "totals": """
        SELECT count(*) FROM figures f
        LEFT JOIN weapon_units w ON w.unit = f.unit
        LEFT JOIN strike_events se ON se.event = f.event
        LEFT JOIN casualty_events ce ON ce.event = f.event
        WHERE f.period_total = 1 AND f.kind = 'count'
          AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
          AND NOT EXISTS (
                SELECT 1 FROM figures o
                WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value
                  AND o.paragraph_id = f.paragraph_id AND o.sentence_start = f.sentence_start
                  AND +o.start_offset < f.start_offset AND o.kind = 'count' AND o.period_total = 1)
        """,
    ]

    /// How many rows strikes and casualties have, counted from the stored incident of each figure in the
    /// order of its index, without working out each incident's reports and sources as the views do. A
    /// strike's event is 'launched' or 'failed' (as the strikes view says), so strikes are counted from
    /// their own index alone (figures_strike_incidents).
    static let incidentCounts: [String: String] = {
        let strike = "w.unit IS NOT NULL AND se.event IS NOT NULL"
        func count(_ condition: String) -> String {
            """
            SELECT count(*) FROM (
                SELECT 1 FROM figures f
                LEFT JOIN weapon_units w ON w.unit = f.unit
                LEFT JOIN strike_events se ON se.event = f.event
                WHERE f.incident_order IS NOT NULL AND \(condition)
                GROUP BY f.incident_order, f.incident_event, f.incident_article)
            """
        }
        return [
            "strikes": count("f.incident_event IN ('launched', 'failed') AND \(strike)"),
            "casualties": count("NOT (\(strike))"),
        ]
    }()

    /// The canned query named by its name or its view's.
    ///
    /// - Throws: ``ArchiveError/noSuchQuery(name:known:)`` for any other name.
    private func cannedQuery(_ name: String) throws -> CannedQuery {
        let queries = try cannedQueries()
        guard let query = queries.first(where: { $0.name == name || $0.view == name }) else {
            throw ArchiveError.noSuchQuery(name: name, known: queries.map(\.name))
        }
        return query
    }
}
