import ArticleModel
import Testing

@testable import Extraction

/// Words the English list lacks still read as common words by their endings.
@Suite struct EntityWordEndingTests {
    @Test func aLongAdjectiveOpeningASentenceIsNoName() {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .body, text: "Prospective members must register with the club before March.")])
        let found = TestData.extractor.extract(from: article).entities
        #expect(!found.contains { $0.name == "Prospective" }, "\(found.map(\.name))")
    }

    @Test func endingsReadOnlyLongWordsTheListLacks() {
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "prospective") == .adjective)
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "unanimity") == .noun)
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "clive") == nil)
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "kowalski") == nil)
    }
}
