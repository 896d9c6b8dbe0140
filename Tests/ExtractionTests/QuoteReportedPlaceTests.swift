import ArticleModel
import Testing

@testable import Extraction

/// A country or city made the subject of the clause a named person reports (`Ann Lee said that Norway had
/// agreed to "…"`) is not the speaker of a quote in that clause: the person who said it is. A place that
/// says something in its own sentence still speaks (sentences written for these tests).
@Suite struct QuoteReportedPlaceTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func aPlaceAfterThatAndAPhraseOfTimeIsNotTheSpeaker() {
        let found = speakers([
            "Trade envoy Halvard Teague said that after long talks Norway had agreed to drop the levy as"
                + " a \u{201C}gesture of good faith to the boat crews\u{201D}."
        ])
        #expect(found == ["Halvard Teague"], "\(found)")
    }

    @Test func aPlaceInTheClauseOfToldIsNotTheSpeaker() {
        let found = speakers([
            "Ombudsman Petra Vanslow told the Kestrel Hill committee on Tuesday that Canada had concluded the"
                + " permits were \u{201C}no longer fit for the purpose they served\u{201D}."
        ])
        #expect(found == ["Petra Vanslow"], "\(found)")
    }

    @Test func aPlaceSayingInItsOwnSentenceStillSpeaks() {
        let found = speakers([
            "Norway said the new levy would be \u{201C}dropped for every boat crew by the spring\u{201D}."
        ])
        #expect(found == ["Norway"], "\(found)")
    }

    @Test func aPlaceSayingInAClauseOfItsOwnAfterAndStillSpeaks() {
        let found = speakers([
            "Trade envoy Halvard Teague said the talks had gone well, and Canada said the levy would be"
                + " \u{201C}dropped for every boat crew by the spring\u{201D}."
        ])
        #expect(found == ["Canada"], "\(found)")
    }
}
