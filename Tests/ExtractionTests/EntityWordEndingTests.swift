import ArticleModel
import Testing

@testable import Extraction

/// Words the English list lacks still read as common words by their endings.
@Suite struct EntityWordEndingTests {
    @Test func aLongAdjectiveOpeningASentenceIsNoName() {
        let found = TestData.bodyEntities("Prospective members must register with the club before March.")
        #expect(!found.contains { $0.name == "Prospective" }, "\(found.map(\.name))")
    }

    @Test func endingsReadOnlyLongWordsTheListLacks() {
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "prospective") == .adjective)
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "unanimity") == .noun)
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "clive") == nil)
        #expect(EnglishWords.bundled.partOfSpeech(readingEndingsOf: "kowalski") == nil)
    }
}
