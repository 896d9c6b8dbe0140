import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// An article is stored whole or not at all inside a batch that holds no savepoint per article: one that
/// fails after writing some of its rows takes the batch back, and the articles before it are stored again.
@Suite struct WholeArticleTests {
    func temporaryArchive() -> String { TestData.temporaryArchive("whole") }

    func article(_ title: String, _ text: String) -> Article { TestData.article(title, text) }

    /// A writer on a new archive where a trigger refuses any quote holding 'refused words': a TEMP one of
    /// the writer's own connection, the only kind that connection runs while it stores.
    func writerRefusingQuotes() throws -> ArchiveWriter {
        let writer = try ArchiveWriter(path: temporaryArchive())
        try writer.database.execute(
            """
            CREATE TEMP TRIGGER refuse_quote AFTER INSERT ON main.quotes WHEN NEW.text LIKE '%refused words%'
            BEGIN SELECT RAISE(ABORT, 'refused'); END
            """)
        return writer
    }

    func count(_ sql: String, _ db: Database) throws -> Int {
        Int(try db.scalar(sql)?.textValue ?? "") ?? -1
    }

    /// A user's trigger refuses one quote: its article fails after its article row, paragraphs, entities,
    /// mentions and figures were written.
    @Test func anArticleFailingHalfWrittenLeavesNothingAndTheOthersKeepTheirIds() throws {
        let writer = try writerRefusingQuotes()
        let db = writer.database
        let first = article("Storm hits Marlow", "Amina Diallo said 12 people were killed in Marlow on Monday.")
        let second = article(
            "Storm hits Bern", "Karl Brandt said 3 people died in Bern. \"These are refused words,\" Karl Brandt said.")
        let third = article("Storm hits Geneva", "Amina Diallo said 40 homes were damaged in Geneva.")
        var outcomes: [ArchiveWriter.Outcome] = []
        var failures = 0
        try writer.inBatch {
            for next in [first, second, third] {
                do {
                    outcomes.append(try writer.store(next, extraction: TestData.extractor.extract(from: next)))
                } catch {
                    failures += 1
                }
            }
        }
        #expect(failures == 1)
        #expect(outcomes == [.stored(id: 1), .stored(id: 2)])
        #expect(try db.rows("SELECT id, title FROM articles ORDER BY id").map { $0.string("title") } == [
            first.title, third.title,
        ])
        #expect(try count("SELECT count(*) FROM articles WHERE id = 2 AND title = '\(third.title)'", db) == 1)
        for table in ["paragraphs", "entity_mentions", "figures", "quotes", "date_mentions"] {
            #expect(try count("SELECT count(*) FROM \(table) WHERE article_id NOT IN (1, 2)", db) == 0)
        }
        // Karl Brandt and Bern were named only by the failed article.
        #expect(try count("SELECT count(*) FROM entities WHERE name IN ('Karl Brandt', 'Bern')", db) == 0)
        #expect(try count("SELECT articles FROM entities WHERE name = 'Amina Diallo'", db) == 2)
        #expect(
            try count(
                """
                SELECT count(*) FROM entities e
                WHERE e.mentions <> (SELECT coalesce(sum(m.mentions), 0) FROM entity_mentions m WHERE m.entity_id = e.id)
                   OR e.articles <> (SELECT count(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id)
                """, db) == 0)
        #expect(try count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'storm'", db) == 2)
        #expect(try count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'bern'", db) == 0)
        #expect(try db.scalar("PRAGMA foreign_key_check") == nil)
        // The batch went on as one: the next stores after what it kept.
        let fourth = article("Storm hits Bern", "Karl Brandt said 3 people died in Bern.")
        try writer.inBatch {
            outcomes.append(try writer.store(fourth, extraction: TestData.extractor.extract(from: fourth)))
        }
        #expect(outcomes.last == .stored(id: 3))
        #expect(try count("SELECT articles FROM entities WHERE name = 'Karl Brandt'", db) == 1)
    }

    /// A failure past the batch's first savepoints takes back only the articles stored since the latest.
    @Test func aFailureLateInABigBatchKeepsEveryArticleBeforeIt() throws {
        let writer = try writerRefusingQuotes()
        let db = writer.database
        let count = ArchiveWriter.articlesPerSavepoint * 2 + 3
        var stored: [ArchiveWriter.Outcome] = []
        var failures = 0
        try writer.inBatch {
            for number in 1...count {
                let text =
                    number == count - 1
                    ? "Karl Brandt said 3 people died in Bern. \"These are refused words,\" Karl Brandt said."
                    : "Amina Diallo said \(number) homes were damaged in Geneva."
                let next = article("Report \(number)", text)
                do { stored.append(try writer.store(next, extraction: TestData.extractor.extract(from: next))) } catch {
                    failures += 1
                }
            }
        }
        #expect(failures == 1)
        #expect(stored == (1..<count).map { ArchiveWriter.Outcome.stored(id: $0) })
        #expect(try self.count("SELECT count(*) FROM articles", db) == count - 1)
        #expect(try self.count("SELECT max(id) FROM articles", db) == count - 1)
        #expect(try self.count("SELECT articles FROM entities WHERE name = 'Amina Diallo'", db) == count - 1)
        #expect(try self.count("SELECT count(*) FROM entities WHERE name = 'Karl Brandt'", db) == 0)
        #expect(try self.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'report'", db) == count - 1)
    }

    /// A span outside the article is found before anything is written: nothing is taken back.
    @Test func anExtractionThatDoesNotFitIsRefusedBeforeWriting() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let good = article("Storm hits Marlow", "Amina Diallo said 12 people were killed in Marlow.")
        var broken = TestData.extractor.extract(from: good)
        broken.dates.append(
            DateMention(span: TextSpan(paragraph: 5, start: 0, end: 3), text: "now", value: nil, grain: .day))
        var changesBefore = 0
        try writer.inBatch {
            _ = try writer.store(good, extraction: TestData.extractor.extract(from: good))
            changesBefore = writer.database.totalChanges
            var other = good
            other.title = "Another"
            #expect(throws: ArchiveWriterError.self) { try writer.store(other, extraction: broken) }
            #expect(writer.database.totalChanges == changesBefore)
        }
        #expect(try count("SELECT count(*) FROM articles", writer.database) == 1)
    }
}
