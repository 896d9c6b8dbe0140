extension ArchiveReader {
    /// Entities across the archive, optionally of one kind, most mentioned first.
    public func entities(kind: String? = nil) throws -> [EntityRow] {
        var conditions = Conditions()
        conditions.add("e.kind = :kind", "kind", kind)
        return try entities(conditions, orderBy: "mentions DESC, e.name")
    }

    /// The entities one article names, with their mentions there, in the order it first names them.
    public func entities(article id: Int) throws -> [EntityRow] {
        try entities(
            Conditions("m.article_id = :article", "article", id),
            orderBy: "min(m.paragraph_id), min(m.start_offset)")
    }

    /// Where one article names its entities, in reading order: every naming, with the words as written.
    public func mentions(article id: Int) throws -> [MentionRow] {
        let groups: [StoredMentionGroup] = try spans(
            in: "entity_mentions", Conditions("s.article_id = :article", "article", id),
            columns: ", e.kind AS entity_kind, p.text AS paragraph_text",
            joins: "JOIN entities e ON e.id = s.entity_id")
        let mentions = groups.flatMap(\.mentions).enumerated()
        // Reading order, as the stored rows were; namings at one place keep the order of their rows.
        return mentions.sorted {
            ($0.element.span.paragraph, $0.element.span.start, $0.offset)
                < ($1.element.span.paragraph, $1.element.span.start, $1.offset)
        }.map(\.element)
    }

    private func entities(_ conditions: Conditions, orderBy order: String) throws -> [EntityRow] {
        try rows(
            """
            SELECT e.id, e.name, e.kind, sum(m.mentions) AS mentions, count(DISTINCT m.article_id) AS articles,
                   group_concat(DISTINCT m.role) AS roles,
                   (SELECT group_concat(alias, char(31)) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
            FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            WHERE \(conditions.sql)
            GROUP BY e.id ORDER BY \(order)
            """, conditions.values)
    }
}
