import ArticleModel
import Testing

@testable import Extraction

/// `the village of Bab Vessa Syria`: a country run onto the end of a place's name whose comma was lost is a
/// name of its own; names that only end in a country's word stay whole.
@Suite struct EntityTrailingCountryTests {
    func names(_ text: String) -> [String] {
        TestData.bodyEntities(text).map { "\($0.name) \($0.kind)" }
    }

    @Test(arguments: [
        "Gunmen stormed a school in the village of Bab Vessa Syria on Friday.",
        "Shells fell near Tell Karmun Dorsa Syria on Friday.",
    ])
    func theCountryIsSplitOff(text: String) {
        let found = names(text)
        #expect(found.contains("Syria place"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("Syria place") && $0 != "Syria place" }, "\(found)")
    }

    @Test func theFusedSiteIsThePlaceAlone() {
        let text = "Ten people were killed when gunmen stormed a school in the village of Bab Vessa Syria on Friday."
        let figure = TestData.bodyFigures(text).first { $0.value == 10 }
        #expect(figure?.site == "Bab Vessa", "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test(arguments: [
        // No frame of a place before it: a body named for its country.
        "The charity Hands of Vessa Syria said it had sent food.",
        // One word before the country: one name.
        "Ferries leave from the town of Karmun Syria each morning.",
    ])
    func otherRunsStayWhole(text: String) {
        let found = names(text)
        #expect(!found.contains("Syria place"), "\(found)")
    }
}
