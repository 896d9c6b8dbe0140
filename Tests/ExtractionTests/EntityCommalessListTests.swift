import ArticleModel
import Testing

@testable import Extraction

/// Text that lost its commas: places listed before `and` are one place each; a name made of a given name
/// and a place stays whole.
@Suite struct EntityCommalessListTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func anUnknownWordListedAmongKnownPlacesIsAPlace() {
        let found = entities(["Shelling hit Aleppo Homs Zarbeqa and Hama overnight the monitor said"])
        for place in ["Aleppo", "Homs", "Zarbeqa", "Hama"] {
            #expect(entity(found, place)?.kind == .place, "\(place): \(found.map(\.name))")
        }
    }

    @Test func anUnknownWordBeforeKnownPlacesIsListedToo() {
        let found = entities(["Families fled Qurmaza Homs Aleppo and Hama after the raids"])
        #expect(entity(found, "Qurmaza")?.kind == .place, "\(found.map(\.name))")
        #expect(entity(found, "Homs")?.kind == .place)
    }

    @Test func twoUnknownWordsMayBeOneNameAndStay() {
        let found = entities(["Families fled Qurmaza Zelbani Homs Aleppo and Hama after the raids"])
        #expect(entity(found, "Qurmaza") == nil, "\(found.map(\.name))")
    }

    @Test func aPlaceThatIsAlsoAGivenNameBeforeASurnameStaysAPerson() {
        let found = entities(["The panel heard from Milan Voskuhl and Sarah Lee on Monday"])
        #expect(entity(found, "Voskuhl") == nil, "\(found.map(\.name))")
    }

    @Test func aGivenNameBeforeAPlaceIsAPerson() {
        let found = entities(["The novels of Jack London and Mark Twain were on the list"])
        #expect(entity(found, "London") == nil, "\(found.map(\.name))")
    }

    @Test func aSingularNounBeforeOfGluesNoPlaces() {
        let found = TestData.bodyEntities("The mayor of Vesk Oduya Bakare and Governor Ann Roe met.")
        #expect(!found.contains { ["Oduya", "Bakare", "Oduya Bakare"].contains($0.name) && $0.kind == .place },
            "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aCompassRegionGluedToAKnownTownIsTwoPlaces() {
        let found = entities(["Heavy fighting raged in Eastern Varouta Douma overnight, the group said."])
        #expect(entity(found, "Eastern Varouta")?.kind == .place, "\(found.map(\.name))")
        #expect(entity(found, "Douma")?.kind == .place, "\(found.map(\.name))")
    }

    @Test func aCompassWordBeforeACommonWordAndAPlaceStaysWhole() {
        let found = entities(["The family moved to West New York last spring."])
        #expect(entity(found, "West New") == nil, "\(found.map(\.name))")
    }
}
