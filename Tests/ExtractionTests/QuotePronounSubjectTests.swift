import ArticleModel
import Testing

@testable import Extraction

/// `he said` goes to the sentence's subject, not to a name mentioned in passing (sentences written for
/// these tests).
@Suite struct QuotePronounSubjectTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func pronounAfterAQuestionMark() {
        let found = speakers([
            "Finance Minister Paul Grant presented the budget on Tuesday.",
            "Union leader David Moss attacked the cuts. He told reporters that Mr Grant had been warned about "
                + "the cost. “Why do we need these cuts at all?” he asked.",
        ])
        #expect(found == ["David Moss"])
    }

    @Test func partyLeaderOpeningTheSentence() {
        let found = speakers([
            "Finance Minister Paul Grant presented the budget on Tuesday. “It is a fair budget,” he said.",
            "Green Party leader Simon Hale welcomed the decision on rail. The first task of the minister was to "
                + "“restore trust in the railways”, he said.",
        ])
        #expect(found == ["Paul Grant", "Simon Hale"])
    }
}
