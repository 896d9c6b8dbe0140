import ArticleModel
import Testing

@testable import Extraction

/// A round-up's section header run into its first sentence (`Homs Army units shelled …`): the header is a
/// place, `Army units` no body's name.
@Suite struct EntityRoundUpHeaderTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aCityBeforeArmyUnitsIsTheHeadersPlace() {
        let found = entities(["Tanks were destroyed near the river. Homs Army units shelled hideouts in Kel Tarn village."])
        #expect(found.contains { $0.name == "Homs" && $0.kind == .place })
        #expect(!found.contains { $0.name.hasSuffix("Army") })
    }

    @Test func aCitysCountrysideBeforeArmyUnitsIsTheHeadersPlace() {
        let found = entities(["Five vehicles burned. Homs Countryside Army units advanced on Kel Tarn village."])
        #expect(found.contains { $0.name == "Homs Countryside" && $0.kind == .place })
        #expect(!found.contains { $0.name.hasSuffix("Army") })
    }

    @Test func anArmyNamedForAnUnknownWordStaysABody() {
        let found = entities(["Vesk Army units shelled hideouts in Kel Tarn village on Monday."])
        #expect(!found.contains { $0.name == "Vesk" && $0.kind == .place })
    }

    @Test func aCityArmyInsideASentenceIsNoHeader() {
        // Only a run that opens its sentence is a header: mid-sentence, `Homs` takes no header place.
        let found = entities(["Fighters of the Homs Army units shelled hideouts in Kel Tarn village."])
        #expect(found.contains { $0.name == "Kel Tarn" && $0.kind == .place })
        #expect(!found.contains { ($0.name == "Homs" || $0.name == "Homs Countryside") && $0.kind == .place })
    }
}
