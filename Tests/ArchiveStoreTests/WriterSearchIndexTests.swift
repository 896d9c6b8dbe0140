import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The writer indexes the paragraphs it stores itself, a batch at a time (the insert trigger is off while
/// its transaction is open): every stored paragraph is indexed once, a failed article's not at all, and
/// a paragraph anything else stores is indexed by the trigger.
@Suite struct WriterSearchIndexTests {
    func temporaryArchive() -> String { TestData.temporaryArchive("fts") }

    func article(_ title: String, _ body: String) -> Article { TestData.article(title, body) }

    func matches(_ word: String, _ db: Database) throws -> Int {
        Int(try db.scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", word)?.textValue ?? "")
            ?? -1
    }

    /// Paragraphs in the index (one docsize row each) and in the table.
    func indexedAndStored(_ db: Database) throws -> [DatabaseValue?] {
        [
            try db.scalar("SELECT count(*) FROM paragraphs_fts_docsize"),
            try db.scalar("SELECT count(*) FROM paragraphs"),
        ]
    }

    @Test func aBatchIndexesEachStoredParagraphOnceAndNoneOfAFailedArticle() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let first = article("Ferries sank", "Three ferries sank near the islands on Monday.")
        let failed = article("Camels crossed", "Camels crossed the desert.")
        var broken = TestData.extractor.extract(from: failed)
        broken.figures.append(
            Figure(
                span: TextSpan(paragraph: 9, start: 0, end: 3), text: "two", value: 2, kind: .count, unit: "camel",
                sentence: "two"))
        let second = article("Harbour reopened", "The harbour reopened to ferries.")
        try writer.inBatch {
            try writer.store(first, extraction: TestData.extractor.extract(from: first))
            #expect(throws: ArchiveWriterError.self) { try writer.store(failed, extraction: broken) }
            try writer.store(second, extraction: TestData.extractor.extract(from: second))
        }
        let db = writer.database
        #expect(try matches("ferry", db) == 3)
        #expect(try matches("harbour", db) == 2)
        #expect(try matches("camel", db) == 0)
        #expect(try indexedAndStored(db) == [.integer(4), .integer(4)])
        // The writer's connection runs the triggers again once the batch is over.
        try db.execute("INSERT INTO paragraphs (article_id, position, kind, text) VALUES (1, 2, 'body', 'A zebra.')")
        #expect(try matches("zebra", db) == 1)
    }

    @Test func anArticleStoredOutsideABatchAndAUsersParagraphAreIndexed() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let alone = article("Ferries sank", "Three ferries sank near the islands.")
        try writer.store(alone, extraction: TestData.extractor.extract(from: alone))
        let db = writer.database
        try db.execute(
            "INSERT INTO paragraphs (article_id, position, kind, text) VALUES (1, 2, 'body', 'A zebra crossed.')")
        #expect(try matches("ferry", db) == 2)
        #expect(try matches("zebra", db) == 1)
        #expect(try indexedAndStored(db) == [.integer(3), .integer(3)])
    }

    @Test func aLaterBatchIndexesOnlyItsOwnParagraphs() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        for (title, body) in [("Ferries sank", "Ferries sank."), ("Ferries sailed", "Ferries sailed again.")] {
            let next = article(title, body)
            try writer.inBatch { try writer.store(next, extraction: TestData.extractor.extract(from: next)) }
        }
        #expect(try matches("ferry", writer.database) == 4)
        #expect(try indexedAndStored(writer.database) == [.integer(4), .integer(4)])
    }

    /// A batch's savepoint copies the pages it changes into a sub-journal, kept in memory rather than
    /// written to a temporary file.
    @Test func theWritersTemporaryJournalsStayInMemory() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        #expect(try writer.database.scalar("PRAGMA temp_store") == .integer(2))
    }

    /// A batch holding a large article writes its sub-journals to a file (memory bounded on any article),
    /// stores what it holds, and the next batch keeps them in memory again.
    @Test func aBatchHoldingALargeArticleJournalsToAFile() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let large = article("Ferries sank", "Ferries sank.")
        var during: DatabaseValue?
        try writer.inBatch(holdingLargeArticles: true) {
            during = try writer.database.scalar("PRAGMA temp_store")
            try writer.store(large, extraction: TestData.extractor.extract(from: large))
        }
        #expect(during == .integer(0))
        #expect(try matches("ferry", writer.database) == 2)
        let next = article("Ferries sailed", "Ferries sailed again.")
        try writer.inBatch {
            during = try writer.database.scalar("PRAGMA temp_store")
            try writer.store(next, extraction: TestData.extractor.extract(from: next))
        }
        #expect(during == .integer(2))
        #expect(try matches("ferry", writer.database) == 4)
    }

    /// Re-extraction reads the stored word counts, to tell which batch holds a large article.
    @Test func articlesToReindexComeWithTheirStoredWordCounts() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        var ids: [Int] = []
        for (title, words) in [("Ferries sank", 12), ("Ferries sailed", ArchiveWriter.largeArticleWords)] {
            let next = article(title, "\(title).")
            try writer.inBatch {
                if case .stored(let id) = try writer.store(
                    next, extraction: TestData.extractor.extract(from: next), wordCount: words)
                {
                    ids.append(id)
                }
            }
        }
        #expect(ids.count == 2)
        let toReindex = try writer.articlesToReindexWithWordCounts(all: true)
        #expect(toReindex.map(\.id) == ids)
        #expect(toReindex.map(\.words) == [12, ArchiveWriter.largeArticleWords])
        #expect(try writer.articlesToReindexWithWordCounts().isEmpty)
    }

    @Test func versionSixteenUpgradesKeepingItsIndexAndIndexesWhatComesAfter() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try db.execute(
                try String(
                    contentsOf: SchemaUpgradeTests.fixtures.appendingPathComponent("schema-v1.sql"), encoding: .utf8))
            for version in 2...16 { try db.execute(ArchiveSchema.migrations[version] ?? "") }
            try db.execute(
                """
                PRAGMA user_version = 16;
                INSERT INTO articles (id, title, content_sha256, extractor_version) VALUES (1, 'Old', 'a', 6);
                INSERT INTO paragraphs (article_id, position, kind, text) VALUES (1, 0, 'headline', 'Ferries sank.');
                """)
        }
        let writer = try ArchiveWriter(path: old)
        let db = writer.database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'writer_batch'") == .integer(0))
        let next = article("Ferries sailed", "Ferries sailed again.")
        try writer.inBatch { try writer.store(next, extraction: TestData.extractor.extract(from: next)) }
        // (Read again after a batch, the writer's connection is as any other: its triggers index this row.)
        let after = writer.database
        try after.execute(
            "INSERT INTO paragraphs (article_id, position, kind, text) VALUES (1, 1, 'body', 'More ferries.')")
        #expect(try matches("ferry", after) == 4)
        #expect(try indexedAndStored(after) == [.integer(4), .integer(4)])
    }
}
