import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The writer lets its WAL grow to ``ArchiveWriter/checkpointPages`` before a commit copies the pages into the
/// archive's file, so that a batch changing more pages than SQLite's default (1,000) does not run a checkpoint
/// at every commit.
@Suite struct WriterCheckpointTests {
    /// An article of about `kilobytes` KB of text, its sentences numbered from `first` so that no two are alike.
    func article(_ number: Int, kilobytes: Int) -> Article {
        let sentences = (0..<(kilobytes * 1_000 / 50)).map { "Barge \(number)-\($0) slid past the quiet harbour wall." }
        let text = sentences.joined(separator: " ")
        return Article(title: "Harbour log \(number)", paragraphs: [Paragraph(kind: .body, text: text)])
    }

    func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    @Test func aBatchOfSomeThousandPagesStaysInTheWALUntilItHoldsMore() throws {
        let path = TestData.temporaryArchive("checkpoint")
        let writer = try ArchiveWriter(path: path)
        let fileBefore = fileSize(path)
        // About 6 MB of text and its full-text index: some 2,000–3,000 pages, more than SQLite's default.
        try writer.inBatch {
            for number in 1...20 { _ = try writer.store(article(number, kilobytes: 300), extraction: Extraction()) }
        }
        #expect(fileSize(path + "-wal") > 4_096 * 1_500)
        #expect(fileSize(path) - fileBefore < 1_000_000)  // not copied into the file yet
        #expect(try writer.database.scalar("SELECT count(*) FROM articles") == .integer(20))
    }

    @Test func aCheckpointCopiesTheWALIntoTheFileWhileAReaderIsOpen() throws {
        let path = TestData.temporaryArchive("checkpoint-end")
        let writer = try ArchiveWriter(path: path)
        let reader = try Database(path: path, mode: .readOnly)  // as ingest's look-up of archived files
        _ = try reader.scalar("SELECT count(*) FROM articles")
        try writer.inBatch {
            for number in 1...20 { _ = try writer.store(article(number, kilobytes: 300), extraction: Extraction()) }
        }
        #expect(fileSize(path + "-wal") > 4_096 * 1_500)
        let fileBefore = fileSize(path)
        try writer.checkpoint()
        #expect(fileSize(path + "-wal") == 0)
        #expect(fileSize(path) - fileBefore > 4_096 * 1_500)
        #expect(try reader.scalar("SELECT count(*) FROM articles") == .integer(20))
    }
}
