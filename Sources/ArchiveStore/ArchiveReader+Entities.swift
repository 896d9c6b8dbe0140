extension ArchiveReader {
    /// Entities across the archive, optionally of one kind, most mentioned first: every one, or the
    /// first `limit`, read in that order from an index (each entity counts its own mentions).
    public func entities(kind: String? = nil, limit: Int? = nil) throws -> [EntityRow] {
        var conditions = Conditions()
        conditions.add("e.kind = :kind", "kind", kind)
        var values = conditions.values
        values["limit"] = limit ?? -1
        return try rows(
            """
            SELECT e.id, e.name, e.kind, e.mentions, e.articles,
                   (SELECT group_concat(role) FROM (SELECT DISTINCT role FROM entity_mentions m
                        WHERE m.entity_id = e.id AND m.role IS NOT NULL)) AS roles,
                   (SELECT group_concat(alias, char(31)) FROM entity_aliases a
                    WHERE a.entity_id = e.id AND a.origin <> 'user-not') AS aliases
            FROM entities e
            WHERE e.mentions > 0 AND \(conditions.sql)
            ORDER BY e.mentions DESC, e.name
            LIMIT :limit
            """, values)
    }

    /// How many entities ``entities(kind:limit:)`` would give without a limit; nil when counting them
    /// takes too long.
    public func entityCount(kind: String? = nil) throws -> Int? {
        var conditions = Conditions()
        conditions.add("e.kind = :kind", "kind", kind)
        return try count("SELECT count(*) FROM entities e WHERE e.mentions > 0 AND \(conditions.sql)", conditions.values)
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
                   (SELECT group_concat(alias, char(31)) FROM entity_aliases a
                    WHERE a.entity_id = e.id AND a.origin <> 'user-not') AS aliases
            FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            WHERE \(conditions.sql)
            GROUP BY e.id ORDER BY \(order)
            """, conditions.values)
    }
}
