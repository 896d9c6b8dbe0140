import ArticleModel
import Testing

@testable import Extraction

/// A family name spelt like the pronoun `He` before a given name is a person and can speak (sentences
/// written for these tests).
@Suite struct QuotePronounSurnameTests {
    func extraction(_ paragraphs: [String]) -> (entities: [ExtractedEntity], speakers: [String?]) {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        let found = TestData.extractor.extract(from: article)
        return (found.entities, found.quotes.map(\.speaker))
    }

    @Test func aSurnameOpeningASentenceBeforeAnAppositiveAndSaid() {
        let found = extraction([
            "He Weizhong, the former head of the port authority, said: \"The new rules will cost us a year.\""
        ])
        #expect(found.entities.contains { $0.name == "He Weizhong" && $0.kind == .person })
        #expect(found.speakers == ["He Weizhong"])
    }

    @Test func aSurnameAfterTheQuote() {
        let found = extraction([
            "\"The new rules will cost the port a whole year,\" He Weizhong, a former director, said."
        ])
        #expect(found.speakers == ["He Weizhong"])
    }

    @Test func aSurnameAfterAQuestion() {
        let found = extraction(["\"Why would the port sign it this year?\" He Weizhong, a former director, said."])
        #expect(found.speakers == ["He Weizhong"])
    }

    @Test func aNamedSpeakerAfterAQuestionAndWhereItWasSaid() {
        let found = extraction([
            "\"What would make the port sign it this year?\" He Weizhong, a former director of the authority, "
                + "said at a forum in the capital on Tuesday."
        ])
        #expect(found.speakers == ["He Weizhong"])
    }

    @Test func thePronounBeforeAVerbIsNoName() {
        let found = extraction([
            "Li Peiran met the board on Monday. He said: \"The new rules will cost the port a whole year.\""
        ])
        #expect(!found.entities.contains { $0.name.hasPrefix("He ") })
        #expect(found.speakers == ["Li Peiran"])
    }
}
