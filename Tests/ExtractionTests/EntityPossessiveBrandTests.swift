import ArticleModel
import Testing

@testable import Extraction

/// Brands named with a possessive keep their `'s` when the article writes them only so; a person's
/// possessive never does.
@Suite struct EntityPossessiveBrandTests {
    func names(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    @Test func aNameOnlyWrittenWithApostropheSBeforeAVerbKeepsIt() {
        let found = TestData.bodyEntities(
            "Sales at Veskow's stores fell in May. Veskow's said on Monday that it would close 40 shops.")
        #expect(found.contains { $0.name == "Veskow's" }, "\(names(found))")
        #expect(!found.contains { $0.name == "Veskow" }, "\(names(found))")
    }

    @Test func aKnownBrandWithApostropheSIsTheOrganisation() {
        let found = TestData.bodyEntities("Shoppers left Sainsbury's stores empty before the storm hit Vesk.")
        #expect(found.contains { $0.name == "Sainsbury's" && $0.kind == .organization }, "\(names(found))")
    }

    @Test func aPersonsPossessiveLosesIt() {
        let found = TestData.bodyEntities("Mr Veskow's plan failed. Veskow's critics said it cost too much.")
        #expect(!found.contains { $0.name == "Veskow's" }, "\(names(found))")
    }

    @Test func aNameAlsoWrittenWithoutItLosesIt() {
        let found = TestData.bodyEntities(
            "Veskow's said profits rose. Analysts expect Veskow to open more shops in Tarn this year.")
        #expect(!found.contains { $0.name == "Veskow's" }, "\(names(found))")
    }
}
