import Testing

@testable import Extraction

/// Where the hurt were taken (`brought to hospitals in Hatay`, `rushed to Marlow for treatment`) is not where
/// they were hurt: it is no site, and the place of the attack stays the one.
@Suite struct FigureTreatmentPlaceTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("Six wounded men were taken to a hospital in Aleppo.", 6.0),
        ("Eleven injured civilians were rushed to Binnish for treatment.", 11),
        ("Nine wounded fighters were brought to hospitals in Turkey's Hatay province.", 9),
    ])
    func thePlaceOfTreatmentIsNoSite(text: String, value: Double) throws {
        let count = try #require(figure(value, in: text), "\(text)")
        #expect(count.site == nil, "\(text)")
    }

    @Test(arguments: [
        ("Shelling wounded 14 people in Saraqib, who were taken to a hospital in Binnish.", 14.0, "Saraqib"),
        // A hospital struck is the site: nothing took anyone to it.
        ("An air strike hit a hospital in Binnish, killing eight patients.", 8, "Binnish"),
    ])
    func thePlaceOfTheAttackStays(text: String, value: Double, site: String) throws {
        let count = try #require(figure(value, in: text), "\(text)")
        #expect(count.site == site, "\(text)")
    }
}
