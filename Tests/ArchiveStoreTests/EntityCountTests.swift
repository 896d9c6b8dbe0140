import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// entities.mentions and entities.articles, kept by triggers, always agree with entity_mentions: after
/// storing, after deleting an article, and after a user moves mentions from one entity to another.
@Suite struct EntityCountTests {
    func archive() throws -> ArchiveWriter {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("counts-\(UUID().uuidString).sqlite")
            .path
        let writer = try ArchiveWriter(path: path)
        let texts = [
            "Amina Diallo met officials in Geneva. Amina Diallo said Geneva was calm.",
            "In Bern, Amina Diallo spoke to Karl Brandt.",
            "Karl Brandt stayed in Geneva.",
        ]
        try writer.inBatch {
            for (index, text) in texts.enumerated() {
                let article = Article(title: "Report \(index + 1)", paragraphs: [Paragraph(kind: .body, text: text)])
                _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
            }
        }
        return writer
    }

    /// Entities whose counts differ from what entity_mentions holds.
    func disagreements(_ db: Database) throws -> Int {
        let value = try db.scalar(
            """
            SELECT count(*) FROM entities e
            WHERE e.mentions <> (SELECT coalesce(sum(m.mentions), 0) FROM entity_mentions m WHERE m.entity_id = e.id)
               OR e.articles <> (SELECT count(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id)
            """)
        return Int(value?.textValue ?? "") ?? -1
    }

    func counts(_ name: String, _ db: Database) throws -> [DatabaseValue] {
        try db.prepare("SELECT mentions, articles FROM entities WHERE name = ?").rows(name).first?.values ?? []
    }

    /// One article's namings: an entity named in several groups (or by two extracted entities) gains one
    /// article; a batch's first article is taken as it is, the next ones are added to it.
    @Test func oneArticlesNamingsCountItOnceAndABatchSumsThem() {
        var first = EntityCountChanges()
        first.addNamings(2, ofEntity: 7)
        first.addNamings(3, ofEntity: 7)
        first.addNamings(1, ofEntity: 9)
        #expect(first.byEntity[7]! == (5, 1) && first.byEntity[9]! == (1, 1))
        var batch = EntityCountChanges()
        batch.add(first)
        #expect(batch.byEntity.count == 2 && batch.byEntity[7]! == (5, 1))
        var second = EntityCountChanges()
        second.addNamings(4, ofEntity: 7)
        batch.add(second)
        #expect(batch.byEntity[7]! == (9, 2) && batch.byEntity[9]! == (1, 1))
    }

    @Test func countsFollowWhatIsStored() throws {
        let db = try archive().database
        #expect(try disagreements(db) == 0)
        #expect(try counts("Geneva", db) == [.integer(3), .integer(2)])
        #expect(try counts("Amina Diallo", db) == [.integer(3), .integer(2)])
    }

    @Test func countsFollowADeletedArticle() throws {
        let db = try archive().database
        try db.execute("DELETE FROM articles WHERE title = 'Report 1'")
        #expect(try disagreements(db) == 0)
        #expect(try counts("Geneva", db) == [.integer(1), .integer(1)])
    }

    @Test func countsFollowAUsersMerge() throws {
        let db = try archive().database
        try db.execute(
            """
            UPDATE entity_mentions SET entity_id = (SELECT id FROM entities WHERE name = 'Bern')
            WHERE entity_id = (SELECT id FROM entities WHERE name = 'Geneva')
            """)
        #expect(try disagreements(db) == 0)
        #expect(try counts("Geneva", db) == [.integer(0), .integer(0)])
        #expect(try counts("Bern", db) == [.integer(4), .integer(3)])
        // An entity no longer named is no longer listed.
        #expect(try db.scalar("SELECT count(*) FROM places WHERE name = 'Geneva'") == .integer(0))
    }

    @Test func theListingsReadTheirOrderFromAnIndex() throws {
        let db = try archive().database
        for view in ["people", "places", "organizations"] {
            let plan = try db.prepare("EXPLAIN QUERY PLAN SELECT * FROM \(view) LIMIT 50").rows()
                .compactMap { $0.string("detail") }
            #expect(plan.contains { $0.contains("entities_kind_by_mentions") }, "\(view): \(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(view): \(plan)")
        }
    }
}

/// The writer counts the rows it stores and removes itself (its connection runs no trigger while it
/// stores); inserts anyone else makes, and its own connection's after a batch, are counted by the trigger.
@Suite struct WriterEntityCountTests {
    let counts = EntityCountTests()

    @Test func aUsersOwnInsertIsCountedByTheTrigger() throws {
        let db = try counts.archive().database
        try db.execute(
            """
            INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset, mentions)
            SELECT (SELECT id FROM entities WHERE name = 'Bern'), a.id, p.id, 0, 4, 2
            FROM articles a JOIN paragraphs p ON p.article_id = a.id AND p.position = 0 WHERE a.title = 'Report 3'
            """)
        #expect(try counts.counts("Bern", db) == [.integer(3), .integer(2)])
        #expect(try counts.disagreements(db) == 0)
    }

    @Test func countsFollowAReindex() throws {
        let writer = try counts.archive()
        let id = try #require(try writer.database.scalar("SELECT id FROM articles WHERE title = 'Report 1'")?.textValue)
        let stored = try writer.storedArticle(Int(id) ?? 0)
        try writer.inBatch {
            try writer.replaceExtraction(
                articleID: Int(id) ?? 0, paragraphIDs: stored.paragraphIDs,
                with: TestData.extractor.extract(from: stored.article))
        }
        #expect(try counts.disagreements(writer.database) == 0)
        #expect(try counts.counts("Geneva", writer.database) == [.integer(3), .integer(2)])
        try writer.inBatch {
            try writer.replaceExtraction(articleID: Int(id) ?? 0, paragraphIDs: stored.paragraphIDs, with: Extraction())
        }
        #expect(try counts.disagreements(writer.database) == 0)
        #expect(try counts.counts("Geneva", writer.database) == [.integer(1), .integer(1)])
    }

    @Test func anArticleThatFailsTakesOnlyItsOwnCountsWithIt() throws {
        let writer = try counts.archive()
        let good = Article(title: "Report 4", paragraphs: [Paragraph(kind: .body, text: "Karl Brandt left Geneva.")])
        let bad = Article(title: "Report 5", paragraphs: [Paragraph(kind: .body, text: "Karl Brandt saw Bern.")])
        var broken = TestData.extractor.extract(from: bad)
        // A value SQLite stores as NULL: the figure fails after the article's mentions are stored.
        broken.figures.append(
            Figure(
                span: TextSpan(paragraph: 1, start: 0, end: 1), text: "x", value: .nan, kind: .count, unit: nil,
                sentence: "x"))
        try writer.inBatch {
            _ = try writer.store(good, extraction: TestData.extractor.extract(from: good))
            #expect(throws: (any Error).self) { try writer.store(bad, extraction: broken) }
        }
        #expect(try writer.database.scalar("SELECT count(*) FROM articles WHERE title = 'Report 5'") == .integer(0))
        #expect(try counts.disagreements(writer.database) == 0)
        #expect(try counts.counts("Karl Brandt", writer.database) == [.integer(3), .integer(3)])
    }

    @Test func anArticleStoredOutsideABatchIsCounted() throws {
        let writer = try counts.archive()
        let one = Article(title: "Report 6", paragraphs: [Paragraph(kind: .body, text: "Geneva and Geneva again.")])
        _ = try writer.store(one, extraction: TestData.extractor.extract(from: one))
        #expect(try counts.disagreements(writer.database) == 0)
    }
}
