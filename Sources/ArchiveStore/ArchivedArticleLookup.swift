import ArticleModel
import Foundation
internal import SQLite

/// Which articles an archive holds already, asked from any thread: a read-only connection of its own
/// behind a lock. The threads that read and extract inputs ask it first, so that an ingest run again
/// after a kill skips what is stored without extracting it again.
///
///     let archived = try ArchivedArticleLookup(path: "archive.sqlite")
///     if let id = archived.id(of: article) { print("already archived as #\(id)") }
public final class ArchivedArticleLookup: @unchecked Sendable {
    private let database: Database
    private let lock = NSLock()

    /// - Throws: ``ArchiveError`` when there is no archive at `path`.
    public init(path: String) throws {
        database = try ArchiveReader.open(path)
    }

    /// The id of a committed article with the same normalised text, or nil (also when the lookup fails:
    /// the writer checks again before storing).
    public func id(of article: Article) -> Int? {
        id(ofContentHash: article.contentSHA256)
    }

    /// The id of a committed article whose normalised text has this hex SHA-256 (``Article/contentSHA256``).
    public func id(ofContentHash hash: String) -> Int? {
        lock.withLock {
            (try? database.scalar("SELECT id FROM articles WHERE content_sha256 = ?", hash))??.textValue.flatMap {
                Int($0)
            }
        }
    }
}
