import ArticleModel
import Testing

@testable import Extraction

/// `The band - whose … - thanked the crowd, adding: "…"`: a role opening the sentence whose verb a participle
/// of saying follows stands for the one the article gives that role (sentences written for these tests).
@Suite struct QuoteOpeningRoleTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func theBandAfterADescriptionBetweenDashes() {
        let found = speakers([
            "Tarvan band Kestrel Hill led the winners at the Marrowby music awards on Monday, taking three prizes.",
            "The band - whose first record sold well across Tarvan - thanked the crowd, adding: \"None of this "
                + "happens without the people in the front row.\"",
        ])
        #expect(found == ["Kestrel Hill"])
    }

    @Test func theBandAfterADescriptionBetweenCommas() {
        let found = speakers([
            "Tarvan band Kestrel Hill led the winners at the Marrowby music awards on Monday.",
            "The band, whose first record sold well across Tarvan, thanked the crowd, adding: \"We will be back "
                + "next spring for a long tour.\"",
        ])
        #expect(found == ["Kestrel Hill"])
    }

    @Test func aRoleNobodyWasGivenStaysUnnamed() {
        let found = speakers([
            "Ann Tolley and Bram Quince led the winners at the Marrowby music awards on Monday.",
            "The band thanked the crowd, adding: \"We will be back next spring for a long tour.\"",
        ])
        #expect(found == [nil])
    }
}
