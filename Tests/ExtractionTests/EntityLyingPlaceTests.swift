import ArticleModel
import Testing

@testable import Extraction

/// A name that `lies` somewhere (`Tarvo, which lies near the border`) is a place's.
@Suite struct EntityLyingPlaceTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aTownThatLiesInAProvinceIsAPlace() {
        let found = entities([
            "Helicopters dropped barrel bombs on Al-Vessa which lies in the northern province, a monitor said."
        ])
        #expect(found.contains { $0.name == "Al-Vessa" && $0.kind == .place })
    }

    @Test func aTownThatLiesNearABorderIsAPlace() {
        let found = entities(["Rebels shelled Tarvo, which lies near the border, on Monday."])
        #expect(found.contains { $0.name == "Tarvo" && $0.kind == .place })
    }

    @Test func aSideLyingInSecondPlaceIsNoPlace() {
        let found = entities(["The side, Kestrel, which lies in second place, won again."])
        #expect(!found.contains { $0.name == "Kestrel" && $0.kind == .place })
    }
}
