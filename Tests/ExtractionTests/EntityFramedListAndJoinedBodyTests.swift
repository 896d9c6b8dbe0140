import ArticleModel
import Testing

@testable import Extraction

/// Places listed without commas after `the villages of`, split at place prefixes and known towns; two
/// bodies joined by a hyphen; a place before a capitalised `Today`; facilities named with `of`; bodies
/// named as a modifier of their officers; a firm after a word for its trade.
@Suite struct EntityFramedListAndJoinedBodyTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kinds(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    @Test func aFramedListSplitsAtPlacePrefixes() {
        let found = entities(["Jets pounded the villages of Kafr Veskal Zorbani and Tal Qarmun on Sunday."])
        for place in ["Kafr Veskal", "Zorbani", "Tal Qarmun"] {
            #expect(found.first { $0.name == place }?.kind == .place, "\(place): \(kinds(found))")
        }
        #expect(!found.contains { $0.name == "Kafr Veskal Zorbani" }, "\(kinds(found))")
    }

    @Test func aFramedListKeepsAWordJoinedToItsArticleWithTheWordBefore() {
        let found = entities(["Shells fell on the neighbourhoods of Marun Dirsa Addawla Qarsi and Jobar overnight."])
        for place in ["Marun", "Dirsa Addawla", "Qarsi"] {
            #expect(found.first { $0.name == place }?.kind == .place, "\(place): \(kinds(found))")
        }
    }

    @Test func twoPlacesSideBySideOutsideAFrameListNoThirdPlace() {
        // (A town and its country written together are no list that makes the next name a place.)
        let found = entities(["Additional reporting by Dara Selin in Gaziantep Turkey and Mara Lin Kovac."])
        #expect(found.first { $0.name == "Mara Lin Kovac" }?.kind != .place, "\(kinds(found))")
    }

    @Test func aFramedListWithCommasKeepsItsTwoWordNames() {
        let found = entities(["Jets pounded the villages of Kafr Veskal Zorbani, Tarn and Roa on Sunday."])
        #expect(!found.contains { $0.name == "Zorbani" }, "\(kinds(found))")
    }

    @Test func aTitleInsideAFramedListSplitsNothing() {
        let found = entities(["Jets pounded the areas of Sheikh Maqsud Zorbani and Roa on Sunday."])
        #expect(!found.contains { $0.name == "Maqsud" }, "\(kinds(found))")
    }

    @Test func anAgencyJoinedByAHyphenToAnotherBodyIsTwoOrganisations() {
        let found = entities(["Jets struck a UN-Vesk Relief Society convoy near the border on Monday."])
        #expect(found.first { $0.name == "Vesk Relief Society" }?.kind == .organization, "\(kinds(found))")
        #expect(found.contains { $0.name == "United Nations" && $0.kind == .organization }, "\(kinds(found))")
        #expect(!found.contains { $0.name.hasPrefix("UN-") }, "\(kinds(found))")
    }

    @Test func aPlaceAfterTheHyphenOpensOneCouncilsName() {
        // (`NATO-Russia Council`-like: the place belongs to the council's own name.)
        let found = entities(["Envoys met at the UN-Jordan Council in the spring."])
        #expect(!found.contains { $0.name == "Jordan Council" }, "\(kinds(found))")
    }

    @Test func aPlaceBeforeACapitalisedTodayIsThePlace() {
        let found = entities(["Army Advances on Rebel Positions in Northern Syria Today"])
        #expect(found.first { $0.name == "Northern Syria" || $0.name == "Syria" }?.kind == .place, "\(kinds(found))")
        #expect(!found.contains { $0.name.hasSuffix("Today") }, "\(kinds(found))")
    }

    @Test func anOutletNamedForAPlaceKeepsItsToday() {
        let found = entities(["Activists from Homs Today said the market was hit."])
        #expect(found.contains { $0.name == "Homs Today" }, "\(kinds(found))")
    }

    @Test func aHospitalNamedWithItsTownIsAPlace() {
        let found = entities(["Rockets hit the Central Hospital of Zorbani late on Friday."])
        #expect(found.first { $0.name == "Central Hospital of Zorbani" }?.kind == .place, "\(kinds(found))")
    }

    @Test func aMilitaryAcademyIsASite() {
        let found = entities(["Rebels fought their way into the Vesk Military Academy after a week of clashes."])
        #expect(found.first { $0.name == "Vesk Military Academy" }?.kind == .place, "\(kinds(found))")
    }

    @Test func aLaboratoryIsAnOrganisation() {
        let found = entities(["The probe was built at the Harlow Propulsion Laboratory in California."])
        #expect(found.first { $0.name == "Harlow Propulsion Laboratory" }?.kind == .organization, "\(kinds(found))")
    }

    @Test func aConsultancyIsAnOrganisation() {
        let found = entities(["Prices will keep rising, said consultancy Brantwell Economics in a note."])
        #expect(found.first { $0.name == "Brantwell Economics" }?.kind == .organization, "\(kinds(found))")
    }

    @Test func aCoFounderNamedByTheBodyMakesItAnOrganisation() {
        let found = entities(["Veskora co-founder Anna Berg said the plan was flawed."])
        #expect(found.first { $0.name == "Veskora" }?.kind == .organization, "\(kinds(found))")
        #expect(found.first { $0.name == "Anna Berg" }?.kind == .person, "\(kinds(found))")
    }

    @Test func aChiefEconomistNamedByTheLenderMakesItACompany() {
        let found = entities(["House prices rose again, said Harlow chief economist Tom Hale on Friday."])
        #expect(found.first { $0.name == "Harlow" }?.kind == .organization, "\(kinds(found))")
    }
}

