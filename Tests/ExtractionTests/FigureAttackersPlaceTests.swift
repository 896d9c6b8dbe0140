import ArticleModel
import Testing

@testable import Extraction

/// A country named as the one that strikes (`killed in Norway air strikes`), a place named as where a group
/// is outlawed (`banned in Norway`) and a place victims had been displaced from are no figure's site; the
/// harm one sentence tells of together takes the one earlier site any of its counts took.
@Suite struct FigureAttackersPlaceTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in text: String) -> Figure? {
        figures([text]).first { $0.value == value }
    }

    @Test(arguments: [
        "At least 22 people were killed in US air strikes, a monitor said on Sunday.",
        "At least 22 people died in the latest US raids on the rebel stronghold, the monitor said.",
        "Fighters of the Vessa Front (outlawed in Norway) killed 22 soldiers, the ministry said.",
        "Gunmen of a faction banned in Norway shot dead 22 guards on Sunday, the ministry said.",
    ])
    func theCountryThatStrikesOrBansIsNoSite(text: String) throws {
        let count = try #require(figure(22, in: text), "\(text)")
        #expect(count.site == nil, "\(text): \(count.site ?? "-")")
    }

    @Test(arguments: [
        "Norway air strikes killed 14 civilians in Vesk on Sunday, a monitor said.",
        "Fourteen civilians were killed in Norway air strikes on the town of Vesk, the monitor said.",
        "Fighters of a faction outlawed in Norway killed 14 guards in Vesk, the ministry said.",
    ])
    func thePlaceStruckStays(text: String) throws {
        let count = try #require(figure(14, in: text), "\(text)")
        #expect(count.site == "Vesk", "\(text): \(count.site ?? "-")")
    }

    @Test(arguments: [
        "Norway air strikes kill 44 in a day, a monitor said.",
        // (A country written out, not as initials, after `in` may be where the raids fell.)
        "At least 44 fighters were killed in Norway air raids on Sunday, a monitor said.",
    ])
    func aCountryWhereTheStrikesFellStays(text: String) throws {
        let count = try #require(figure(44, in: text), "\(text)")
        #expect(count.site == "Norway", "\(text): \(count.site ?? "-")")
    }

    @Test(arguments: [
        // (Police raids at home: initials with no word of the air before `raids`.)
        "Officers arrested 22 people in UK raids on Sunday, the ministry said.",
        // (A gathering banned there happened there.)
        "A march banned in Lisbon ended with 22 people arrested on Sunday, the ministry said.",
    ])
    func raidsAndBansAtHomeKeepTheirPlace(text: String) throws {
        #expect(try #require(figure(22, in: text)).site != nil)
    }

    @Test func wherePeopleHadFledIsNoSiteOfTheirDeaths() throws {
        let text = "Shells killed 25 villagers who had been displaced from the town of Maresk, medics said."
        let count = try #require(figure(25, in: text))
        #expect(count.site == nil, "\(count.site ?? "-")")
    }

    @Test func theHarmOfOneSentenceSharesItsEarlierSite() {
        let found = figures([
            "Rocket fire killed 30 civilians in Kelvar on Friday, medics said.",
            "Officials said the gunmen had fired from Vesk and from Maresk.",
            "Two days of such bombardment have killed 30 civilians including 9 children and wounded another 80.",
        ])
        let last = found.filter { $0.span.paragraph == 4 && $0.event != nil }
        let described = "\(found.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })"
        #expect(last.count == 3, "\(described)")
        #expect(last.allSatisfy { $0.site == nil && $0.earlierSite == "Kelvar" }, "\(described)")
    }

    @Test func anotherIncidentsHarmSharesNone() {
        let found = figures([
            "Rocket fire killed 30 civilians in Kelvar on Friday, medics said.",
            "Officials said the gunmen had fired from Vesk and from Maresk.",
            "Such bombardment has killed 30 civilians, while the war has wounded 900 since 2015.",
        ])
        let wounded = found.first { $0.value == 900 }
        #expect(wounded?.earlierSite == nil, "\(String(describing: wounded?.earlierSite))")
    }

    @Test(arguments: [
        // (Both towns the gazetteer knows, the city far the larger.)
        "A car bomb killed 11 shoppers in the Lisbon suburb of Alfragide on Monday, police said.",
        "A car bomb killed 11 shoppers in the Alfragide district of Lisbon on Monday, police said.",
    ])
    func theSuburbIsTheSiteNotItsCity(text: String) throws {
        #expect(try #require(figure(11, in: text)).site == "Alfragide", "\(text)")
    }

    @Test func anEarlierAttackToldAtLengthKeepsItsPlace() throws {
        let text =
            "Shelling killed 19 people on Tuesday, only hours after a suspected nerve gas attack left dozens dead in Vesk."
        let count = try #require(figure(19, in: text))
        #expect(count.site != "Vesk", "\(count.site ?? "-")")
    }
}
