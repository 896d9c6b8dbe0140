import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The full-text index stems English and declares its content table the way other tools read it.
@Suite struct SearchIndexTests {
    func archive() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute(ArchiveSchema.sql)
        try db.execute("""
            INSERT INTO articles (id, title, content_sha256, extractor_version) VALUES (1, 'Ferries', 'x', 1);
            INSERT INTO paragraphs (article_id, position, kind, text) VALUES
                (1, 0, 'headline', 'Ferries'), (1, 1, 'body', 'Three ferries sank near the islands.'),
                (1, 2, 'body', 'The café reopened.');
            """)
        return db
    }

    @Test(arguments: [("ferry", 1), ("ferrying", 1), ("island", 1), ("cafe", 1), ("harbour", 0)])
    func stemmedWordsAndWordsWithoutDiacriticsMatch(query: String, paragraphs: Int) throws {
        let db = try archive()
        let found = try db.rows(
            "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid != 1", query)
        #expect(found.count == paragraphs, "\(query)")
    }

    @Test func theIndexNamesItsContentTableAsSQLiteUtilsAndDatasetteExpect() throws {
        let db = try archive()
        let sql = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'paragraphs_fts'").first?.string("sql"))
        #expect(sql.contains(#"content="paragraphs""#))
        #expect(sql.contains("porter"))
    }
}
