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
            "Some 35 fighters of the Vessa Brigade died on Sunday in eastern Syria in raids by the U.S.-led "
            + "alliance, a monitor reported."
        #expect(site(35, in: text) == "Syria", "\(text)")
    }

    @Test func aStreetListedWithADistrictBeforeTheirCityGivesTheCity() {
        let text =
            "A medic in Aleppo said mortar rounds landed near Marrowby Square and al-Dornaya in Aleppo "
            + "wounding three children."
        #expect(site(3, in: text) == "Aleppo", "\(text)")
    }
}
