extension ArchiveReader {
    /// Quotes, optionally only those of one article or of the speaker known by `speaker` under any of
    /// their names (case ignored), in reading order.
    public func quotes(speaker: String? = nil, article: Int? = nil) throws -> [QuoteRow] {
        var conditions = Conditions()
        conditions.add(
            """
            s.speaker_entity_id IN (
                SELECT id FROM entities WHERE name = :speaker COLLATE NOCASE
                UNION SELECT entity_id FROM entity_aliases WHERE alias = :speaker COLLATE NOCASE)
            OR s.speaker = :speaker COLLATE NOCASE
            """, "speaker", speaker)
        conditions.add("s.article_id = :article", "article", article)
        return try spans(in: "quotes", conditions)
    }
}
