import ArticleModel
import Testing

@testable import Extraction

/// Places listed without commas, split into one place per part, leaving out the parts that may be one name
/// or two; and the two ends of a route joined by a hyphen, each a place.
@Suite struct EntityFusedPlaceListTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kinds(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    // MARK: - Lists after `in`, `near`, a verb of striking

    @Test func aListAfterInSplitsAtArabicPrefixesAndArticles() {
        let found = entities([
            "Jets pounded rebel posts in Tabrit al-Vesra Kafr Karnel Tal Zelfa and al-Marun in the east of the province."
        ])
        for place in ["Tabrit al-Vesra", "Kafr Karnel", "Tal Zelfa"] {
            #expect(found.first { $0.name == place }?.kind == .place, "\(place): \(kinds(found))")
        }
        #expect(!found.contains { $0.name.split(separator: " ").count >= 3 }, "\(kinds(found))")
        #expect(!found.contains { $0.kind == .person }, "\(kinds(found))")
    }

    @Test func lowercaseArticleNamesAfterInAreEachAPlace() {
        let found = entities([
            "Gunners shelled positions in al-Tessa al-Qoor Burdan Kafr Venna and Harsi in the western countryside."
        ])
        for place in ["al-Tessa", "al-Qoor", "Burdan", "Kafr Venna"] {
            #expect(found.first { $0.name == place }?.kind == .place, "\(place): \(kinds(found))")
        }
        #expect(!found.contains { $0.name == "al-Qoor Burdan" }, "\(kinds(found))")
    }

    @Test func twoPartsAfterInWithNoPrefixOrKnownPlaceStayUnsplit() {
        // (`Hayat Tirsa al-Vesk` may be one group's name.)
        let found = entities(["Fighters in Hayat Tirsa al-Vesk and Ahrar Dornholm joined the talks."])
        #expect(!found.contains { $0.name == "Tirsa al-Vesk" && $0.kind == .place }, "\(kinds(found))")
        #expect(!found.contains { $0.name == "Hayat" && $0.kind == .place }, "\(kinds(found))")
    }

    // MARK: - Lists after `the villages of`

    @Test func aGivenNameBeforeAnArticleWordIsLeftOutOfTheList() {
        // (`Karim al-Tessa` may be one neighbourhood or two: neither is stored.)
        let found = entities([
            "Shells hit the neighbourhoods of Karim al-Tessa Burdan al-Qoor Kafr Venna and Harsi on Sunday."
        ])
        for place in ["Burdan al-Qoor", "Kafr Venna"] {
            #expect(found.first { $0.name == place }?.kind == .place, "\(place): \(kinds(found))")
        }
        #expect(!found.contains { $0.name.hasPrefix("Karim") }, "\(kinds(found))")
        #expect(!found.contains { $0.kind == .person }, "\(kinds(found))")
    }

    @Test func aWordBeforeAnArticleWordIsLeftOutWhereTheListWritesArticleNamesAlone() {
        // (`Burdan al-Qoor` may be one neighbourhood or two when `al-Venna` stands alone.)
        let found = entities([
            "Shells hit the neighbourhoods of al-Venna Burdan al-Qoor Kafr Tessa and Harsi at dawn."
        ])
        for place in ["al-Venna", "Kafr Tessa"] {
            #expect(found.first { $0.name == place }?.kind == .place, "\(place): \(kinds(found))")
        }
        #expect(!found.contains { $0.name.contains("Burdan") }, "\(kinds(found))")
    }

    @Test func anAbuInsideAListSplitsNothingAtIt() {
        // (`Abu Zelfa` may be a person's name.)
        let found = entities(["Troops entered the villages of Kafr Karnel Abu Zelfa Tal Roa and Harsi on Friday."])
        #expect(!found.contains { $0.name == "Abu" || $0.name == "Zelfa" }, "\(kinds(found))")
    }

    @Test func aKnownPlaceBeforeAnArticleWordIsLeftOutOfTheList() {
        let found = entities(["Jets struck the villages of Homs al-Tarsa Kafr Venna and Roa at dawn."])
        #expect(found.first { $0.name == "Kafr Venna" }?.kind == .place, "\(kinds(found))")
        #expect(!found.contains { $0.name.contains("al-Tarsa") }, "\(kinds(found))")
    }

    // MARK: - Routes

    @Test func theEndsOfARouteAreTwoPlaces() {
        let found = entities(["Patrols closed the Vesk-Tarnol road after the rains."])
        #expect(found.first { $0.name == "Vesk" }?.kind == .place, "\(kinds(found))")
        #expect(found.first { $0.name == "Tarnol" }?.kind == .place, "\(kinds(found))")
        #expect(!found.contains { $0.name.contains("-") }, "\(kinds(found))")
    }

    @Test func aRoutesSecondEndMayOpenWithAPlacePrefix() {
        let found = entities(["Fighting went on along the Karmun-Tal Brisa axis overnight."])
        #expect(found.first { $0.name == "Karmun" }?.kind == .place, "\(kinds(found))")
        #expect(found.first { $0.name == "Tal Brisa" }?.kind == .place, "\(kinds(found))")
    }

    @Test func nationalitiesJoinedByAHyphenBeforeABorderAreNoPlaces() {
        let found = entities(["Guards patrolled the Syrian-Lebanese border all week."])
        let nationalities = ["Syrian", "Lebanese"]
        #expect(!found.contains { $0.kind == .place && nationalities.contains($0.name) }, "\(kinds(found))")
    }

    @Test func aCombiningPrefixBeforeARouteIsNoPlace() {
        let found = entities(["Lorries from the depot in Lyon crawled along the Trans-Kelvar highway all week."])
        // (The sentence was read: the city before the route is found.)
        #expect(found.first { $0.name == "Lyon" }?.kind == .place, "\(kinds(found))")
        #expect(!found.contains { $0.name == "Trans" }, "\(kinds(found))")
    }

    @Test func twoCombiningPrefixesBeforeABorderAreNoPlaces() {
        let found = entities([
            "Guards of both armies shook hands on the Indo-Pak border at dawn, envoys in Geneva said."
        ])
        #expect(found.first { $0.name == "Geneva" }?.kind == .place, "\(kinds(found))")
        #expect(!found.contains { $0.name == "Indo" || $0.name == "Pak" }, "\(kinds(found))")
    }

    @Test func givenNamesJoinedByAHyphenBeforeARoadAreNoPlaces() {
        let found = entities(["Crews repaved the Anna-Louise road in May."])
        #expect(!found.contains { $0.kind == .place }, "\(kinds(found))")
    }
}
