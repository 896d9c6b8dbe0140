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

    @Test func aTownThatLiesSomeMilesNorthIsAPlace() {
        let found = entities(["Floods cut off Dornvale, which lies some 30 miles north of the capital, on Sunday."])
        #expect(found.contains { $0.name == "Dornvale" && $0.kind == .place })
    }

    @Test func aPaperThatLiesAboutAWarIsNoPlace() {
        let found = entities(["Readers left The Kestrel Times, which lies about the war, in their thousands."])
        #expect(!found.contains { $0.name.contains("Kestrel") && $0.kind == .place })
    }

    @Test func aClubThatLiesInTheRelegationZoneIsNoPlace() {
        let found = entities(["The club, Vessa Rovers, which lies in the relegation zone, lost again."])
        #expect(!found.contains { $0.name.contains("Vessa") && $0.kind == .place })
    }
}
