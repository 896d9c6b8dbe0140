extension ArchiveReader {
    /// The numbers of every stored article, in order.
    public func articleIDs() throws -> [Int] {
        try database.rows("SELECT id FROM articles ORDER BY id").compactMap { $0.int("id") }
    }

    /// One article with its paragraphs and everything extracted from it.
    ///
    /// - Throws: ``ArchiveError/noSuchArticle(id:)`` when there is no article `id`.
    public func article(_ id: Int) throws -> ArticleDetail {
        guard let summary: ArticleSummary = try rows("SELECT * FROM articles WHERE id = :id", ["id": id]).first else {
            throw ArchiveError.noSuchArticle(id: id)
        }
        let onlyThis = Conditions("s.article_id = :article", "article", id)
        return ArticleDetail(
            summary: summary,
            paragraphs: try rows(
                "SELECT position, kind, text FROM paragraphs WHERE article_id = :id ORDER BY position",
                ["id": id]),
            entities: try entities(article: id), mentions: try mentions(article: id),
            figures: try figures(article: id), quotes: try quotes(article: id),
            dates: try spans(in: "date_mentions", onlyThis)
        )
    }
}
