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
        let found = entities(["The fair will also show Kelvar's older models like the Tessaro and Morvane."])
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

    /// Whether the name `name` in `text` is read as a model listed after a kind of product.
    func listed(_ name: String, in text: String) -> Bool {
        let tokens = Tokenizer().tokens(in: text)
        guard let k = tokens.firstIndex(where: { $0.text == name }) else { return false }
        return EntityExtractor.listedAfterProductKind(k..<(k + 1), in: tokens)
    }

    @Test func modelsAfterAMakerAreListedModels() {
        #expect(listed("Tessaro", in: "Buyers liked Kelvar models such as the Tessaro last year."))
        #expect(listed("Tessaro", in: "Buyers liked Kelvar's older models such as the Tessaro last year."))
    }

    @Test func modelsWithoutAMakerOrBeforeANounAreNoListedModels() {
        #expect(!listed("Kestrel", in: "Designers booked models such as the Kestrel twins for the show."))
        #expect(!listed("Kestrel", in: "Designers booked models such as the Kestrel and the Vessa for the show."))
        #expect(!listed("Kestrel", in: "Buyers liked Kelvar models such as the Kestrel twins last year."))
    }
}
