import ArticleModel
import Testing

@testable import Extraction

/// Wire copy: headlines in capitals, datelines, results lines and tables, players listed with their
/// countries. Every sentence here is written for these tests.
@Suite struct EntityWireTests {
    func entities(_ title: String, _ lines: [String]) -> [ExtractedEntity] {
        let article = Article(title: title, paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    @Test func aCountryInParenthesesIsWhereAPlayerComesFrom() {
        let found = entities(
            "Tennis results",
            [
                "Petr Kovac (Czech Republic) beat Luis Ortega (Spain) 6-4 6-2 on the hard court.",
                "Kovac said he was pleased with his serve.",
            ])
        #expect(kind("Petr Kovac", in: found) == .person)
        #expect(kind("Luis Ortega", in: found) == .person)
        #expect(kind("Czech Republic", in: found) == .place)
        #expect(kind("Spain", in: found) == .place)
        #expect(!found.contains { $0.aliases.contains("Czech Republic") || $0.aliases.contains("Spain") })
    }

    @Test func namesInACapitalHeadlineFoldToTheBodysSpelling() {
        let found = entities(
            "TENNIS - KOVAC ENDS VIENNA SAGA WITH WIN OVER HUNGARY",
            ["Petr Kovac of the Czech Republic beat a Hungarian qualifier in Vienna on Wednesday."])
        let kovac = found.first { $0.name == "Petr Kovac" }
        #expect(kovac?.kind == .person)
        #expect(kovac?.mentions.contains { $0.text == "KOVAC" } == true)
        #expect(found.first { $0.name == "Vienna" }?.mentions.contains { $0.text == "VIENNA" } == true)
        #expect(kind("Hungary", in: found) == .place)
        // A town named like an English word is no name when it is written in capitals.
        #expect(!found.contains { $0.name == "Saga" })
    }
}
