import ArticleModel
import Testing

@testable import Extraction

/// `the London-based group`: the place a modifier says something is based in is a place mention.
@Suite struct EntityBasedPlaceTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aKnownPlaceBeforeBasedIsAPlace() {
        let found = entities(["The Berlin-based charity said it had sent two lorries of blankets to the border."])
        #expect(entity(found, "Berlin")?.kind == .place)
        #expect(!found.contains { $0.name.contains("based") })
    }

    @Test func aPlaceOfTwoWordsBeforeBasedIsOnePlace() {
        let found = entities(["A New York-based lawyer for the tenants called the ruling a relief."])
        // The gazetteer names the place `New York City`.
        #expect(found.first { $0.name.hasPrefix("New York") }?.kind == .place, "\(found.map(\.name))")
        #expect(entity(found, "New") == nil)
    }

    @Test func anUnknownWordBeforeBasedIsNoPlace() {
        let found = entities(["The Quorvex-based ferry operator raised its fares on Monday."])
        #expect(!found.contains { $0.kind == .place })
    }

    @Test func aNameBeforeAPlaceModifierStaysItsOwnName() {
        let found = entities(["Oxfam said its Nairobi-based staff had reached the camp."])
        #expect(entity(found, "Nairobi")?.kind == .place)
        #expect(entity(found, "Oxfam") != nil)
    }
}
