import ArticleModel
import Testing

@testable import Extraction

/// Capitalised words that name things of no scored kind: a machine or a model named before its noun, a
/// designation of letters glued to a number, a show's title holding a pronoun.
@Suite struct EntityThingNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aMachineNamedBeforeItsNounIsNoNameAnywhereInTheArticle() {
        let found = entities([
            "The Zephyr supercomputer ran the model for a year at the laboratory in Denver.",
            "Zephyr produced the first maps in March, the team said.",
        ])
        #expect(!found.contains { $0.name == "Zephyr" })
        #expect(found.contains { $0.name == "Denver" })
    }

    @Test func lettersGluedToANumberNameADesignation() {
        let found = entities(["The simulation, called QRX50, modelled thousands of galaxies for the team."])
        #expect(!found.contains { $0.name.hasPrefix("QRX") })
    }

    @Test func aKnownBodysLettersBeforeANumberStayTheBody() {
        let found = entities(["The NATO summit in 2024 was held in Washington."])
        #expect(found.contains { $0.name == "NATO" && $0.kind == .organization })
    }

    @Test func aTitleHoldingAPronounIsNoName() {
        let found = entities([
            "She appeared on the panel show Have I Got News for You last year.",
            "The band played Love Me Tender at the end.",
        ])
        #expect(!found.contains { $0.name.contains("You") || $0.name.contains("Me") })
    }
}
