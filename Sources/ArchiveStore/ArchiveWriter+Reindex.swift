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
        try connection.rows(
            "SELECT id, word_count FROM articles WHERE ? OR extractor_version < ? ORDER BY id", all, version
        ).compactMap { row in row.int("id").map { ($0, row.int("word_count") ?? 0) } }
    }

    /// How many articles the archive holds.
    public func storedArticleCount() throws -> Int {
        Int(try connection.scalar("SELECT count(*) FROM articles")?.textValue ?? "") ?? 0
    }

    /// A stored article rebuilt from its rows (paragraph 0 is the headline), with its paragraph ids.
    public func storedArticle(_ id: Int) throws -> (article: Article, paragraphIDs: [Int]) {
        let stored = try StoredArticleSource.article(id, in: connection)
        return (stored.article, stored.paragraphIDs)
    }

    /// Removes every article's extraction, every loose key and every entity no user's alias row names
    /// (with its aliases), so that articles extracted again in id order find, as a fresh ingest's would,
    /// only the entities of the articles before them (an acronym an article names alone is not found as
    /// the full name a later article gave it). An entity a user's alias ('user', 'user-not') names stays
    /// with every alias it has, as the user left it (its counts at nought; its keys made again).
    /// In one transaction (or inside ``asOneTransaction(_:)``'s), which marks every article extracted by no
    /// version (0): outside a run's transaction, a reindex killed later resumes with the articles not yet
    /// extracted again, and still ends as a fresh ingest.
    public func forgetExtractions() throws {
        // The batches' settings: no foreign key checked (the statements remove what points at what they
        // remove), no trigger run (nothing to count or key again row by row: all of it goes).
        try use(.storing)
        try inTransactionOfItsOwn {
            for statement in [
                "UPDATE articles SET extractor_version = 0",
                "DELETE FROM entity_mentions", "DELETE FROM figures", "DELETE FROM quotes",
                "DELETE FROM date_mentions", "DELETE FROM entity_keys",
                """
                DELETE FROM entities
                WHERE id NOT IN (SELECT entity_id FROM entity_aliases WHERE origin IN ('user', 'user-not'))
                """,
                "DELETE FROM entity_aliases WHERE entity_id NOT IN (SELECT id FROM entities)",
                "DELETE FROM place_locations WHERE entity_id NOT IN (SELECT id FROM entities)",
                "UPDATE entities SET mentions = 0, articles = 0",
            ] { try connection.execute(statement) }
        }
        forgetWhatMayHaveChanged()
    }

    /// Removes entities nothing mentions any more, unless a user gave them an alias.
    public func removeUnmentionedEntities() throws {
        try ordinaryConnection().execute(
            """
            DELETE FROM entities
            WHERE id NOT IN (SELECT entity_id FROM entity_mentions)
              AND id NOT IN (SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL)
              AND id NOT IN (SELECT entity_id FROM entity_aliases WHERE origin = 'user')
            """)
    }
}
