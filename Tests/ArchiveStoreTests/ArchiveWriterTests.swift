import ArticleModel
import ArticleReaders
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// Storing real text: the bundled sample article, read and extracted as `archive ingest` does.
@Suite struct ArchiveWriterTests {
    static let samplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/al-jazeera-2020-01-08-khamenei-missile-strike.txt").path

    func sample() throws -> Article { try ArticleFileReader().read(path: Self.samplePath)[0] }

    func temporaryArchive() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).sqlite").path
    }

    func count(_ table: String, _ db: Database) throws -> Int {
        Int(try db.scalar("SELECT count(*) FROM \(table)")?.textValue ?? "") ?? -1
    }

    @Test func storesAnArticleWithEverythingExtracted() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let article = try sample()
        let extraction = TestData.extractor.extract(from: article)
        var outcome: ArchiveWriter.Outcome?
        try writer.inBatch { outcome = try writer.store(article, extraction: extraction) }
        #expect(outcome == .stored(id: 1))
        let db = writer.database
        #expect(try count("paragraphs", db) == article.paragraphs.count + 1)
        #expect(try count("figures", db) == extraction.figures.count)
        #expect(try count("quotes", db) == extraction.quotes.count)
        // One row per entity, paragraph and role (schema version 8), counting every mention.
        #expect(
            try db.scalar("SELECT sum(mentions) FROM entity_mentions")
                == .integer(Int64(extraction.entities.reduce(0) { $0 + $1.mentions.count })))
        let groups = extraction.entities.reduce(0) { total, entity in
            total + Set(entity.mentions.map { "\($0.span.paragraph) \($0.role ?? "")" }).count
        }
        #expect(try count("entity_mentions", db) == groups)
        // The source line became metadata, not a paragraph.
        #expect(try db.scalar("SELECT source FROM articles") == .text("Al Jazeera"))
        #expect(try db.scalar("SELECT count(*) FROM paragraphs WHERE text LIKE 'Source:%'") == .integer(0))
        // Stored spans point at the words they claim.
        for row in try db.rows(
            """
            SELECT f.text, substr(p.text, f.start_offset + 1, f.end_offset - f.start_offset) AS span
            FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id
            """)
        {
            #expect(row.string("text") == row.string("span"))
        }
        // The full-text index follows the paragraphs.
        #expect(
            try db.scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'stampede'") == .integer(2))
    }

    /// A batch stores with the CHECK constraints off (`ignore_check_constraints`): what it stores still
    /// meets every one of them, since each list a CHECK holds a column to is the raw values of the enum the
    /// writer takes the column from; the connection checks again after the batch.
    @Test func whatABatchStoresWithChecksOffMeetsThem() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let article = try sample()
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        let db = writer.database
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try db.scalar("PRAGMA ignore_check_constraints") == .integer(0))
        let schema = try db.rows("SELECT sql FROM sqlite_master WHERE type = 'table'").compactMap { $0.string("sql") }
        let lists: [(column: String, values: [String])] = [
            ("kind", Paragraph.Kind.allCases.map(\.rawValue)),
            ("published_from", PublicationDateOrigin.allCases.map(\.rawValue)),
            ("grain", DateMention.Grain.allCases.map(\.rawValue)),
            ("approx", [NumberApproximation.exact, .about, .over, .under, .range].map(\.rawValue)),
        ]
        for (column, values) in lists {
            let check = "CHECK (\(column) IN (" + values.map { "'\($0)'" }.joined(separator: ", ") + "))"
            #expect(schema.contains { $0.contains(check) }, "\(check)")
        }
        #expect(throws: DatabaseError.self) {
            try db.execute("UPDATE paragraphs SET kind = 'footnote' WHERE id = 1")
        }
    }

    @Test func theSameTextTwiceIsStoredOnce() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let article = try sample()
        let extraction = TestData.extractor.extract(from: article)
        try writer.inBatch { _ = try writer.store(article, extraction: extraction) }
        var respaced = article
        respaced.paragraphs[0].text = "  " + respaced.paragraphs[0].text.replacingOccurrences(of: " ", with: "  ")
        var second: ArchiveWriter.Outcome?
        try writer.inBatch { second = try writer.store(respaced, extraction: extraction) }
        #expect(second == .duplicate(id: 1))
        #expect(try count("articles", writer.database) == 1)
        #expect(try count("figures", writer.database) == extraction.figures.count)
    }

    @Test func aFailingArticleLeavesNothingAndSparesTheBatch() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let good = try sample()
        var bad = good
        bad.title = "Another article"
        var broken = TestData.extractor.extract(from: bad)
        broken.figures.append(
            Figure(
                span: TextSpan(paragraph: 99, start: 0, end: 3), text: "two", value: 2,
                kind: .count, unit: "site", sentence: "two"))
        try writer.inBatch {
            #expect(throws: ArchiveWriterError.self) { try writer.store(bad, extraction: broken) }
            _ = try writer.store(good, extraction: TestData.extractor.extract(from: good))
        }
        let db = writer.database
        #expect(try count("articles", db) == 1)
        #expect(try db.scalar("SELECT title FROM articles") == .text(good.title))
        #expect(
            try db.scalar("SELECT count(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)")
                == .integer(0))
        #expect(try db.scalar("PRAGMA foreign_key_check") == nil)
    }

    @Test func entitiesAreSharedAcrossArticlesAndUserAliasesResolve() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let one = Article(
            title: "Talks resume",
            paragraphs: [Paragraph(kind: .body, text: "Mohammad Javad Zarif met officials in Geneva on Monday.")])
        let two = Article(
            title: "Zarif speaks",
            paragraphs: [Paragraph(kind: .body, text: "Later, Mohammad Javad Zarif said the talks had ended.")])
        let extractor = TestData.extractor
        try writer.inBatch {
            _ = try writer.store(one, extraction: extractor.extract(from: one))
            _ = try writer.store(two, extraction: extractor.extract(from: two))
        }
        let db = writer.database
        #expect(try db.scalar("SELECT count(*) FROM entities WHERE name = 'Mohammad Javad Zarif'") == .integer(1))
        #expect(try db.scalar("SELECT articles FROM people WHERE name = 'Mohammad Javad Zarif'") == .integer(2))
    }

    /// Text taken from web pages often prints a sentence twice: each copy's figure is stored with the copy
    /// it stands in, not both with the first (which made them look like one figure stored twice).
    @Test func aSentencePrintedTwiceGivesEachFigureItsOwnCopy() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let sentence = "Nine farmers were killed on Monday as shells hit the market."
        let article = Article(
            title: "Shelling", paragraphs: [Paragraph(kind: .body, text: "\(sentence) \(sentence)")],
            published: "2019-03-15")
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        let rows = try writer.database.rows(
            "SELECT start_offset, sentence_start, sentence_end FROM figures WHERE value = 9 ORDER BY start_offset")
        let length = sentence.count
        #expect(
            rows.map {
                "\($0.int("start_offset") ?? -1) \($0.int("sentence_start") ?? -1)-\($0.int("sentence_end") ?? -1)"
            }
                == ["0 0-\(length)", "\(length + 1) \(length + 1)-\(2 * length + 1)"])
    }

    @Test func strikesViewAnswersTheSeedWithoutDoubleCounting() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let article = try sample()
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        let rows = try writer.database.rows("SELECT site, weapon, event, lowest, highest, sources FROM strikes")
        let lines = rows.map { row in
            ["site", "weapon", "event", "lowest", "highest", "sources"].map { row[$0].textValue ?? "" }
                .joined(separator: ",")
        }
        #expect(
            lines == [
                "Ain al-Assad,missile,launched,17,17,Iraqi military 17",
                "Ain al-Assad,missile,failed,2,2,Iraqi military 2",
                "Erbil,missile,launched,5,5,Iraqi military 5",
                "(no site),missile,launched,22,22,Iraqi military 22",
            ])
        // The sites are the article's entities.
        #expect(
            try writer.database.scalar(
                "SELECT count(*) FROM figures f JOIN entities e ON e.id = f.site_entity_id WHERE e.name = 'Ain al-Assad'"
            )
                == .integer(2))
    }

    /// `article` with one more paragraph at its end, so that it is an article of its own and the
    /// original's extraction still fits it.
    func copy(_ n: Int, of article: Article) -> Article {
        var copy = article
        copy.paragraphs.append(Paragraph(kind: .body, text: "Copy \(n) of the report."))
        return copy
    }

    @Test func aFullDiskEndsTheBatchAndKeepsEveryCommittedOne() throws {
        let path = temporaryArchive()
        let article = try sample()
        let extraction = TestData.extractor.extract(from: article)
        var committed = 0
        var stop: Error?
        do {
            let writer = try ArchiveWriter(path: path)
            let pages = Int(try writer.database.scalar("PRAGMA page_count")?.textValue ?? "") ?? 0
            try writer.database.execute("PRAGMA max_page_count = \(pages + 60)")
            for batch in 0..<100 where stop == nil {
                do {
                    try writer.inBatch {
                        for n in 0..<3 { try writer.store(copy(batch * 3 + n, of: article), extraction: extraction) }
                    }
                    committed += 3
                } catch {
                    stop = error
                }
            }
        }
        #expect(stop as? ArchiveError == .diskFull(path: path))
        #expect((stop as? ArchiveError)?.stopsWriting == true)
        #expect(committed > 0)
        // Exactly the committed batches are there, whole, and the file is sound.
        let db = try Database(path: path, mode: .readOnly)
        #expect(try count("articles", db) == committed)
        #expect(try count("paragraphs", db) == committed * (article.paragraphs.count + 2))
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        // With room again, the run goes on where it stopped.
        let writer = try ArchiveWriter(path: path)
        try writer.inBatch { try writer.store(copy(committed, of: article), extraction: extraction) }
        #expect(try count("articles", writer.database) == committed + 1)
    }

    /// Holds the write lock of the archive at `path` from another connection for `seconds`, on another
    /// thread, running `sql` in its transaction; returns once the lock is taken.
    func holdWriteLock(of path: String, for seconds: Double, doing sql: String = "") -> DispatchSemaphore {
        let taken = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let other = try? Database(path: path)
            try? other?.execute("BEGIN IMMEDIATE; " + sql)
            taken.signal()
            usleep(UInt32(seconds * 1_000_000))
            try? other?.execute("COMMIT")
            released.signal()
        }
        taken.wait()
        return released
    }

    @Test func aSecondWriterWaitsForTheFirstPastTheOldFiveSeconds() throws {
        let path = temporaryArchive()
        let article = try sample()
        let extraction = TestData.extractor.extract(from: article)
        _ = try ArchiveWriter(path: path)
        let notices = Counter()
        let writer = try ArchiveWriter(path: path, onWait: { notices.add() })
        let released = holdWriteLock(of: path, for: 5.5)
        try writer.inBatch { try writer.store(article, extraction: extraction) }
        released.wait()
        #expect(notices.value == 1)
        #expect(try count("articles", writer.database) == 1)
    }

    @Test func aWriterStopsAfterItsTimeout() throws {
        let path = temporaryArchive()
        let article = try sample()
        _ = try ArchiveWriter(path: path)
        let writer = try ArchiveWriter(path: path, timeout: 0.3)
        let released = holdWriteLock(of: path, for: 1.5)
        let error = #expect(throws: ArchiveError.busy(path: path, seconds: 0.3)) {
            try writer.inBatch { try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        }
        #expect(error?.stopsWriting == true)
        released.wait()
        #expect(try count("articles", writer.database) == 0)
    }

    @Test func aWriterOpeningWhileAnotherCreatesTheArchiveWaitsAndUsesIt() throws {
        let path = temporaryArchive()
        FileManager.default.createFile(atPath: path, contents: nil)  // an empty file: created in place
        let released = holdWriteLock(of: path, for: 0.5, doing: ArchiveSchema.sql)
        let writer = try ArchiveWriter(path: path)
        released.wait()
        let article = try sample()
        try writer.inBatch { try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        #expect(try count("articles", writer.database) == 1)
    }

    /// Another program's database whose user_version happens to be one of ours.
    @Test(arguments: [1, 2, ArchiveSchema.version])
    func aForeignDatabaseWithOurVersionNumberIsLeftUntouched(version: Int) throws {
        let path = temporaryArchive()
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
            try db.execute("PRAGMA user_version = \(version)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let refusal = ArchiveError.notAnArchive(path: path, reason: "an SQLite database, but not an archive")
        #expect(throws: refusal) { _ = try ArchiveWriter(path: path) }
        #expect(throws: refusal) { _ = try ArchiveReader(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func theLookupSeesCommittedArticlesFromAnyThread() throws {
        let path = temporaryArchive()
        let writer = try ArchiveWriter(path: path)
        let article = try sample()
        let lookup = try ArchivedArticleLookup(path: path)
        try writer.inBatch {
            try writer.store(article, extraction: TestData.extractor.extract(from: article))
            #expect(lookup.id(of: article) == nil)  // not committed yet
        }
        let found = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { n in
            if lookup.id(of: n % 2 == 0 ? article : copy(n, of: article)) == 1 { found.add() }
        }
        #expect(found.value == 4)
    }

    @Test func whatAKilledCreatorLeftIsRemoved() throws {
        let path = temporaryArchive()
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        // A process id no process has (above the kernel's limit), and this test's own, still running.
        let abandoned = ["\(name).creating-99999999-1", "\(name).creating-99999999-1-journal"]
        let live = "\(name).creating-\(getpid())-2"
        for leftover in abandoned + [live] {
            FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent(leftover), contents: nil)
        }
        _ = try ArchiveWriter(path: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(name + ".") }
        #expect(names == [live])
        unlink((folder as NSString).appendingPathComponent(live))
    }
}

/// A count shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
