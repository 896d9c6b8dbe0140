import ArticleModel
import Testing

@testable import Extraction

/// Places a count's own sentence names in shapes the site rules missed: a headline's copy run into the lead
/// (its place is the place of the lead's toll that repeats it), a country owning the province after a
/// count of villages, a place labelling its sentence with a colon; and two places after `between` are the
/// ends of a border, neither of them the site.
@Suite struct FigureOwnSentenceSiteTests {
    func figures(headline: String, _ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .headline, text: headline)]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph > 0 }
    }

    func report(_ found: [Figure]) -> String { "\(found.map { ($0.text, $0.site ?? "-") })" }

    @Test func theLeadRepeatingAFusedHeadlinesTollTakesItsPlace() throws {
        let found = figures(
            headline: "Peru raids kill 14 Monitor",
            [
                "Peru raids kill 14 Monitor Wire Tuesday 3 Mar 2015 Government jets pounded rebel-held districts "
                    + "across the country and killed at least 14 people on Tuesday and wounded dozens more a "
                    + "monitoring group said."
            ])
        let toll = try #require(found.first { $0.text == "at least 14 people" }, "\(report(found))")
        #expect(toll.site == "Peru", "\(report(found))")
        let wounded = try #require(found.first { $0.event == "injured" }, "\(report(found))")
        #expect(wounded.site == "Peru", "\(report(found))")
    }

    @Test func aLeadNamingItsOwnPlacesOrAnotherTollKeepsNone() {
        let elsewhere = figures(
            headline: "Peru raids kill 14 Monitor",
            [
                "Peru raids kill 14 Monitor Wire Tuesday 3 Mar 2015 Jets killed at least 14 people in the towns of "
                    + "Dornholm and Maresk on Tuesday a monitoring group said."
            ])
        #expect(elsewhere.first { $0.text == "at least 14 people" }?.site != "Peru", "\(report(elsewhere))")
        let another = figures(
            headline: "Peru raids kill 14 Monitor",
            [
                "Peru raids kill 14 Monitor Wire Tuesday 3 Mar 2015 Rebels shelled army posts and killed nine "
                    + "soldiers on Tuesday a monitoring group said."
            ])
        #expect(another.first { $0.value == 9 }?.site == nil, "\(report(another))")
    }

    @Test(arguments: [
        "Gunmen killed more than 30 people in a raid on two villages in central Peru's Kelvar province on Friday.",
        "Gunmen killed more than 30 people in a raid on two villages in northern Chile's Kelvar province at dawn.",
    ])
    func villagesInACountrysProvinceAreInTheProvince(text: String) throws {
        let found = figures(headline: "Report", [text])
        let villages = try #require(found.first { $0.unit == "village" }, "\(report(found))")
        #expect(villages.site == "Kelvar", "\(report(found))")
    }

    @Test func aPlaceLabellingItsSentenceIsTheSite() throws {
        let found = figures(headline: "Report", ["Bolivia: 8 killed as floodwaters rose on Sunday."])
        let toll = try #require(found.first { $0.value == 8 }, "\(report(found))")
        #expect(toll.site == "Bolivia", "\(report(found))")
    }

    @Test func aLabelBeforeAnotherPlaceIsNoSite() {
        let speaker = figures(headline: "Report", ["Bolivia: Peru says 8 soldiers were killed on Sunday."])
        #expect(speaker.first { $0.value == 8 }?.site != "Bolivia", "\(report(speaker))")
    }

    @Test(arguments: [
        "A blast at the crossing between Chile and Peru killed four guards on Monday.",
        "A blast at the border crossing between Chile and Peru killed four guards on Monday.",
        "Clashes between Chile and Peru killed four guards on Monday.",
    ])
    func twoPlacesAfterBetweenAreNoSite(text: String) throws {
        let found = figures(headline: "Report", [text])
        let guards = try #require(found.first { $0.value == 4 }, "\(report(found))")
        #expect(guards.site == nil, "\(report(found))")
    }

    @Test func aPlaceBesideAPairAfterBetweenStays() throws {
        let found = figures(
            headline: "Report",
            ["Fighting between Chile and Peru killed four guards in the town of Dornholm on Monday."])
        let guards = try #require(found.first { $0.value == 4 }, "\(report(found))")
        #expect(guards.site == "Dornholm", "\(report(found))")
    }
}
