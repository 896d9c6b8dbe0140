import ArticleModel
import Testing

@testable import Extraction

/// `the Fourth District`: an ordinal names a place only with its head.
@Suite struct EntityOrdinalPlaceTests {
    @Test func anOrdinalBeforeADistrictIsNoPlaceAlone() {
        let found = TestData.bodyEntities("Voters in the Fourth District will choose a new judge in May.")
        #expect(!found.contains { $0.name == "Fourth" }, "\(found.map(\.name))")
    }

    @Test func ordinalsAreReadByTheirEndings() {
        func token(_ word: String) -> Token { Tokenizer().tokens(in: word)[0] }
        #expect(EntityExtractor.isOrdinal(token("Fourth")))
        #expect(EntityExtractor.isOrdinal(token("Seventeenth")))
        #expect(EntityExtractor.isOrdinal(token("Twenty-first")))
        #expect(!EntityExtractor.isOrdinal(token("North")))
        #expect(!EntityExtractor.isOrdinal(token("Smith")))
    }
}
