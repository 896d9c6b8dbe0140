import ArticleModel
import Extraction
internal import SQLite

extension ArchiveWriter {
    /// Articles whose extraction is older than `version` (all of them with `all`), oldest first.
    public func articlesToReindex(olderThan version: Int = ArticleExtractor.version, all: Bool = false) throws -> [Int]
    {
        try articlesToReindexWithWordCounts(olderThan: version, all: all).map(\.id)
    }

    /// ``articlesToReindex(olderThan:all:)`` with each article's stored word count.
    public func articlesToReindexWithWordCounts(olderThan version: Int = ArticleExtractor.version, all: Bool = false)
        throws -> [(id: Int, words: Int)]
    {
        try database.rows(
            "SELECT id, word_count FROM articles WHERE ? OR extractor_version < ? ORDER BY id", all, version
        ).compactMap { row in row.int("id").map { ($0, row.int("word_count") ?? 0) } }
    }

    /// A stored article rebuilt from its rows (paragraph 0 is the headline), with its paragraph ids.
    public func storedArticle(_ id: Int) throws -> (article: Article, paragraphIDs: [Int]) {
        let stored = try StoredArticleSource.article(id, in: database)
        return (stored.article, stored.paragraphIDs)
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