@Suite struct EntityPlanetsMoonTests {
    @Test func aMoonAfterItsPlanetsPossessiveIsABody() {
        let found = TestData.bodyEntities("The team compared the ice of Saturn's Titan with samples from Greenland.")
        #expect(found.first { $0.name == "Titan" }?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(found.first { $0.name == "Saturn" }?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }
}

@Suite struct EntityClauseAfterKnownNameTests {
    func kinds(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    @Test func aHeadlineVerbAfterAKnownGroupEndsItsName() {
        let found = TestData.bodyEntities("Hezbollah Claims Deadly Raid on Border Post")
        #expect(found.first { $0.name == "Hezbollah" }?.kind == .organization, "\(kinds(found))")
        #expect(!found.contains { $0.name.contains("Claims") }, "\(kinds(found))")
    }

    @Test func anAgencyCreditBeforeTheNextSentencesFirstWordIsTheAgency() {
        let found = TestData.bodyEntities(
            "Smoke rose over the square in a picture taken by AFP Soldiers later cleared it.")
        #expect(found.contains { $0.name == "AFP" && $0.kind == .organization }, "\(kinds(found))")
        #expect(!found.contains { $0.name.contains("Soldiers") }, "\(kinds(found))")
    }

    @Test func aCityInCapitalsIsOneTown() {
        let found = TestData.bodyEntities("Flights resumed at KUWAIT CITY airport after the storm passed.")
        #expect(found.contains { $0.name == "Kuwait City" && $0.kind == .place }, "\(kinds(found))")
        #expect(!found.contains { $0.name == "CITY" || $0.name == "City" }, "\(kinds(found))")
    }
}

@Suite struct EntityFramedListArticleTests {
    func kinds(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    @Test func aWordBeforeItsLowercaseArticleStaysOneVillage() {
        let found = TestData.bodyEntities(
            "Jets hit the villages of Marun al-Dirsa Qarsi and Zorbani on Sunday, a monitor said.")
        #expect(found.first { $0.name == "Marun al-Dirsa" }?.kind == .place, "\(kinds(found))")
        #expect(found.first { $0.name == "Qarsi" }?.kind == .place, "\(kinds(found))")
    }

    @Test func aMilitaryAcademyNamedWithItsTownIsASite() {
        let found = TestData.bodyEntities("Rebels shelled the Artillery Academy of Zorbani for a third day.")
        #expect(found.first { $0.name == "Artillery Academy of Zorbani" }?.kind == .place, "\(kinds(found))")
    }
}
