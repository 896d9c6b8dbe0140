import ArticleModel
import Testing

@testable import Extraction

/// A figure placed only relative to a town (`south of the city of Tabqa`, `a checkpoint west of Marlow`) has
/// that town's area as its site, even when the clause also names the country around it or places that are
/// no site (where the victims came from).
@Suite struct FigureReferencePointSiteTests {
    @Test(arguments: [
        ("A coalition air strike killed 18 fighters south of the city of Raqqa, Syria, the army said.", 18.0, "Raqqa"),
        ("Gunmen killed 7 soldiers at a checkpoint north of Idlib, Syria, on Monday.", 7, "Idlib"),
    ])
    func theTownAFigureIsPlacedFromIsItsSite(text: String, value: Double, site: String) {
        #expect(TestData.bodyFigures(text).first { $0.value == value }?.site == site)
    }

    @Test func twoTownsToMeasureFromGiveNoSite() {
        let found = TestData.bodyFigures(
            "Shelling killed 9 people between a point south of Aleppo and one north of Hama.")
        #expect(found.first { $0.value == 9 }?.site == nil)
    }
}

/// A river or border people were crossing when the figure happened is its site.
@Suite struct FigureCrossedPlaceSiteTests {
    @Test func theRiverBeingCrossedIsTheSite() {
        let found = TestData.bodyFigures("Air strikes killed 14 civilians as they were crossing the Euphrates river.")
        #expect(found.first { $0.value == 14 }?.site == "Euphrates")
    }

    @Test(arguments: [
        "At least 21 migrants were killed as they tried to cross the Euphrates river to escape fighting in the"
            + " eastern Deir Ezzor province.",
        "In Deir Ezzor province, 21 villagers were killed by shelling while crossing the Euphrates river.",
    ])
    func theRiverYieldsToTheProvinceTheSentenceNames(text: String) {
        let found = TestData.bodyFigures(text)
        #expect(found.first { $0.value == 21 }?.site == "Deir Ezzor", "\(found.map { ($0.text, $0.site ?? "-") })")
    }

    @Test func theRiverPointedBackToYieldsToTheProvinceBefore() {
        let found = TestData.bodyFigures(
            "At least 21 migrants were killed as they tried to cross the Euphrates river to escape fighting in the"
                + " eastern Deir Ezzor province. Six children were among those killed as they tried to cross the"
                + " river in small boats.")
        let six = found.first { $0.value == 6 }
        #expect(
            (six?.site ?? six?.earlierSite) == "Deir Ezzor",
            "\(found.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })")
    }

    @Test func aRiverOthersWereCrossingIsNoSite() {
        let found = TestData.bodyFigures(
            "A bomber killed 17 guards at a post watching for fighters crossing the Euphrates river.")
        #expect(found.first { $0.value == 17 }?.site != "Euphrates")
    }
}
