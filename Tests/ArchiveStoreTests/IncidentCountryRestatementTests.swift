import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// A number an article gives at a country and again at a place the gazetteer puts in that country ('five
/// killed in Syria', 'five killed in Saraqib') is one incident, at the place; two places with the same
/// number stay two, and across articles incidents match by site as before.
@Suite struct IncidentCountryRestatementTests {
    typealias Views = IncidentViewsTests

    let parts: IncidentPartAndWholeTests

    init() throws { parts = try IncidentPartAndWholeTests() }

    @Test func theCountrysNumberIsTheTownsWhenTheTownLiesInIt() throws {
        try parts.ingest(
            "Rockets",
            "Rockets killed five people in Syria on Monday. "
                + "Later the rockets killed five people in Saraqib, a monitor said.")
        #expect(try parts.casualties() == ["Saraqib killed person 5–5"])
    }

    @Test func twoTownsWithOneNumberStayTwoIncidents() throws {
        try parts.ingest(
            "Rockets",
            "Rockets killed five people in Syria on Monday. Rockets killed five people in Saraqib on Monday. "
                + "Shells killed five people in Binnish on Monday.")
        #expect(try parts.casualties() == ["Binnish killed person 5–5", "Saraqib killed person 5–5"])
    }

    @Test func aTownOfAnotherCountryOrAnotherArticleLeavesTheCountrysNumber() throws {
        try parts.ingest(
            "Rockets", "Rockets killed five people in Syria on Monday. Rockets killed five people in Mosul on Monday.")
        #expect(try parts.casualties() == ["Mosul killed person 5–5", "Syria killed person 5–5"])
        try parts.ingest("Shells", "Shells killed seven people in Syria on Sunday.")
        try parts.ingest("More shells", "Shells killed seven people in Saraqib on Sunday.")
        #expect(
            try parts.casualties() == [
                "Mosul killed person 5–5", "Saraqib killed person 7–7", "Syria killed person 7–7",
                "Syria killed person 5–5",
            ])
    }

    @Test func locatingAPlaceLaterMovesTheCountrysNumberToIt() throws {
        let views = parts.views
        views.writer.gazetteer = nil
        try views.store(
            "One", entities: [Views.place("Syria"), Views.place("Saraqib")],
            figures: [Views.figure(6, "killed", site: "Syria"), Views.figure(6, "killed", site: "Saraqib")])
        #expect(try parts.casualties().count == 2)
        views.writer.gazetteer = TestData.gazetteer
        try views.writer.locateStoredPlaces()
        #expect(try parts.casualties() == ["Saraqib killed person 6–6"])
        // (A place the gazetteer does not know may lie in the country: one put in another country does not.)
        try views.writer.database.execute(
            "UPDATE place_locations SET country_code = 'IQ' WHERE entity_id = (SELECT id FROM entities WHERE name = 'Saraqib')"
        )
        #expect(try parts.casualties().count == 2)
    }

    /// The writer's connection runs no trigger while it stores: it works out the incidents of an earlier
    /// article itself when a later one locates a place or renames an entity its figures are at.
    @Test func aLaterArticleLocatingOrRenamingASiteMovesTheEarlierIncidents() throws {
        let views = parts.views
        views.writer.gazetteer = nil
        try views.store(
            "One", entities: [Views.place("Syria"), Views.place("Saraqib")],
            figures: [Views.figure(6, "killed", site: "Syria"), Views.figure(6, "killed", site: "Saraqib")])
        views.writer.gazetteer = TestData.gazetteer
        try views.store("Two", entities: [Views.place("Syria"), Views.place("Saraqib")], figures: [])
        #expect(try parts.casualties() == ["Saraqib killed person 6–6"])
        views.writer.gazetteer = nil
        try views.store(
            "Three", entities: [Views.place("Binnish")], figures: [Views.figure(4, "killed", site: "Binnish")])
        try views.store("Four", entities: [Views.place("al-Binnish")], figures: [])
        let renamed = try views.writer.database.scalar("SELECT name FROM entities WHERE name LIKE '%Binnish'")
        #expect(renamed == .text("al-Binnish"))
        #expect(
            try views.writer.database.scalar(
                """
                SELECT count(*) FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
                WHERE f.incident_order IS NOT k.incident_order OR f.incident_article IS NOT k.incident_article
                """) == .integer(0))
    }
}
