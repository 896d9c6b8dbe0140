import ArticleModel
import Testing

@testable import Extraction

/// `Name, Affiliation: "…"`: a speaker given by layout, with no verb (sentences written for these tests).
@Suite struct QuoteLayoutTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func nameAndPaperBeforeAColon() {
        let found = speakers([
            "Analysts looked back at the week in Washington.",
            "Martin K. Hollis, The Daily Ledger: \"The budget fight is not over, and both parties know it.\"",
            "Susan Ortiz: \"Nobody expected the vote to be this close.\"",
        ])
        #expect(found == ["Martin K. Hollis", "Susan Ortiz"])
    }

    @Test func aLowercaseDescriptionOrAVerbIsNoLayout() {
        let found = speakers([
            "Analysts looked back at the week in Washington.",
            "Martin Hollis, who writes for a paper in Ohio: \"The budget fight is not over, and both parties know "
                + "it.\"",
            "Budget Fight: \"Nobody expected the vote to be this close in the end.\"",
        ])
        #expect(found == [nil, nil])
    }

    @Test func aTitleBeforeTheNameOrARoleDescriptionAfterIt() {
        let found = speakers([
            "Analysts looked back at the week in Washington.",
            "Prime Minister Helen Ward: \"Rates will stay high for longer than markets expect.\"",
            "Tom Becker, chief economist at Northbank: \"The slowdown has only just begun.\"",
            "Tom Becker, which is to say nobody at all: \"The slowdown has only just begun, again.\"",
        ])
        #expect(found == ["Helen Ward", "Tom Becker", nil])
    }
}
