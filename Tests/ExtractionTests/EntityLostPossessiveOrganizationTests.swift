import ArticleModel
import Testing

@testable import Extraction

/// Text that lost its apostrophes: an organisation's possessive `s` folds into its name.
@Suite struct EntityLostPossessiveOrganizationTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aKnownOrganisationsLostPossessiveFolds() {
        let found = entities([
            "Al Qaedas fighters left the hills near the river on Tuesday",
            "Residents said the men had gone north",
        ])
        #expect(found.contains { $0.name.hasPrefix("al-Qaeda") || $0.name == "Al Qaeda" })
        #expect(!found.contains { $0.name.hasSuffix("Qaedas") }, "\(found.map(\.name))")
    }

    @Test func anAcronymsLostPossessiveFoldsWhenNamedAlone() {
        let found = entities([
            "The KDPF said on Monday that it held the bridge",
            "KDPFs fighters crossed the river before dawn",
        ])
        #expect(found.contains { $0.name == "KDPF" })
        #expect(!found.contains { $0.name == "KDPFs" }, "\(found.map(\.name))")
    }

    @Test func aPluralAcronymNeverNamedAloneStays() {
        let found = entities(["Several NGOs staff members left the camp on Monday"])
        #expect(!found.contains { $0.name == "NGO" })
    }
}
