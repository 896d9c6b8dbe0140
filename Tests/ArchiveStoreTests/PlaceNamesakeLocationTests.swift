import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// A town small enough to share its name with a town abroad is located only when the article storing it
/// gives its country otherwise: by naming the country, one of its nationalities, one of its regions or a
/// big city in it. A country, a region or a big city is located as before. (The gazetteer files Binnish,
/// a town of some 30,000, in Syria.)
@Suite struct PlaceNamesakeLocationTests {
    typealias Views = IncidentViewsTests

    let views: IncidentViewsTests

    init() throws { views = try IncidentViewsTests() }

    static func nationality(_ name: String) -> ExtractedEntity {
        ExtractedEntity(
            name: name, kind: .nationality, mentions: [.init(span: TextSpan(paragraph: 1, start: 0, end: 1))])
    }

    func countryOfTheSite() throws -> String? {
        try views.rows("SELECT country FROM incident_reports").first?.string("country")
    }

    @Test(arguments: [
        [Views.place("Syria")], [Self.nationality("Syrian")], [Views.place("Aleppo")],
    ])
    func aSmallTownIsLocatedWhenTheArticleGivesItsCountry(evidence: [ExtractedEntity]) throws {
        try views.store(
            "Shelling", entities: evidence + [Views.place("Binnish")],
            figures: [Views.figure(4, "killed", site: "Binnish")])
        #expect(try countryOfTheSite() == "Syria")
    }

    @Test(arguments: [
        [Views.place("Spain")], [Self.nationality("Spanish"), Views.place("Madrid")], [],
    ])
    func aSmallTownIsNotLocatedWhenTheArticleGivesNoneOrOthers(evidence: [ExtractedEntity]) throws {
        try views.store(
            "Shelling", entities: evidence + [Views.place("Binnish")],
            figures: [Views.figure(4, "killed", site: "Binnish")])
        #expect(try countryOfTheSite() == nil)
        #expect(try views.rows("SELECT * FROM place_locations l JOIN entities e ON e.id = l.entity_id"
            + " WHERE e.name = 'Binnish'").isEmpty)
    }

    @Test func aLaterArticleGivingTheCountryLocatesTheTown() throws {
        try views.store(
            "First", entities: [Views.place("Spain"), Views.place("Binnish")],
            figures: [Views.figure(4, "killed", site: "Binnish")])
        try views.store(
            "Second", entities: [Views.place("Syria"), Views.place("Binnish")],
            figures: [Views.figure(6, "killed", site: "Binnish")])
        #expect(
            try views.rows("SELECT country FROM incident_reports").map { $0.string("country") } == ["Syria", "Syria"])
    }

    @Test func aBigCityAndACountryAreLocatedWithoutEvidence() throws {
        try views.store(
            "Raids", entities: [Views.place("Aleppo"), Views.place("Iraq")],
            figures: [Views.figure(7, "killed", site: "Aleppo"), Views.figure(3, "killed", site: "Iraq")])
        #expect(
            try views.rows("SELECT site, country FROM incident_reports ORDER BY site").map { $0.string("country") }
                == ["Syria", "Iraq"])
    }

    @Test func locatingStoredPlacesAsksTheArticlesThatNameThem() throws {
        views.writer.gazetteer = nil
        try views.store(
            "Far", entities: [Views.place("Spain"), Views.place("Binnish")],
            figures: [Views.figure(4, "killed", site: "Binnish")])
        views.writer.gazetteer = TestData.gazetteer
        try views.writer.locateStoredPlaces()
        #expect(try countryOfTheSite() == nil)
        views.writer.gazetteer = nil
        try views.store("Near", entities: [Self.nationality("Syrian"), Views.place("Binnish")], figures: [])
        views.writer.gazetteer = TestData.gazetteer
        try views.writer.locateStoredPlaces()
        #expect(try countryOfTheSite() == "Syria")
    }
}
