import ArticleModel
import Testing

@testable import Extraction

/// Letters in capitals that name a thing: spelled out in lowercase words, or after `a` or `an`.
@Suite struct EntityThingAcronymTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func lettersSpelledOutInLowercaseNameAThing() {
        let found = entities([
            "The harbour's vessel traffic index (VTI) fell for a third month.",
            "Traders said the VTI would recover by spring.",
        ])
        #expect(!found.contains { $0.name == "VTI" })
    }

    @Test func lettersAfterAnIndefiniteArticleNameAThing() {
        let found = entities(["The crane carries an IMU and a LIDAR on its boom."])
        #expect(!found.contains { $0.name == "IMU" || $0.name == "LIDAR" })
    }

    @Test func lettersSpelledOutInCapitalsStayAnOrganisation() {
        let found = entities([
            "The Harbour Pilots Association (HPA) met on Monday, and the HPA said the port was safe."
        ])
        #expect(found.first { $0.name == "Harbour Pilots Association" }?.kind == .organization)
    }

    @Test func lettersBeforeTheirStaffStayAnOrganisation() {
        let found = entities(["A KVRA engineer said the launch was delayed, and the KVRA confirmed it."])
        #expect(found.first { $0.name == "KVRA" }?.kind == .organization)
    }
}

extension EntityThingAcronymTests {
    @Test func lettersBeforeANounAfterAnArticleStayAName() {
        let found = entities(["The singer was dropped from a KTVZ show in August, and KTVZ said so."])
        #expect(found.first { $0.name == "KTVZ" }?.kind == .organization)
    }
}
