import ArticleModel
import Testing

@testable import Extraction

/// Capitalised words glued by `&` or `/` (no space either side) are one name, a firm's or a brand's:
/// `KT&R`, `Brask/Tolven`; not a common abbreviation (`R&D`) nor two places.
@Suite struct EntityGluedJoinerTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func anAmpersandGluedBetweenCapitalsKeepsOneName() {
        let found = entities(["Shares of KT&R rose on Tuesday after KT&R officials said sales climbed."])
        #expect(entity(found, "KT&R")?.kind == .organization)
        #expect(entity(found, "KT")?.mentions.count ?? 0 == 0)
        #expect(!found.contains { $0.name == "R" || $0.name == "KT" })
    }

    @Test func aSlashGluedBetweenTwoListedWordsKeepsOneName() {
        let found = entities(["The retailers named were VQ&L, Korvath/Meyling, Dunmore Group and Pellacott Stores."])
        #expect(entity(found, "Korvath/Meyling")?.kind == .organization)
        #expect(entity(found, "VQ&L")?.kind == .organization)
        #expect(!found.contains { ["Korvath", "Meyling", "VQ"].contains($0.name) })
    }

    @Test func aSlashBetweenTwoNamesOutsideAListStaysTwoNames() {
        let found = entities(["The Korvath/Boeing order book grew, and Hale/Brown rivalry resumed."])
        #expect(!found.contains { $0.name.contains("/") })
    }

    @Test func aGluedNameEndingInALetterEndsAtItsFullStop() {
        let found = entities(["Sales rose at KT&R. Dunmore Group said prices fell."])
        #expect(entity(found, "KT&R") != nil)
        #expect(!found.contains { $0.name.contains("Dunmore") && $0.name.contains("&") })
    }

    @Test func commonAbbreviationsAndPlacesStayApart() {
        let found = entities(["Spending on R&D rose, and flights between Norway/Sweden were cut."])
        #expect(!found.contains { $0.name.contains("&") || $0.name.contains("/") })
    }
}
