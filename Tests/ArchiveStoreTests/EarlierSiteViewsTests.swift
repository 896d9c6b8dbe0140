import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// figures.earlier_site: the place a sentence shortly before named, stored apart from the site, which the
/// incident views use when the figure's own sentence names none and say so in site_from.
@Suite struct EarlierSiteViewsTests {
    typealias Views = IncidentViewsTests

    /// A casualty figure whose own sentence names no place, with the one place an earlier sentence named.
    static func figure(_ value: Double, earlierSite: String, date: String? = nil) -> Figure {
        var figure = Views.figure(value, "killed", date: date)
        figure.earlierSite = earlierSite
        return figure
    }

    let views: IncidentViewsTests

    init() throws {
        views = try IncidentViewsTests()
    }

    func rows(_ sql: String) throws -> [Row] { try views.rows(sql) }

    @Test func theEarlierPlaceIsStoredApartFromTheSiteWithItsEntity() throws {
        try views.store("One", entities: [Views.place("Douma")], figures: [Self.figure(12, earlierSite: "Douma")])
        let stored = try #require(
            try rows(
                """
                SELECT f.site, f.site_entity_id, f.earlier_site, e.name FROM figures f
                LEFT JOIN entities e ON e.id = f.earlier_site_entity_id
                """
            ).first)
        #expect(stored.string("site") == nil && stored.int("site_entity_id") == nil)
        #expect(stored.string("earlier_site") == "Douma" && stored.string("name") == "Douma")
        let report = try #require(try rows("SELECT * FROM incident_reports").first)
        #expect(report.string("site") == "Douma" && report.string("site_from") == "earlier sentence")
        #expect(report.string("site_as_written") == "Douma" && report.string("country") == "Syria")
    }

    @Test func aNumberAtItsOwnPlaceStandsForTheSameNumberWithOnlyAnEarlierPlace() throws {
        // 'At least 11 civilians were killed.' (Douma named the sentence before) and 'Shelling killed 11
        // people in Douma.': one gave way to the other for naming who, the other to it for naming no place of
        // its own, and the incident had no row.
        let texts = ["At least 11 civilians were killed.", "Shelling killed 11 people in Douma."]
        var carried = Self.figure(11, earlierSite: "Douma")
        carried.unit = "civilian"
        carried.span = TextSpan(paragraph: 1, start: 9, end: 20)
        carried.sentence = texts[0]
        var named = Views.figure(11, "killed", site: "Douma")
        named.span = TextSpan(paragraph: 2, start: 16, end: 18)
        named.sentence = texts[1]
        let article = Article(
            title: "Shelling", paragraphs: texts.map { Paragraph(kind: .body, text: $0) }, published: "2016-07-02")
        try views.writer.inBatch {
            _ = try views.writer.store(
                article, extraction: Extraction(entities: [Views.place("Douma")], figures: [carried, named]))
        }
        let casualties = try rows("SELECT site, who, lowest FROM casualties")
        #expect(casualties.map { "\($0.string("site") ?? "") \($0.string("who") ?? "") \($0.int("lowest") ?? 0)" }
            == ["Douma person 11"])
    }

    @Test func casualtiesGroupByTheEarlierPlaceAndSayWhereTheSiteCameFrom() throws {
        try views.store("One", entities: [Views.place("Douma")], figures: [Self.figure(12, earlierSite: "Douma")])
        try views.store("Two", entities: [Views.place("Douma")], figures: [Self.figure(9, earlierSite: "douma")])
        try views.store("Three", entities: [Views.place("Hama")], figures: [Self.figure(4, earlierSite: "Hama")])
        var casualties = try rows("SELECT site, site_from, lowest, highest, articles FROM casualties ORDER BY site")
        #expect(
            casualties.map { "\($0.string("site") ?? "") \($0.string("site_from") ?? "-") \($0.int("articles") ?? 0)" }
                == ["Douma earlier sentence 2", "Hama earlier sentence 1"])
        #expect(casualties.first?.int("lowest") == 9 && casualties.first?.int("highest") == 12)
        // A report whose own sentence names the place makes the incident's site the sentence's.
        try views.store("Four", entities: [Views.place("Douma")], figures: [Views.figure(15, "killed", site: "Douma")])
        casualties = try rows("SELECT site, site_from, reports FROM casualties WHERE site = 'Douma'")
        #expect(casualties.count == 1)
        #expect(casualties.first?.string("site_from") == "sentence" && casualties.first?.int("reports") == 3)
    }

    @Test func aFigureWithNeitherStaysUnsited() throws {
        try views.store("One", entities: [], figures: [Views.figure(5, "killed")])
        let row = try #require(try rows("SELECT site, site_from FROM casualties").first)
        #expect(row.string("site") == "(no site)" && row.string("site_from") == nil)
        #expect(try rows("SELECT site_from FROM incident_reports").first?.string("site_from") == nil)
    }

    @Test func strikesSayWhereTheSiteCameFrom() throws {
        var strike = Views.figure(20, "launched", unit: "missile")
        strike.earlierSite = "Idlib"
        try views.store("One", entities: [Views.place("Idlib")], figures: [strike])
        let row = try #require(try rows("SELECT site, site_from, weapon, highest FROM strikes").first)
        #expect(row.string("site") == "Idlib" && row.string("site_from") == "earlier sentence")
        #expect(row.int("highest") == 20)
    }

    @Test func editingTheEarlierSiteOrRenamingItsEntityMovesTheIncident() throws {
        try views.store("One", entities: [Views.place("Douma")], figures: [Self.figure(12, earlierSite: "Douma")])
        try views.writer.database.execute("UPDATE entities SET name = 'Duma' WHERE name = 'Douma'")
        #expect(try rows("SELECT site FROM casualties").first?.string("site") == "Duma")
        try views.writer.database.execute(
            "UPDATE figures SET earlier_site = NULL, earlier_site_entity_id = NULL")
        #expect(try rows("SELECT site FROM casualties").first?.string("site") == "(no site)")
    }
}
