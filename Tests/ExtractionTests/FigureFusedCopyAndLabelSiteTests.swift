import ArticleModel
import Testing

@testable import Extraction

/// Places a count's own sentence names in shapes the site rules missed: a headline's copy run into the lead
/// (its place is the place of the lead's toll that repeats it), a country owning the province after a
/// count of villages, a place (not a country, which often says something) labelling its body sentence with a
/// colon; and two places after `between`, or two countries joined by a hyphen, are the ends of a border,
/// neither of them the site.
@Suite struct FigureFusedCopyAndLabelSiteTests {
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
        let found = figures(headline: "Report", ["Homs: 8 killed as floodwaters rose on Sunday."])
        let toll = try #require(found.first { $0.value == 8 }, "\(report(found))")
        #expect(toll.site == "Homs", "\(report(found))")
    }

    @Test func aCountryLabellingItsSentenceIsNoSite() {
        // (`Kelvar:` opening a line is often `Kelvar says`; its soldiers may fall anywhere.)
        let found = figures(headline: "Report", ["Bolivia: 12 soldiers were killed by rebels over the border."])
        #expect(found.first { $0.value == 12 }?.site == nil, "\(report(found))")
    }

    @Test func aLabelInTheHeadlineIsNoSite() {
        let article = Article(
            title: "Homs: 8 killed as floodwaters rose",
            paragraphs: [
                Paragraph(kind: .headline, text: "Homs: 8 killed as floodwaters rose"),
                Paragraph(kind: .body, text: "Rescuers searched the riverbanks through the night."),
            ])
        let found = TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
        #expect(found.first { $0.value == 8 }?.site != "Homs", "\(report(found))")
    }

    @Test(arguments: [
        "Gunmen killed 29 soldiers at the Chile-Peru border on Monday.",
        "The Chile-Peru war killed more than 29,000 people, historians say.",
        "Flooding near the Chile-Peru frontier left 29 herders dead last week.",
    ])
    func twoCountriesJoinedByAHyphenAreNoSite(text: String) {
        let found = figures(headline: "Report", [text])
        let count = found.first { $0.value == 29 || $0.value == 29_000 }
        #expect(count != nil && count?.site == nil, "\(report(found))")
    }

    @Test func aPlaceBesideAHyphenedPairStays() throws {
        let found = figures(
            headline: "Report", ["Gunmen killed 29 soldiers in the town of Dornholm near the Chile-Peru border."])
        let soldiers = try #require(found.first { $0.value == 29 }, "\(report(found))")
        #expect(soldiers.site == "Dornholm", "\(report(found))")
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
