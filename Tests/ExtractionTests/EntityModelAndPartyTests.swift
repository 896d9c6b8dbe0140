import ArticleModel
import Testing

@testable import Extraction

/// Models named before the kind of product they are, parties named by their members, former countries, and
/// the town after a person's age.
@Suite struct EntityModelAndPartyTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aTownsNameBeforeAProductNounNamesAModel() {
        let found = entities([
            "The maker is recalling its Orlando consoles and Dallas pickups after a fault, it said in Boston."
        ])
        #expect(!found.contains { $0.name == "Orlando" || $0.name == "Dallas" })
        #expect(found.contains { $0.name == "Boston" && $0.kind == .place })
    }

    @Test func aTownBeforeAProductNounThatModifiesAnotherNounStaysAPlace() {
        let found = entities(["The Dallas truck plant will close next year, workers in Dallas were told."])
        #expect(found.contains { $0.name == "Dallas" && $0.kind == .place })
    }

    @Test func aRegionBeforeAPartsNounStaysAPlace() {
        let found = entities(["Rebels shelled the Adriatic port city of Vesk on Monday."])
        #expect(found.contains { $0.name == "Adriatic" && $0.kind == .place }, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aCountryBeforeAProductNounStaysAPlace() {
        let found = entities(["Exports of Japan cars fell in May."])
        #expect(found.contains { $0.name == "Japan" && $0.kind == .place })
    }

    @Test func twoUnknownWordsBeforeAVehicleNounNameAModel() {
        let found = entities(["Owners of Corvan Ridge pickups were told to stop driving them."])
        #expect(!found.contains { $0.name.contains("Corvan") })
    }

    @Test func partiesNamedByTheirMembersAreOrganisations() {
        let found = entities(["Both the Democrats and the Republicans backed the bill in the Senate."])
        #expect(found.contains { $0.name == "Democratic Party" && $0.kind == .organization })
        #expect(found.contains { $0.name == "Republican Party" && $0.kind == .organization })
    }

    @Test func aFormerCountryIsAPlace() {
        let found = entities(["She worked in the Soviet Union and later in Yugoslavia as an engineer."])
        #expect(found.contains { $0.name == "Soviet Union" && $0.kind == .place })
        #expect(found.contains { $0.name == "Yugoslavia" && $0.kind == .place })
    }

    @Test func theTownAfterAPersonsAgeIsAPlace() {
        let found = entities(["Sara Hollis, 32, of Brenmoor, was charged with fraud on Friday."])
        #expect(found.contains { $0.name == "Brenmoor" && $0.kind == .place })
        #expect(found.contains { $0.name == "Sara Hollis" && $0.kind == .person })
    }
}
