import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One incident, one row, when the headline's copy opening the body (under a dateline) counts the body's toll
/// in another noun, and when a country's toll is given again at a town the gazetteer does not know. The same
/// number at two towns, on two days or for two harms stays two rows.
@Suite struct IncidentHeadlineCopyTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] { try retold.casualties() }

    @Test func theHeadlinesCopyInAnotherNounIsTheBodysToll() throws {
        let title = "Jets kill five soldiers near the border"
        try parts.ingest(
            title,
            "Mon 04 Jul 2016 \(title). An air strike killed five government forces in Kestrel Hill on Monday, "
                + "a monitor said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed force 5–5"])
    }

    @Test func aCopyNamingThePlaceTheBodyLeavesOutStands() throws {
        let title = "Rockets kill 12 people in Kestrel Hill"
        try parts.ingest(title, "Mon 04 Jul 2016 \(title). The rockets killed 12 people, medics said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed person 12–12"])
    }

    @Test func theSameNumberAtAnotherTownStaysTwoIncidents() throws {
        let title = "Rockets kill 12 people in Kestrel Hill"
        try parts.ingest(
            title, "Mon 04 Jul 2016 \(title). Shells killed 12 people in Dunmoor Vale on Sunday, medics said.")
        #expect(try casualties().count == 2)
    }

    @Test func aCopyAtAKnownPlaceIsTheBodysTollAtATownItsSentenceTiesToIt() throws {
        let title = "Air raids kill nine civilians in rural Kandahar"
        try parts.ingest(
            title,
            "Mon 04 Jul 2016 \(title). A strike on the village of Tarvan Minor killed nine civilians on Monday, "
                + "Kandahar officials said.")
        #expect(try casualties() == ["Tarvan Minor 2016-07-04 killed civilian 9–9"])
    }

    /// The review's third counter-example: with no place cue in the body's sentence, or with another incident
    /// told from the copy to it, the copy's toll stays a row of its own.
    @Test func aCopyAtAKnownPlaceStandsBesideATownTheBodyDoesNotTieToIt() throws {
        let title = "Air raids kill nine civilians in rural Kandahar"
        try parts.ingest(
            title,
            "Mon 04 Jul 2016 \(title). A strike on the village of Tarvan Minor killed nine civilians on Monday, "
                + "residents said.")
        #expect(try casualties().count == 2)
    }

    @Test func aCopyAtAKnownPlaceStandsBesideATollToldAsAnotherIncident() throws {
        let title = "Air raids kill nine civilians in rural Kandahar"
        try parts.ingest(
            title,
            "Mon 04 Jul 2016 \(title). Jets also struck the village of Tarvan Minor on Monday, and a strike there "
                + "killed nine civilians, Kandahar officials said.")
        #expect(try casualties().count == 2)
    }

    @Test func aCopyAtAKnownPlaceStandsWhenAnotherIncidentIsToldBetween() throws {
        let title = "Air raids kill nine civilians in rural Kandahar"
        try parts.ingest(
            title,
            "Mon 04 Jul 2016 \(title). Jets also struck a market in Dunmoor on Sunday. A strike on the village of "
                + "Tarvan Minor killed nine civilians on Monday, Kandahar officials said.")
        #expect(try casualties().count == 2)
    }

    @Test func killedAndInjuredOfOneNumberStayTwoIncidents() throws {
        let title = "Jets kill five soldiers near the border"
        try parts.ingest(title, "Mon 04 Jul 2016 \(title). The strike injured five government forces in Kestrel Hill.")
        #expect(try casualties().count == 2)
    }

    @Test func aShortHeadlineIsNoCopy() throws {
        // 'Five killed' may be the body's own first words: the body's two tolls stay two.
        try parts.ingest(
            "Five killed", "Five killed in Kestrel Hill on Monday. Five soldiers died in Dunmoor Vale on Sunday.")
        #expect(try casualties().count == 2)
    }

    @Test func aCountrysTollIsAnUnknownTownsTollOfTheSameParagraph() throws {
        try parts.ingest(
            "Strikes",
            "At least 28 civilians died in fresh air strikes on northwestern Syria on Monday. "
                + "The 28 dead were killed in Kestrel Hill, a town near the border, a monitor said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed person 28–28"])
    }

    @Test func aCountrysTollAndAnUnknownTownsOnAnotherDayStayTwo() throws {
        try parts.ingest(
            "Strikes",
            "At least 28 civilians died in fresh air strikes on northwestern Syria on Monday. "
                + "On Saturday 28 people were killed in Kestrel Hill, a town near the border, a monitor said.")
        #expect(try casualties().count == 2)
    }

    @Test func forcesAndSoldiersAreOneClassOfPeople() throws {
        try parts.ingest(
            "Clashes",
            "Clashes killed seven soldiers in Kestrel Hill on Monday. Seven government forces died in Kestrel Hill, "
                + "a monitor said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed soldier 7–7"])
    }

    @Test func aPartAmongItsWholeIsNoRowOfItsOwn() throws {
        try parts.ingest(
            "Strikes",
            "Four children are among the 28 people killed in Kestrel Hill on Monday. "
                + "Four children were among the dead, the monitor said.")
        #expect(try casualties() == ["Kestrel Hill 2016-07-04 killed person 28–28"])
    }

    @Test func aCountrysTollBesideOneWithOnlyAnEarlierPlaceStaysARow() throws {
        // The second toll's place is the sentence before's (earlier_site): it gives way to a toll with a site
        // of its own, so the country's toll must not give way to it, or the incident would have no row.
        try parts.ingest(
            "Strikes",
            "Air strikes on a village in northwestern Syria killed 12 people on Monday. "
                + "Jets targeted the village of Kestrel Hill in Idlib province. "
                + "Twelve people were killed in the raids, the monitor said.")
        #expect(try casualties().count == 1)
    }
}
