import ArticleModel
import Foundation
internal import SQLite

/// A stored article rebuilt from its rows (paragraph 0 is the headline), to be extracted again.
public struct StoredArticle: Sendable {
    public var id: Int
    public var article: Article
    /// Its paragraphs' ids, in the order of the article's numbered paragraphs (headline first).
    public var paragraphIDs: [Int]
    /// Its stored word count.
    public var wordCount: Int
}

/// Stored articles read from any thread, for `archive reindex`'s extracting threads: a read-only
/// connection of its own behind a lock (the writer changes no article's text while it re-extracts).
///
///     let source = try StoredArticleSource(path: "archive.sqlite")
///     let article = try source.article(1)
public final class StoredArticleSource: @unchecked Sendable {
    private var database: Database?
    private let lock = NSLock()

    /// - Throws: ``ArchiveError`` when there is no archive at `path`.
    public init(path: String) throws {
        database = try ArchiveReader.open(path)
    }

    /// The article `id`.
    ///
    /// - Throws: ``ArchiveError/noSuchArticle(id:)`` when it is not stored.
    public func article(_ id: Int) throws -> StoredArticle {
        try lock.withLock {
            guard let database else { throw ArchiveError.noSuchArticle(id: id) }
            return try Self.article(id, in: database)
        }
    }

    /// Closes the connection now, not when the last thread lets go of the source: the writer's connection,
    /// closed last, then folds the write-ahead log back into the archive and removes it (a read-only
    /// connection closed last cannot), so that the archive is one file again.
    public func close() {
        lock.withLock { database = nil }
    }

    /// The article `id` as `database` holds it.
    static func article(_ id: Int, in database: Database) throws -> StoredArticle {
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
        return StoredArticle(
            id: id, article: article, paragraphIDs: paragraphs.compactMap { $0.int("id") },
            wordCount: row.int("word_count") ?? 0)
    }
}
