extension ArchiveReader {
    /// Figures, optionally only of one unit (`missile` or `missiles`), kind or article, in reading order.
    public func figures(unit: String? = nil, kind: String? = nil, article: Int? = nil) throws -> [FigureRow] {
        var conditions = Conditions()
        conditions.add("s.unit = :unit OR s.unit = rtrim(:unit, 's')", "unit", unit)
        conditions.add("s.kind = :kind", "kind", kind)
        conditions.add("s.article_id = :article", "article", article)
        return try spans(in: "figures", conditions)
    }
}
