import ArticleModel
import Testing

@testable import Extraction

/// A role, then the name of the one who holds it between commas (`A spokesman for the mayor, Dan Orr,
/// said`): a later quote given to the role (`the spokesman added`) is that person's.
@Suite struct QuoteAppositiveRoleTests {
    func quotes(_ paragraphs: [String]) -> [Quote] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes
    }

    @Test func theRoleLaterIsTheNamedHolder() {
        let found = quotes([
            "A spokesman for Mr. Halvorsen, Dan Orritt, said the talks with the union would resume on Monday.",
            "Halvorsen had been away from the office for two weeks.",
            "\u{201C}We expect a settlement before the holidays,\u{201D} the spokesman added.",
        ])
        #expect(found.map(\.speaker) == ["Dan Orritt"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func theRoleOfSomeoneNeverNamedStaysNull() {
        let found = quotes([
            "Mr. Halvorsen said the talks with the union would resume on Monday.",
            "\u{201C}We expect a settlement before the holidays,\u{201D} the spokesman added.",
        ])
        #expect(found.map(\.speaker) == [nil], "\(found.map { ($0.text, $0.speaker) })")
    }
}
