import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One article's figures that the incident key used to merge into one row, hiding the smaller number under
/// the larger: a number whose place went unnamed is an incident of its own, and a part naming a place of
/// its own that its whole does not is a row of its own.
@Suite struct IncidentPartAndWholeTests {
    typealias Views = IncidentViewsTests

    let views: IncidentViewsTests

    init() throws { views = try IncidentViewsTests() }

    /// Stores an invented article of one body paragraph, extracted as ingest extracts it, published on a
    /// Monday (so that 'on Monday' and the publication date are one day).
    func ingest(_ title: String, _ body: String, published: String = "2016-07-04") throws {
        let article = Article(title: title, paragraphs: [Paragraph(kind: .body, text: body)], published: published)
        try views.writer.inBatch {
            _ = try views.writer.store(article, extraction: TestData.extractor.extract(from: article))
        }
    }

    /// `query strikes` as 'site weapon event lowest–highest'.
    func strikes() throws -> [String] {
        try views.rows("SELECT * FROM strikes").map {
            "\($0.string("site") ?? "") \($0.string("weapon") ?? "") \($0.string("event") ?? "") "
                + "\($0.int("lowest") ?? 0)–\($0.int("highest") ?? 0)"
        }
    }

    /// `query casualties` as 'site event who lowest–highest'.
    func casualties() throws -> [String] {
        try views.rows("SELECT * FROM casualties").map {
            "\($0.string("site") ?? "") \($0.string("event") ?? "") \($0.string("who") ?? "") "
                + "\($0.int("lowest") ?? 0)–\($0.int("highest") ?? 0)"
        }
    }

    @Test func aNumberWhosePlaceWentUnnamedIsNotHiddenUnderTheWhole() throws {
        try ingest(
            "Raids", "Jets carried out at least 14 raids on the province on Monday. Three raids targeted the dam.")
        #expect(try strikes() == ["(no site) raid launched 3–3", "(no site) raid launched 14–14"])
    }

    @Test func aPartNamingItsOwnPlaceIsARowOfItsOwn() throws {
        try ingest(
            "Raids", "Jets carried out at least 14 raids on the province on Monday. Three raids targeted Tabqa.")
        #expect(try strikes() == ["Al-Tabqa raid launched 3–3", "(no site) raid launched 14–14"])
    }

    @Test func unsitedReportsOfOneNumberStayOneIncident() throws {
        try ingest(
            "Shelling",
            "Shelling killed 12 people on Monday, the monitor said. Medics said 12 people were killed in the shelling.")
        #expect(try casualties() == ["(no site) killed person 12–12"])
    }

    @Test func aPartCountedInItsWholeKeepsARowWhenItsPlaceIsItsOwn() throws {
        try views.store(
            "One", entities: [Views.place("Saraqib"), Views.place("Idlib")],
            figures: [
                // 18 across the province (no one place), 14 of them in Saraqib: Saraqib's 14 is a row.
                Views.figure(18, "killed"), Views.figure(14, "killed", site: "Saraqib", of: 18),
                // A part at its whole's own place, or with no place, stays inside its whole.
                Views.figure(9, "injured", site: "Idlib"), Views.figure(4, "injured", site: "idlib", of: 9),
                Views.figure(30, "detained"), Views.figure(7, "detained", of: 30),
            ])
        #expect(
            Set(try casualties()) == [
                "Saraqib killed person 14–14", "(no site) killed person 18–18", "Idlib injured person 9–9",
                "(no site) detained person 30–30",
            ])
        // The part with a place of its own takes it from an earlier sentence too.
        var earlier = Views.figure(5, "injured", of: 9)
        earlier.earlierSite = "Saraqib"
        try views.store(
            "Two", entities: [Views.place("Saraqib")], figures: [Views.figure(9, "injured"), earlier])
        #expect(try casualties().contains("Saraqib injured person 5–5"))
    }
}
