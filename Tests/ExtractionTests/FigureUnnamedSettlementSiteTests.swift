import ArticleModel
import Testing

@testable import Extraction

/// A village or town the text leaves unnamed, located by a distance from a named city (`the village 40 km
/// north-east of Hama`), is the place hit; the city is only the point it is measured from, so it is not the
/// site, in the count's own sentence or for the counts of the sentence after.
@Suite struct FigureUnnamedSettlementSiteTests {
    @Test(arguments: [
        "Jets struck the village 40 km north-east of Hama on Sunday, killing 9 people, a monitor said.",
        "Warplanes pounded a small village some 25 kilometres (15 miles) south of Idlib and killed 9 farmers.",
        "Nine shepherds were wounded in the town which lies about 30 kilometres from the city of Homs.",
        "Shells landed on one hamlet 35km Southwest of Hama town and 9 residents died.",
    ])
    func theCityMeasuredFromIsNoSite(text: String) {
        let nine = TestData.bodyFigures(text).first { $0.value == 9 }
        #expect(nine != nil && nine?.site == nil, "\(String(describing: nine?.site))")
    }

    @Test func theSentenceAfterDoesNotTakeTheCity() {
        let found = TestData.figures([
            "Warplanes bombed the village 25 km south of Idlib at dawn on Sunday.",
            "Eleven civilians were killed in the raids, the monitor said.",
        ])
        let eleven = found.first { $0.value == 11 }
        #expect(eleven != nil && eleven?.site == nil && eleven?.earlierSite == nil)
    }

    @Test(arguments: [
        ("Gunmen killed 7 soldiers at a checkpoint north of Idlib on Monday.", 7.0, "Idlib"),
        ("Jets struck the village of Tarvan, 40 km north-east of Hama, killing 12 people.", 12, "Tarvan"),
    ])
    func aNamedOrNonSettlementPlaceStillTakesItsSite(text: String, value: Double, site: String) {
        let found = TestData.bodyFigures(text)
        #expect(found.first { $0.value == value }?.site == site, "\(found.map { ($0.text, $0.site ?? "-") })")
    }
}
