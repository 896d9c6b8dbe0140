extension ArchiveReader {
    /// Quotes, optionally only those of one article or of the speaker known by `speaker` under any of
    /// their names (case ignored), in reading order: every one, or the first `limit`.
    public func quotes(speaker: String? = nil, article: Int? = nil, limit: Int? = nil) throws -> [QuoteRow] {
        try spans(in: "quotes", Self.quoteConditions(speaker: speaker, article: article), limit: limit)
    }

    /// How many quotes ``quotes(speaker:article:limit:)`` would give without a limit; nil when counting
    /// them takes too long.
    public func quoteCount(speaker: String? = nil, article: Int? = nil) throws -> Int? {
        try spanCount(in: "quotes", Self.quoteConditions(speaker: speaker, article: article))
    }

    private static func quoteConditions(speaker: String?, article: Int?) -> Conditions {
        var conditions = Conditions()
        conditions.add(
            """
            s.speaker_entity_id IN (
                SELECT id FROM entities WHERE name = :speaker COLLATE NOCASE
                UNION SELECT entity_id FROM entity_aliases WHERE alias = :speaker COLLATE NOCASE AND origin <> 'user-not')
            OR s.speaker = :speaker COLLATE NOCASE
            """, "speaker", speaker)
        conditions.add("s.article_id = :article", "article", article)
        return conditions
    }
}
