import ArticleModel
import Testing

@testable import Extraction

/// `The singer - whose … - thanked the crowd, adding: "…"`: a role opening the sentence whose verb a participle
/// of saying follows stands for the one person the article gives that role (sentences written for these tests;
/// roles are noted for people only, so `The band …` finds no band typed as an organisation).
@Suite struct QuoteOpeningRoleTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func theSingerAfterADescriptionBetweenDashes() {
        let found = speakers([
            "Tarvan singer Mara Quillon led the winners at the Marrowby music awards on Monday, taking three prizes.",
            "The singer - whose first record sold well across Tarvan - thanked the crowd, adding: \"None of this "
                + "happens without the people in the front row.\"",
        ])
        #expect(found == ["Mara Quillon"])
    }

    @Test func theSingerAfterADescriptionBetweenCommas() {
        let found = speakers([
            "Tarvan singer Mara Quillon led the winners at the Marrowby music awards on Monday.",
            "The singer, whose first record sold well across Tarvan, thanked the crowd, adding: \"We will be back "
                + "next spring for a long tour.\"",
        ])
        #expect(found == ["Mara Quillon"])
    }

    @Test func aRoleNobodyWasGivenStaysUnnamed() {
        let found = speakers([
            "Ann Tolley and Bram Quince led the winners at the Marrowby music awards on Monday.",
            "The band thanked the crowd, adding: \"We will be back next spring for a long tour.\"",
        ])
        #expect(found == [nil])
    }
}
