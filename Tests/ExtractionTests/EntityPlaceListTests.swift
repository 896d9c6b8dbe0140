import ArticleModel
import Testing

@testable import Extraction

/// Places in war reporting: villages listed in a communiqué, lowercase `al-` names listed together, glued
/// names after `the towns of`, numbered bases, `X State`, and a dateline in capitals before a region or a dash.
@Suite struct EntityPlaceListTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func namesListedWithVillagesAfterInArePlaces() {
        let found = entities(["Troops cleared tunnels in Tal Vorsa, Qelbin, Abu Derrat and Marj Hollan on Monday."])
        for place in ["Tal Vorsa", "Qelbin", "Abu Derrat", "Marj Hollan"] {
            #expect(entity(found, place)?.kind == .place, "\(place): \(found.map { "\($0.name) \($0.kind)" })")
        }
    }

    @Test func theVillagesOfFrameMakesTheListPlaces() {
        let found = entities(["Residents of the villages of Derrat Sulli, Qelbin and Hayy Qorma fled north."])
        for place in ["Derrat Sulli", "Qelbin", "Hayy Qorma"] {
            #expect(entity(found, place)?.kind == .place, "\(place): \(found.map { "\($0.name) \($0.kind)" })")
        }
    }

    @Test func aPersonWithAGivenNameInAListStaysAPerson() {
        let found = entities(["The talks in Geneva, Khalid Derrat and Omar Qelbin took part, a spokesman said."])
        #expect(entity(found, "Khalid Derrat")?.kind == .person, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aNameAfterAPlaceAndACommaOpeningTheNextClauseStaysAPerson() {
        let found = entities(["In Homs, Abu Derrat told reporters the siege was over, and Tal Vorsa was quiet."])
        #expect(entity(found, "Abu Derrat")?.kind != .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func lowercaseArticleNamesListedAfterAStrikeArePlaces() {
        let found = entities(["Artillery shelled al-Qorma and al-Senna, the monitor said, and jets hit al-Vardi or al-Mesk."])
        for place in ["al-Qorma", "al-Senna", "al-Vardi", "al-Mesk"] {
            #expect(entity(found, place)?.kind == .place, "\(place): \(found.map { "\($0.name) \($0.kind)" })")
        }
    }

    @Test func aPersonsArticleNameAndAnOrganisationStayWhatTheyAre() {
        let found = entities(["Hassan al-Senna, a leader of al-Qaeda, met envoys near al-Qorma."])
        #expect(entity(found, "Hassan al-Senna")?.kind == .person)
        #expect(entity(found, "al-Qaeda")?.kind == .organization)
        #expect(entity(found, "al-Qorma")?.kind == .place)
    }

    @Test func gluedUnknownNamesAfterTheTownsOfAreOnePlaceEach() {
        let found = entities(["Families left the towns of Qelbin Derrat Tal Vorsa and Hama overnight."])
        for place in ["Qelbin", "Derrat", "Tal Vorsa", "Hama"] {
            #expect(entity(found, place)?.kind == .place, "\(place): \(found.map { "\($0.name) \($0.kind)" })")
        }
        #expect(entity(found, "Qelbin Derrat") == nil)
    }

    @Test func aNameOpeningWithAPlaceWordIsNotSplit() {
        let found = entities(["Jets struck the neighbourhoods of Karm Derrat and Tal Vorsa overnight."])
        #expect(entity(found, "Karm Derrat")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aTwoWordVillageAmongCommasStaysWhole() {
        let found = entities(["Families left the villages of Qelbin Derrat, Tal Vorsa and Hama overnight."])
        #expect(entity(found, "Qelbin Derrat")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aCountrysideListedWithPlacesIsAPlace() {
        let found = entities(["Aid arrived in Tal Vorsa, Homs Countryside and Aleppo Countryside on Monday."])
        #expect(entity(found, "Aleppo Countryside")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aNumberedBaseIsAPlace() {
        let found = entities(["Rockets hit Base 31 near the border, and the crew of Base 7 was moved."])
        #expect(entity(found, "Base 31")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(entity(found, "Base 7")?.kind == .place)
    }

    @Test func aStateNamedWithItsCapitalStateKeepsIt() {
        let found = entities(["Flooding spread from Korvel State into Adamu State on Monday."])
        #expect(entity(found, "Korvel State")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(entity(found, "Korvel") == nil)
        let media = entities(["Mortars hit the Korvel Opera House State media said on Sunday."])
        #expect(!media.contains { $0.name.hasSuffix("State") }, "\(media.map(\.name))")
    }

    @Test func aDatelineInCapitalsBeforeARegionAndAnAgencyIsOneTown() {
        let found = entities(["SAN VORSA, Keldor (AP) — Officials said the airport had reopened."])
        #expect(entity(found, "San Vorsa")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(entity(found, "SAN") == nil)
    }

    @Test func aDatelineInCapitalsBeforeADashIsOneTown() {
        let found = entities(["FORT QELBIN — Officials said the airport had reopened."])
        #expect(entity(found, "Fort Qelbin")?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func wordsInCapitalsBeforeADashWithoutATownWordAreNoTown() {
        let found = entities(["BREAKING NEWS — Officials said the airport had reopened."])
        #expect(!found.contains { $0.name == "Breaking News" && $0.kind == .place })
    }

    @Test func aSingularPlaceNounBeforeOfListsNoPlaces() {
        let found = entities(["Crowds gathered in the hometown of Oduya Bakare and Kunle Adeyemi."])
        #expect(entity(found, "Oduya Bakare")?.kind != .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(entity(found, "Kunle Adeyemi")?.kind != .place)
        let shaped = entities(["Mourners filled the hometown of Abu Tarrik and Abu Selmar on Friday."])
        #expect(entity(shaped, "Abu Tarrik")?.kind != .place, "\(shaped.map { "\($0.name) \($0.kind)" })")
        #expect(entity(shaped, "Abu Selmar")?.kind != .place)
    }

    @Test func oneKnownPlaceAfterInDoesNotMakeTheNextSubjectsPlaces() {
        let found = entities(["After talks in Ankara, Kemal Oruc and Bakyt Sadyrov signed the accord."])
        #expect(entity(found, "Ankara")?.kind == .place)
        #expect(entity(found, "Kemal Oruc")?.kind != .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(entity(found, "Bakyt Sadyrov")?.kind != .place)
    }

    @Test func aTeamInCapitalsBeforeADashIsNoTown() {
        let found = entities(["LOS ANGELES DODGERS — Placed RHP Ann Roe on the 15-day IL."])
        #expect(entity(found, "Los Angeles Dodgers")?.kind != .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(!found.contains { $0.name.hasSuffix("Dodgers") && $0.kind == .place })
    }
}
