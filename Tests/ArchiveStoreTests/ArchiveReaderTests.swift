import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

@Suite struct ArchiveReaderTests {
    func archive(_ texts: [(String, String)]) throws -> ArchiveReader {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).sqlite").path
        let writer = try ArchiveWriter(path: path)
        try writer.inBatch {
            for (title, body) in texts {
                let article = Article(title: title, paragraphs: body.split(separator: "\n").map { Paragraph(kind: .body, text: String($0)) })
                _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
            }
        }
        return try ArchiveReader(path: path)
    }

    @Test func searchRanksAndHighlights() throws {
        let reader = try archive([
            ("Storm passes", "The storm passed the coast.\nA second storm, and another storm, hit the town."),
            ("Quiet day", "Nothing happened; no storm at all."),
        ])
        let result = try reader.search("storm")
        // Both headlines count as paragraphs (position 0) too.
        #expect(result.rows.count == 4)
        let snippets = result.rows.map { $0[result.columns.firstIndex(of: "snippet")!].textValue ?? "" }
        // The paragraph naming the storm three times ranks above the one naming it once in passing.
        let often = snippets.firstIndex { $0.contains("another [storm]") }
        let once = snippets.firstIndex { $0.contains("no [storm] at all") }
        #expect(often != nil && once != nil && often! < once!)
    }

    @Test func strayQuotesAndOperatorsAreSearchedAsWords() throws {
        let reader = try archive([("A", "Officials said AND then NEAR the base.")])
        #expect(try reader.search("\"AND").rows.count == 1)
        #expect(try reader.search("NEAR(").rows.count == 1)
        #expect(try reader.search("(base").rows.count == 1)
    }

    @Test func malformedRawSearchIsAClearError() throws {
        let reader = try archive([("A", "Words.")])
        #expect(throws: ArchiveError.self) { _ = try reader.search("\"unclosed", raw: true) }
        do {
            _ = try reader.search("AND OR", raw: true)
            Issue.record("expected an error")
        } catch let error as ArchiveError {
            #expect(error.description.hasPrefix("cannot search for 'AND OR'"))
        }
    }

    @Test func unknownCannedQueryListsTheKnownOnes() throws {
        let reader = try archive([])
        do {
            _ = try reader.run("nonsense")
            Issue.record("expected an error")
        } catch let ArchiveError.noSuchQuery(name, known) {
            #expect(name == "nonsense")
            #expect(known.contains("strikes") && known.contains("casualties"))
        }
    }

    @Test func statisticsCountWhatIsStored() throws {
        let reader = try archive([("Blast", "A blast in Aleppo killed six people and wounded 30 others.")])
        let stats = try reader.statistics()
        let counts = Dictionary(uniqueKeysWithValues: stats.rows.map { ($0[0].textValue ?? "", $0[1].textValue ?? "") })
        #expect(counts["articles"] == "1")
        #expect(counts["paragraphs"] == "2")
        #expect(counts["figures"] == "2")
    }
}
