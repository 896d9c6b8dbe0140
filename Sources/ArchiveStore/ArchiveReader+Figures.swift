extension ArchiveReader {
    /// Figures, optionally only of one unit (`missile` or `missiles`), kind or article, in reading order,
    /// with the entities their site and source resolved to: every one, or the first `limit`.
    public func figures(
        unit: String? = nil, kind: String? = nil, article: Int? = nil, limit: Int? = nil
    ) throws -> [FigureRow] {
        try spans(
            in: "figures", Self.figureConditions(unit: unit, kind: kind, article: article),
            columns: """
                , site.name AS site_entity, source.name AS source_entity, earlier.name AS earlier_site_entity, \
                substr(p.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) AS sentence
                """,
            joins: """
                LEFT JOIN entities site ON site.id = s.site_entity_id \
                LEFT JOIN entities source ON source.id = s.source_entity_id \
                LEFT JOIN entities earlier ON earlier.id = s.earlier_site_entity_id
                """, limit: limit)
    }

    /// How many figures ``figures(unit:kind:article:limit:)`` would give without a limit; nil when
    /// counting them takes too long.
    public func figureCount(unit: String? = nil, kind: String? = nil, article: Int? = nil) throws -> Int? {
        try spanCount(in: "figures", Self.figureConditions(unit: unit, kind: kind, article: article))
    }

    private static func figureConditions(unit: String?, kind: String?, article: Int?) -> Conditions {
        var conditions = Conditions()
        conditions.add("s.unit = :unit OR s.unit = rtrim(:unit, 's')", "unit", unit)
        conditions.add("s.kind = :kind", "kind", kind)
        conditions.add("s.article_id = :article", "article", article)
        return conditions
    }
}
