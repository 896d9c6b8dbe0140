import ArticleModel
import Testing

@testable import Extraction

/// A name run that stops at a numeric character reference left in the text (`Tom F&#233;lix`) is cut
/// inside a word: it is not stored as `Tom F`. A reference for a mark (`Hale&#191;s`) cuts no word.
@Suite struct EntityCharacterReferenceTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aNameCutAtALettersReferenceIsNotStored() {
        let found = entities(["The Vessa singer Bryk Kelv&#233;nor said the album took two years to record."])
        #expect(!found.contains { $0.name == "Bryk Kelv" })
    }

    @Test func aGivenNameCutAtALettersReferenceIsNotStored() {
        let found = entities(["Jos&#233; Marrowby, the Tarvan trade envoy, arrived in Dornholm on Monday."])
        #expect(!found.contains { $0.name == "Jos" })
    }

    @Test func aReferenceForAMarkCutsNoName() {
        let found = entities(["Tom Hale said Tarvan&#191;s new port would open in May."])
        #expect(found.contains { $0.name == "Tom Hale" && $0.kind == .person })
        #expect(!found.contains { $0.name.hasPrefix("Tarvan&") })
    }
}
