internal import SQLite

extension ArchiveReader {
    /// How many matching paragraphs a search ranks unless told to rank every one: the paragraphs
    /// stored last. Ranking is the cost of a search (bm25 reads each match's length), so a word found
    /// in 45,000 paragraphs takes 90 ms to rank in full and 20 ms as 10,000.
    public static let searchCandidates = 10_000

    /// Paragraphs matching `terms`, best first (bm25), with a highlighted snippet. Terms are quoted
    /// unless `raw` is set, so stray punctuation cannot break the FTS5 syntax. `candidates` bounds the
    /// matches ranked to that many of those stored last (highest paragraph id); nil ranks every one.
    /// Snippets, titles and positions are worked out for the page alone.
    ///
    /// - Throws: ``ArchiveError/badSearch(query:reason:)`` when there is nothing to search for or FTS5
    ///   refuses the raw query.
    public func search(
        _ terms: String, raw: Bool = false, limit: Int = 20, candidates: Int? = nil
    ) throws -> [SearchHit] {
        let match = try matchExpression(terms, raw: raw)
        return try reportingSearchErrors(terms) {
            try rows(Self.searchSQL, ["match": match, "limit": limit, "candidates": candidates ?? -1])
        }
    }

    /// How many paragraphs match `terms`: every one, or, when counting them all takes longer than a
    /// first page should wait, whether there are more than `cap`.
    ///
    /// - Throws: ``ArchiveError/badSearch(query:reason:)`` as ``search(_:raw:limit:candidates:)`` does.
    public func searchMatchCount(_ terms: String, raw: Bool = false, cap: Int) throws -> SearchMatchCount {
        let match = try matchExpression(terms, raw: raw)
        return try reportingSearchErrors(terms) {
            if let count = try count(Self.searchCountSQL, ["match": match]) { return .exactly(count) }
            let some = try database.cachedStatement(Self.searchCountUpToSQL)
            try some.bind(named: ["match": match, "cap": cap + 1])
            guard try some.step(), case .integer(let count) = some.column(0), count <= cap else {
                return .moreThan(cap)
            }
            return .exactly(Int(count))
        }
    }

    /// The page of a search: the `candidates` matches stored last (all for -1) ranked, the best `limit`
    /// of them kept, and only theirs given a title, position and snippet.
    static let searchSQL = """
        WITH candidates AS MATERIALIZED (
            SELECT rowid AS id, bm25(paragraphs_fts) AS score FROM paragraphs_fts
            WHERE paragraphs_fts MATCH :match
            ORDER BY rowid DESC
            LIMIT :candidates),
        best AS MATERIALIZED (SELECT id, score FROM candidates ORDER BY score, id LIMIT :limit)
        SELECT a.id AS article, p.position AS paragraph, a.title,
               snippet(paragraphs_fts, 0, '[', ']', '…', 12) AS snippet
        FROM best
        JOIN paragraphs_fts ON paragraphs_fts.rowid = best.id
        JOIN paragraphs p ON p.id = best.id
        JOIN articles a ON a.id = p.article_id
        WHERE paragraphs_fts MATCH :match
        ORDER BY best.score, best.id
        """

    /// How many paragraphs a search matches.
    static let searchCountSQL = "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH :match"

    /// How many paragraphs a search matches, up to `:cap`.
    static let searchCountUpToSQL =
        "SELECT count(*) FROM (SELECT 1 FROM paragraphs_fts WHERE paragraphs_fts MATCH :match LIMIT :cap)"

    private func matchExpression(_ terms: String, raw: Bool) throws -> String {
        let match = raw ? terms : Self.quoteTerms(terms)
        guard !match.isEmpty else { throw ArchiveError.badSearch(query: terms, reason: "no words to search for") }
        return match
    }

    private func reportingSearchErrors<T>(_ terms: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw ArchiveError.badSearch(
                query: terms, reason: error.message.replacingOccurrences(of: "fts5: ", with: ""))
        }
    }

    /// `missile "Ain al"` → `"missile" "Ain al"`: each word or quoted phrase becomes an FTS5 string.
    static func quoteTerms(_ terms: String) -> String {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        for character in terms {
            if character == "\"" {
                if inQuotes, !current.isEmpty { parts.append(current) }
                current = ""
                inQuotes.toggle()
            } else if character.isWhitespace && !inQuotes {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }.joined(separator: " ")
    }
}
