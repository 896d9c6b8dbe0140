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

    /// A body whose name holds commas of its own before the named holder (`A spokeswoman for the Ministry of
    /// Trade, Energy and Transport, NAME, said`): the pass reads the words between two commas without stepping
    /// outside them into the name that began before.
    @Test func aBodyWithCommasBeforeTheNamedHolder() {
        let found = quotes([
            "The spokeswoman of the Ministry of Ports, Rail and Transport, Marta Vell, has rounded on critics of the ferry plan.",
            "\u{201C}They have not read a word of it,\u{201D} Ms Vell said.",
        ])
        #expect(found.map(\.speaker) == ["Marta Vell"], "\(found.map { ($0.text, $0.speaker) })")
    }
}
