import ArticleModel
import Testing

@testable import Extraction

/// `the province`, `the region`, `the district` in a sentence naming no place stands for the one province,
/// region or district named shortly before; never for a town, nor when two of that rank were named.
@Suite struct FigureEarlierAreaSiteTests {
    func figure(_ value: Double, in paragraphs: [String]) -> Figure? {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }
    }

    @Test func theRegionIsTheOneRegionNamedBefore() {
        let paragraphs = [
            "Government troops moved into the Tigray region on Monday, residents said.",
            "Aid agencies left the capital Addis Ababa.",
            "At least 17 villagers were killed in the region on Tuesday, a local official said.",
        ]
        #expect(figure(17, in: paragraphs)?.earlierSite == "Tigray")
    }

    @Test func theProvinceIsNotTheTownNamedBefore() {
        let paragraphs = [
            "Jets bombed the town of Saraqib on Monday.",
            "Nine people died in the province over the weekend, the monitor said.",
        ]
        let found = figure(9, in: paragraphs)
        #expect(found != nil)
        #expect(found?.site == nil)
        #expect(found?.earlierSite == nil)
    }

    @Test func theProvinceIsTheOneProvinceNamedBeforeAPlaceOfAnotherRank() {
        let paragraphs = [
            "Jets pounded Idlib province on Sunday as rebels fought for the nearby city of Aleppo.",
            "The monitor counted 31 air strikes across the province.",
        ]
        #expect(figure(31, in: paragraphs)?.earlierSite == "Idlib")
    }

    @Test func theTownNamedLastInsideTheProvinceStays() {
        let paragraphs = [
            "The raids hit the town of Saraqib in Idlib province on Monday.",
            "A group that reports on the province said 8 people died in the raids.",
        ]
        #expect(figure(8, in: paragraphs)?.earlierSite == "Saraqib")
    }

    @Test func twoProvincesNamedBeforeLeaveTheProvinceUnclear() {
        let paragraphs = [
            "Shells fell on Daraa province on Monday.",
            "Rebels also shelled Quneitra province.",
            "Eleven people died in the province, the monitor said.",
        ]
        let found = figure(11, in: paragraphs)
        #expect(found != nil)
        #expect(found?.earlierSite == nil)
        #expect(found?.site == nil)
    }
}
