import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// A toll the text gives as replaced by a later one (figures.replaced_toll) is no incident beside the current
/// toll; alone in its article it stays one, and an earlier incident's count stays its own row.
@Suite struct IncidentReplacedTollTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    func casualties() throws -> [String] { try retold.casualties() }

    @Test func anUpdatedTollIsOneIncident() throws {
        try parts.ingest(
            "Raid on Vesk",
            "Jets killed 30 insurgents in Vesk on Monday, the monitor said, updating an earlier toll of 14.")
        #expect(try casualties() == ["Vesk 2016-07-04 killed insurgent 30–30"])
        let replaced = try parts.views.rows("SELECT value FROM figures WHERE replaced_toll = 1").map { $0.int("value") }
        #expect(replaced == [14])
    }

    @Test func anEarlierReportInAnotherParagraphIsOneIncident() throws {
        let article = Article(
            title: "Raid on Vesk",
            paragraphs: [
                Paragraph(kind: .body, text: "Jets killed 30 people in Vesk on Monday, medics said."),
                Paragraph(kind: .body, text: "The monitor had earlier reported 14 dead in the strikes."),
            ], published: "2016-07-04")
        try parts.views.writer.inBatch {
            _ = try parts.views.writer.store(article, extraction: TestData.extractor.extract(from: article))
        }
        #expect(try casualties() == ["Vesk 2016-07-04 killed person 30–30"])
    }

    @Test func aReplacedTollAloneInItsArticleStands() throws {
        try parts.ingest("Raid on Vesk", "The monitor had earlier reported 14 dead in Vesk.")
        #expect(try casualties().count == 1)
    }

    @Test func anEarlierIncidentsCountStaysItsOwnRow() throws {
        try parts.ingest(
            "Raid on Vesk",
            "Jets killed 30 people in Vesk on Monday. An earlier attack killed 12 people in Karmun on Sunday.")
        #expect(try casualties().count == 2)
    }
}
