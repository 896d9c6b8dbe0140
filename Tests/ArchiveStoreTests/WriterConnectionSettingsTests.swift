import ArticleModel
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The writer's connection keeps its storing settings (no foreign key or CHECK constraint checked, no trigger)
/// from one batch to the next, so that its statements are compiled once, and has the ordinary ones whenever
/// anything else uses it.
@Suite struct WriterConnectionSettingsTests {
    func writer() throws -> ArchiveWriter {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString).sqlite")
        return try ArchiveWriter(path: path.path)
    }

    func store(_ title: String, _ text: String, in writer: ArchiveWriter) throws {
        let article = Article(title: title, paragraphs: [Paragraph(kind: .body, text: text)], published: "2021-03-02")
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
    }

    @Test func batchesAfterTheFirstCompileNoStatementAgain() throws {
        let writer = try writer()
        try store("Report 1", "Rockets hit a depot in Geneva on Monday, killing 4 people, Mira Holt said.", in: writer)
        let findByName = try writer.connection.cachedStatement("SELECT id FROM entities WHERE name = ? AND kind = ?")
        let compiled = findByName.timesCompiledAgain
        try store("Report 2", "Shells hit a depot in Bern on Tuesday, killing 3 people, Olek Brun said.", in: writer)
        try store("Report 3", "Drones hit a depot in Geneva on Friday, wounding 6 people, Mira Holt said.", in: writer)
        #expect(findByName.timesCompiledAgain == compiled)
    }

    @Test func betweenBatchesTheConnectionIsAsAnyOther() throws {
        let writer = try writer()
        try store("Report 1", "Rockets hit a depot in Geneva on Monday, killing 4 people, Mira Holt said.", in: writer)
        let db = writer.database
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try db.scalar("PRAGMA ignore_check_constraints") == .integer(0))
        // A trigger runs (entity_mentions_count), and a foreign key is checked.
        try db.execute(
            """
            INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset, mentions)
            SELECT e.id, p.article_id, p.id, 0, 4, 5 FROM entities e, paragraphs p
            WHERE e.name = 'Geneva' AND p.position = 1
            """)
        #expect(try db.scalar("SELECT mentions FROM entities WHERE name = 'Geneva'") == .integer(6))
        #expect(throws: DatabaseError.self) {
            try db.execute(
                """
                INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset)
                VALUES (999, 1, 1, 0, 1)
                """)
        }
        // The next batch stores as before, and leaves the connection as any other when read again.
        try store("Report 2", "Drones hit a depot in Geneva on Friday, wounding 6 people, Mira Holt said.", in: writer)
        #expect(try writer.database.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try writer.database.scalar("SELECT mentions FROM entities WHERE name = 'Geneva'") == .integer(7))
    }
}
