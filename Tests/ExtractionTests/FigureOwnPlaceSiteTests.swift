import ArticleModel
import Testing

@testable import Extraction

/// A figure's own sentence names its place in ways that other words around the place hid: a region inside a
/// province described by its country and adjectives, a `where` clause describing the place, a headline's verb in title case, a town ranked among its country's.
@Suite struct FigureOwnPlaceSiteTests {
    func site(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    func headlineSite(of value: Double, in headline: String) -> String? {
        let article = Article(
            title: headline, paragraphs: [Paragraph(kind: .body, text: "Residents fled their homes on Monday.")])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph == 0 }?
            .site
    }

    @Test(arguments: [
        // A region, then `of` and the province it lies in, past its country and words describing it: the toll
        // late in the clause is the region's, as the count of strikes right after it is.
        (
            "Government jets have carried out a total of 12 airstrikes in the Tarna region of western Syria's "
                + "contested Hama province leading to the death of seven civilians including three children "
                + "and injuring 20 other civilians, activists said.",
            7.0, "Tarna"
        ),
        (
            "Jets carried out 9 raids in the Qusayr district of central Syrias besieged Homs province causing the "
                + "death of four people.",
            4, "Qusayr"
        ),
    ])
    func aRegionDescribedInsideItsProvince(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected)
        // (The strike count right after the region keeps it.)
        #expect(TestData.bodyFigures(text).first { $0.unit == "airstrike" || $0.unit == "raid" }?.site == expected)
    }

    @Test(arguments: [
        (
            "Rebels shelled Binnish near Saraqib, the town where an attack on an aid convoy and a depot killed about 30 "
                + "civilians on Tuesday.",
            30.0, "Saraqib"
        ),
        ("Azaz lies close to Manbij the small town where a car bomb killed 11 people last month.", 11, "Manbij"),
    ])
    func thePlaceAWhereClauseDescribes(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected)
    }

    @Test func aWhereClauseNamingItsOwnPlaceKeepsTheUsualReading() {
        // (The clause names where the attack struck: not the town it describes.)
        #expect(
            site(of: 11, in: "Azaz lies near Binnish, the town where a car bomb killed 11 people in Manbij.")
                == "Manbij")
    }

    @Test(arguments: [
        ("Militants Attack Syrian Homs With Mortars Kill 6 Civilians", 6.0, "Homs"),
        ("Mortar Attacks In Syrian Hama Kill 4 Civilians", 4, "Hama"),
        ("9 dead as new rebel alliance attacks Syrias Aleppo", 9, "Aleppo"),
    ])
    func aTitleCaseHeadlinesPlace(headline: String, value: Double, expected: String) {
        #expect(headlineSite(of: value, in: headline) == expected)
    }

    @Test(arguments: [
        (
            "Three medics were killed when a shell hit a clinic in a village near Syria's second city Aleppo on "
                + "Monday.",
            3.0, "Aleppo"
        ),
        ("Five nurses died when jets struck a hospital near Iraqs second city Mosul late Sunday.", 5, "Mosul"),
    ])
    func aCityRankedAmongItsCountrysOverTheCountry(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected)
    }

    @Test func aCityFoughtOverIsNoSiteOverTheCountry() {
        // (`control of second city X`: what is fought over, not where the dead were.)
        #expect(
            site(
                of: 30,
                in: "Jets pounded northern Syria killing 30 people in areas held by rebels fighting for control of "
                    + "second city Aleppo.") == "Syria")
    }
}
