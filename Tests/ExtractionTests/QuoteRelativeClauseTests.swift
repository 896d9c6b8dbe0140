import ArticleModel
import Testing

@testable import Extraction

/// A relative clause between the speaker and the verb, or after the speaker (sentences written for
/// these tests).
@Suite struct QuoteRelativeClauseTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func anOrganisationInsideTheRelativeClauseIsNotTheSpeaker() {
        let found = speakers([
            "Workers gathered outside the plant on Monday.",
            "Maria Delgado, who heads the Transport Workers Union, said: \"We will stay here until the contract "
                + "is signed.\"",
        ])
        #expect(found == ["Maria Delgado"])
    }

    @Test func theRelativeClauseAfterOrBeforeTheVerb() {
        let found = speakers([
            "Workers gathered outside the plant, led by Maria Delgado of the Transport Workers Union.",
            "\"We will stay here until the contract is signed,\" said Maria Delgado, who heads the union.",
            "\"Nobody here wants a long strike,\" Delgado, who met Governor Paul Reyes on Friday, said.",
        ])
        #expect(found == ["Maria Delgado", "Maria Delgado"])
    }
}
