import ArticleModel
import Testing

@testable import Extraction

/// Models named in a list after a plural kind of product (`models like the Tessaro and Morvane`) are
/// products: none of the scored kinds.
@Suite struct EntityModelListTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func modelsListedAfterLikeAreNoOrganisations() {
        let found = entities(["Kelvar will also show older models like the Tessaro and Morvane at the fair."])
        #expect(!found.contains { $0.name == "Tessaro" || $0.name == "Morvane" })
    }

    @Test func phonesListedAfterSuchAsAreNoOrganisations() {
        let found = entities(["The maker said phones such as the Vessa, the Larrow and the Quell sold well last year."])
        #expect(!found.contains { $0.name == "Larrow" })
    }

    @Test func aBankListedAfterBanksStays() {
        let found = entities(["Analysts compared banks such as the Tarvan Bank, which lost money."])
        #expect(found.contains { $0.name == "Tarvan Bank" && $0.kind == .organization })
    }

    @Test func aMakerActingElsewhereStaysAnOrganisation() {
        let found = entities([
            "Buyers preferred cars like the Tessaro last year.", "Tessaro said on Monday that sales rose by a third.",
        ])
        #expect(found.contains { $0.name == "Tessaro" })
    }
}
