import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// ``ArchiveWriter/asOneTransaction(_:)``, as `archive reindex` redoes every article: the old extraction
/// is cleared and rebuilt in batches, and none of it is in the archive unless the whole run ends. Readers
/// meanwhile, and the archive after a run that stops, see the old extraction whole.
@Suite struct RunTransactionTests {
    static let articles = [
        TestData.article(
            "Storm closes ports",
            "Harbour master Ilse Brandt said on Monday that 12 ships were held at Kelmport. \"We wait,\" she said."),
        TestData.article(
            "Ferries resume",
            "The Kelmport Ferry Company said 30 crossings would run on Tuesday, Ilse Brandt told reporters."),
        TestData.article(
            "Repairs begin", "Engineers said 4 cranes were damaged at Kelmport, according to Ilse Brandt."),
    ]

    struct StoppedHere: Error {}

    /// A writer holding the three articles, as ingested.
    func ingested() throws -> ArchiveWriter {
        let writer = try ArchiveWriter(path: TestData.temporaryArchive("run-transaction"))
        writer.gazetteer = TestData.gazetteer
        try writer.inBatch {
            for article in Self.articles {
                _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
            }
        }
        return writer
    }

    /// Every extracted row of the archive at `path`, as another connection reads it.
    func extraction(_ path: String) throws -> [String] {
        let db = try Database(path: path, mode: .readOnly)
        var rows: [String] = []
        for query in [
            "SELECT id, extractor_version FROM articles", "SELECT name, kind, mentions, articles FROM entities",
            "SELECT e.name, a.alias, a.origin FROM entity_aliases a JOIN entities e ON e.id = a.entity_id",
            "SELECT k.kind, k.key, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity_id",
            """
            SELECT e.name, m.article_id, m.paragraph_id, m.start_offset, m.mentions
            FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            """,
            "SELECT article_id, text, value, unit, site, source FROM figures",
            "SELECT article_id, text, speaker FROM quotes", "SELECT article_id, text, value FROM date_mentions",
        ] {
            rows += try db.rows(query).map { row in
                query + ": " + row.values.map { $0.textValue ?? "NULL" }.joined(separator: "|")
            }.sorted()
        }
        return rows
    }

    /// Clears every extraction, then extracts the articles again one batch each, as `archive reindex --all`
    /// does; `afterBatch` runs after each batch with its article's position.
    func redoEveryArticle(_ writer: ArchiveWriter, afterBatch: (Int) throws -> Void = { _ in }) throws {
        try writer.forgetExtractions()
        for (n, id) in try writer.articlesToReindex(all: true).enumerated() {
            try writer.inBatch {
                let stored = try writer.storedArticle(id)
                try writer.replaceExtraction(
                    articleID: id, paragraphIDs: stored.paragraphIDs,
                    with: TestData.extractor.extract(from: stored.article))
            }
            try afterBatch(n)
        }
    }

    @Test func aRunStoppedAfterSomeBatchesLeavesTheOldExtractionWhole() throws {
        let writer = try ingested()
        let path = writer.database.path
        let before = try extraction(path)
        #expect(before.contains { $0.hasPrefix("SELECT article_id, text, value, unit, site, source FROM figures") })
        #expect(
            throws: StoppedHere.self,
            performing: {
                try writer.asOneTransaction {
                    try redoEveryArticle(writer) { n in if n == 1 { throw StoppedHere() } }
                }
            })
        let after = try extraction(path)
        #expect(after == before)
        #expect(!after.contains("SELECT id, extractor_version FROM articles: 1|0"))
    }

    @Test func readersSeeTheOldExtractionUntilTheRunEnds() throws {
        let writer = try ingested()
        let path = writer.database.path
        let before = try extraction(path)
        try writer.asOneTransaction {
            try redoEveryArticle(writer) { _ in
                let meanwhile = try extraction(path)
                #expect(meanwhile == before)
            }
        }
        // Ended: the same articles extracted by the same extractor store the same rows.
        #expect(try extraction(path) == before)
        // And the writer goes on with batches of their own transaction, which readers see at once.
        let another = TestData.article("Port reopens", "Ilse Brandt said 2 ships left Kelmport on Friday.")
        try writer.inBatch { _ = try writer.store(another, extraction: TestData.extractor.extract(from: another)) }
        #expect(try extraction(path).count > before.count)
    }

    @Test func withoutARunTransactionEachBatchIsKeptAsItCommits() throws {
        let writer = try ingested()
        let path = writer.database.path
        let before = try extraction(path)
        #expect(throws: StoppedHere.self) {
            try redoEveryArticle(writer) { n in if n == 1 { throw StoppedHere() } }
        }
        // The batches before the stop are in the archive: cleared, then two articles redone, the third
        // left marked (extractor version 0) for the next reindex.
        let after = try extraction(path)
        #expect(after != before)
        #expect(after.contains("SELECT id, extractor_version FROM articles: 3|0"))
    }
}
