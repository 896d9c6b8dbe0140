import ArticleModel
import Testing

@testable import Extraction

/// A number inside quotation marks belongs to the quote: its speaker is the source, and a slogan of a
/// few words counts nothing.
@Suite struct FigureQuoteTests {
    func figures(_ text: String) -> [Figure] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures
    }

    @Test func aFigureInALongQuoteTakesItsSpeakerAsSource() throws {
        let found = figures(
            "\u{201C}Our teams pulled 14 survivors from the flooded mine before dawn,\u{201D} said Maria Delgado, the rescue chief."
        )
        let survivors = try #require(found.first { $0.value == 14 })
        #expect(survivors.unit == "survivor")
        #expect(survivors.source == "Maria Delgado")
    }

    @Test func aNumberInAShortSloganIsNoFigure() {
        let found = figures("\u{201C}Two flags, one nation,\u{201D} the protest leader Tom Reyes told the crowd.")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func withoutQuotesTheSentenceSourceStands() {
        let quoted = FigureExtractor.attribute([], toSpeakersOf: [])
        #expect(quoted.isEmpty)
        let figure = Figure(
            span: TextSpan(paragraph: 1, start: 0, end: 10), text: "12 rockets", value: 12, kind: .count,
            unit: "rocket",
            source: "the army", sentence: "12 rockets fell, the army said.")
        #expect(FigureExtractor.attribute([figure], toSpeakersOf: []) == [figure])
        let quote = Quote(
            span: TextSpan(paragraph: 2, start: 0, end: 40), text: "a quote in another paragraph entirely",
            speaker: "Lee")
        #expect(FigureExtractor.attribute([figure], toSpeakersOf: [quote]) == [figure])
    }
}
