import ArticleModel
import Testing

@testable import Extraction

/// A name right after a known place's `-based` modifier (`the London-based Vessacorp`) is a firm's or a
/// group's; not after a modifier of no place (`Windows-based`), and not a given name and surname.
@Suite struct EntityBasedNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aNameAfterAPlacesBasedIsAnOrganization() {
        let found = entities(["The deal gives London-based Vessacorp a third of the Tarvan market, Tom Hale said."])
        #expect(found.contains { $0.name == "Vessacorp" && $0.kind == .organization })
    }

    @Test func aNameOfTwoWordsAfterAPlacesBasedIsAnOrganization() {
        let found = entities(["Paris-based Kelvar Dornholm launched its first racing game for phones in March."])
        #expect(found.contains { $0.name == "Kelvar Dornholm" && $0.kind == .organization })
        #expect(!found.contains { $0.name == "Kelvar Dornholm" && $0.kind == .person })
    }

    @Test func aNameAfterAModifierOfNoPlaceGetsNoOrganization() {
        let found = entities(["Owners of the Windows-based Kelvar Dornholm can now buy songs online."])
        #expect(!found.contains { $0.name == "Kelvar Dornholm" && $0.kind == .organization })
    }

    @Test func aGivenNameAfterAPlacesBasedStaysAPerson() {
        let found = entities(["The prize went to London-based Anna Marrowby, who wrote the novel in a year."])
        #expect(!found.contains { $0.name == "Anna Marrowby" && $0.kind == .organization })
    }
}
