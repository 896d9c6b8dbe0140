import ArticleModel
import Testing

@testable import Extraction

/// Sites the figure's own sentence names: a coalition `U.S.-led` names who leads, no second place; a street
/// listed with a district before the city they are in gives the city.
@Suite struct FigureSiteOwnSentenceShapeTests {
    func site(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    @Test func aPlaceWithStopsBeforeLedNamesNoSecondSite() {
        let text =
            "At least 20 members of the Kelvar Front were killed Thursday in northern Syria during an operation "
            + "by the U.S.-led coalition, the army said."
        #expect(site(20, in: text) == "Syria", "\(text)")
    }

    @Test func aStreetListedWithADistrictBeforeTheirCityGivesTheCity() {
        let text =
            "Police in Aleppo told reporters shells fell near Tarvan Square and al-Kelvariya in Aleppo "
            + "injuring four civilians."
        #expect(site(4, in: text) == "Aleppo", "\(text)")
    }
}
