import ArticleModel
import Extraction
internal import SQLite

extension ArchiveWriter {
    /// Articles whose extraction is older than `version` (all of them with `all`), oldest first.
    public func articlesToReindex(olderThan version: Int = ArticleExtractor.version, all: Bool = false) throws -> [Int]
    {
        try database.rows("SELECT id FROM articles WHERE ? OR extractor_version < ? ORDER BY id", all, version)
            .compactMap { $0.int("id") }
    }

    /// Whether one of the stored articles `ids` has ``largeArticleWords`` words or more, so that a batch
    /// re-extracting them should write its sub-journals to a file (``inBatch(holdingLargeArticles:_:)``).
    public func holdsLargeArticle(_ ids: some Collection<Int>) throws -> Bool {
        guard !ids.isEmpty else { return false }
        let list = ids.map(String.init).joined(separator: ",")
        return try database.scalar(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE id IN (\(list)) AND word_count >= ?)", Self.largeArticleWords)
            == .integer(1)
    }

    /// A stored article rebuilt from its rows (paragraph 0 is the headline), with its paragraph ids.
    public func storedArticle(_ id: Int) throws -> (article: Article, paragraphIDs: [Int]) {
        guard let row = try database.rows("SELECT * FROM articles WHERE id = ?", id).first else {
            throw ArchiveError.noSuchArticle(id: id)
        }
        let paragraphs = try database.rows(
            "SELECT id, kind, text FROM paragraphs WHERE article_id = ? ORDER BY position", id)
        let body = paragraphs.dropFirst().map {
            Paragraph(
                kind: Paragraph.Kind(rawValue: $0.string("kind") ?? "body") ?? .body, text: $0.string("text") ?? "")
        }
        let article = Article(
            title: paragraphs.first?.string("text") ?? row.string("title") ?? "", paragraphs: Array(body),
            source: row.string("source"), url: row.string("url"), published: row.string("published"),
            byline: row.string("byline"), language: row.string("language"), originPath: row.string("origin_path"),
            publishedFrom: row.string("published_from").flatMap(PublicationDateOrigin.init(rawValue:)),
            publishedAsWritten: row.string("published_as_written")
        )
        return (article, paragraphs.compactMap { $0.int("id") })
    }

    /// Removes entities nothing mentions any more, unless a user gave them an alias.
    public func removeUnmentionedEntities() throws {
        try database.execute(
            """
            DELETE FROM entities
            WHERE id NOT IN (SELECT entity_id FROM entity_mentions)
              AND id NOT IN (SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL)
              AND id NOT IN (SELECT entity_id FROM entity_aliases WHERE origin = 'user')
            """)
    }
}
