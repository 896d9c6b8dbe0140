import ArticleModel
import Testing

@testable import Extraction

/// Titles of works and products written like names are not stored: a run after a capitalised `My` inside a
/// sentence, inside quotation marks after a work's noun (though a comma splits it), after `called The` when a work's noun comes first, and in every other weakly typed mention of
/// a title so named. Guides and payment cards named with their heads are products too.
@Suite struct EntityTitledWorkRunTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Reviews", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func aRunAfterACapitalisedMyInsideASentenceIsATitle() {
        let found = entities([
            "The jury praised Ann Vessa for her early roles in My Quiet Tessaly and other films.",
        ])
        #expect(!found.contains { $0.name.contains("Tessaly") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Ann Vessa" }, "\(describe(found))")
    }

    @Test func aQuotedTitleSplitByACommaIsATitleWhole() {
        let found = entities([
            "One of his cards, a poem called \u{201C}Ember Moon, Kestrel Quay,\u{201D} later won a prize in Dornholm.",
        ])
        #expect(!found.contains { $0.name.contains("Ember") || $0.name.contains("Kestrel") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Dornholm" }, "\(describe(found))")
    }

    @Test func aTitleAfterCalledTheIsATitleInEveryMention() {
        let found = entities([
            "The book was called The Maresk Wager, and a friend in Dornholm lent it to me.",
            "The Maresk Wager is a box of small wonders from its first page to its last.",
        ])
        #expect(!found.contains { $0.name.contains("Maresk") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Dornholm" }, "\(describe(found))")
    }

    @Test func aPersonCalledByNameStaysAPerson() {
        let found = entities(["A clerk called Tomas Vessa signed the papers in Dornholm on Monday."])
        #expect(found.contains { $0.name == "Tomas Vessa" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aRunBeforeAYearInBracketsIsATitle() {
        let found = entities([
            "Ann Vessa first made her name in Harbour Glasswork (1987), shot on a pier near Dornholm.",
        ])
        #expect(!found.contains { $0.name.contains("Glasswork") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Ann Vessa" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aCardCompanyKeepsItsName() {
        let found = entities([
            "Tarvo Card has four million customers in Dornholm, and its creditors met on Monday.",
            "Creditors of Tarvo Card want the Kelvar group to add more money.",
        ])
        #expect(found.contains { $0.name == "Tarvo Card" }, "\(describe(found))")
    }

    @Test func aRunAfterMyThatTheArticleWritesAloneNamesItsOwner() {
        let found = entities([
            "Users can now save searches under the My Kestrel Search banner, the firm said.",
            "Tom Rand, a spokesman for Kestrel Search, said the service would grow.",
        ])
        #expect(found.contains { $0.name == "Kestrel Search" }, "\(describe(found))")
    }

    @Test func guidesAndPaymentCardsAreProducts() {
        let found = entities([
            "Buyers can pay with the Kelvar Rewards Card or read the Tarnix Laptop Price Guide before buying.",
            "Shoppers who use the Velsa card save the sales tax in Dornholm.",
        ])
        #expect(!found.contains { $0.name.contains("Card") || $0.name.contains("Guide") }, "\(describe(found))")
        #expect(!found.contains { $0.name == "Velsa" }, "\(describe(found))")
    }

    @Test func aConnectorStandardIsNoOrganisation() {
        let found = entities(["The monitor in the Dornholm shop has two DVI inputs and one VGA socket."])
        #expect(!found.contains { $0.name == "DVI" || $0.name == "VGA" }, "\(describe(found))")
    }

    @Test func aContractionOpeningASentenceIsNoName() {
        let found = entities([
            "Running the shop in Dornholm changed how I worked.",
            "I\u{2019}d have to answer letters at night. We\u{2019}ll see how long that lasts.",
        ])
        #expect(!found.contains { $0.name.contains("\u{2019}") }, "\(describe(found))")
    }
}
