internal import SQLite

extension ArchiveReader {
    /// Paragraphs matching `terms`, best first (bm25), with a highlighted snippet. Terms are quoted
    /// unless `raw` is set, so stray punctuation cannot break the FTS5 syntax.
    ///
    /// - Throws: ``ArchiveError/badSearch(query:reason:)`` when there is nothing to search for or FTS5
    ///   refuses the raw query.
    public func search(_ terms: String, raw: Bool = false, limit: Int = 20) throws -> [SearchHit] {
        let match = raw ? terms : Self.quoteTerms(terms)
        guard !match.isEmpty else { throw ArchiveError.badSearch(query: terms, reason: "no words to search for") }
        do {
            return try rows(
                """
                SELECT a.id AS article, p.position AS paragraph, a.title,
                       snippet(paragraphs_fts, 0, '[', ']', '…', 12) AS snippet
                FROM paragraphs_fts
                JOIN paragraphs p ON p.id = paragraphs_fts.rowid
                JOIN articles a ON a.id = p.article_id
                WHERE paragraphs_fts MATCH :match
                ORDER BY bm25(paragraphs_fts)
                LIMIT :limit
                """, ["match": match, "limit": limit])
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
