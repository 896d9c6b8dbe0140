import ArticleModel
import Testing

@testable import Extraction

/// `14 were killed in Vessa and three others, among them a nurse, died in the Dornholm district`: an aside on
/// who the counted were, between a count and its own verb, does not push the count's own place away; the place
/// of the count before stays that count's.
@Suite struct FigureAsideOnTheCountedSiteTests {
    func site(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    func shown(_ text: String) -> String {
        "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-", $0.event ?? "-") })"
    }

    @Test(arguments: [
        "Police said 14 villagers were killed in Vessa and three others, among them a nurse, died in the Dornholm district on Tuesday.",
        "Police said 14 villagers were killed in Vessa and three others - among them a nurse - died in the Dornholm district on Tuesday.",
        "Police said 14 villagers were killed in Vessa and three others, mostly shepherds, died in the Dornholm district on Tuesday.",
    ])
    func theCountAfterTheAsideTakesItsOwnPlace(text: String) {
        #expect(site(3, in: text) == "Dornholm", "\(shown(text))")
        #expect(site(14, in: text) == "Vessa", "\(shown(text))")
    }

    @Test func anAsideNamingAPlaceIsNoAsideOnTheCounted() {
        // The part in Tarvos is placed inside the aside: the count is over both places, so it has no one site.
        let text =
            "Police said 12 villagers, among them two in Tarvos, died in the Dornholm district of Kelvar on Monday."
        #expect(site(12, in: text) != "Tarvos", "\(shown(text))")
    }
}
