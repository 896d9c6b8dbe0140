import ArticleModel
import Testing

@testable import Extraction

/// Letters in capitals that make a term or a designation rather than name an organisation.
@Suite struct EntityTechnicalTermTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func lettersJoinedToACommonWordMakeATerm() {
        let found = entities([
            "We measured the ROS-concentration in the samples, and the HIV-positive patients waited."
        ])
        #expect(!found.contains { $0.name.hasPrefix("ROS") || $0.name.hasPrefix("HIV") })
    }

    @Test func lettersJoinedToANumberMakeADesignation() {
        let found = entities(["The last flight will be STS-135, and the crew trained on the XR-7 simulator."])
        #expect(!found.contains { $0.name == "STS" || $0.name == "XR" })
    }

    @Test func anOrganisationsLettersStandingAloneStayAnOrganisation() {
        let found = entities(["Engineers at the KVRA said the launch was delayed."])
        #expect(found.first { $0.name == "KVRA" }?.kind == .organization)
    }

    @Test func aModifierMadeFromAnOrganisationIsNoName() {
        let found = entities(["The UN-backed talks resumed in Geneva."])
        #expect(!found.contains { $0.name.hasPrefix("UN-") })
        #expect(found.first { $0.name == "Geneva" }?.kind == .place)
    }
}

extension EntityTechnicalTermTests {
    @Test func aLetterJoinedToACommonWordIsNoPartOfAName() {
        let found = entities(["The boy wore a NASA T-shirt, and doctors took an X-ray at Mercy Hospital."])
        #expect(found.first { $0.name == "NASA" }?.kind == .organization)
        #expect(!found.contains { $0.name.contains("T-shirt") || $0.name.contains("X-ray") })
    }
}
