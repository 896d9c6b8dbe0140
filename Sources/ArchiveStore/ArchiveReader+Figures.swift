extension ArchiveReader {
    /// Figures, optionally only of one unit (`missile` or `missiles`), kind or article, in reading order,
    /// with the entities their site and source resolved to.
    public func figures(unit: String? = nil, kind: String? = nil, article: Int? = nil) throws -> [FigureRow] {
        var conditions = Conditions()
        conditions.add("s.unit = :unit OR s.unit = rtrim(:unit, 's')", "unit", unit)
        conditions.add("s.kind = :kind", "kind", kind)
        conditions.add("s.article_id = :article", "article", article)
        return try spans(
            in: "figures", conditions,
            columns: """
                , site.name AS site_entity, source.name AS source_entity, \
                substr(p.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) AS sentence
                """,
            joins: """
                LEFT JOIN entities site ON site.id = s.site_entity_id \
                LEFT JOIN entities source ON source.id = s.source_entity_id
                """)
    }
}
