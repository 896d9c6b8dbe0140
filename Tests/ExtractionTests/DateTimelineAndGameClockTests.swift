import ArticleModel
import Testing

@testable import Extraction

/// Date shapes read at stop 37: a bare year heading a timeline's entry run into the text (`… in the west. 2014
/// Rebels take the port.`), `the coming year` (next year, as `next year` is), `this years'` (a possessive whose
/// apostrophe slipped), and a game's elapsed clock (`scored at 7:14 of the second period`), which is no time of
/// day. Sentences written for these tests; 2020-01-08 is a Wednesday.
@Suite struct DateTimelineAndGameClockTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        (
            "May 4 2011 Crowds fill the squares of Tovin. 2012 Rebels take the port of Marlow. The army moves in.",
            "2012"
        ),
        ("2009 Floods sweep the delta. June 2010 A new dam opens upstream.", "2009"),
        ("The vote passed. 2016 Voters back the new charter. 2017 The charter comes into force.", "2016"),
    ])
    func aBareYearHeadingATimelinesEntry(text: String, year: String) {
        let found = dates(text)
        #expect(found.contains { $0.text == year && $0.value == year && $0.grain == .year }, "\(found.map(\.text))")
    }

    @Test(arguments: [
        // A lone line opening with a year: a title, or a count.
        "2018 Harbour Festival Programme",
        "The storm passed. 1500 Marlovians fled to the hills.",
        // Counts of a nation's people at two sentences' openings.
        "2000 Tarvanians crossed the border on Friday. 1950 Kelsonese followed them.",
        // A year after the publication's.
        "March 3 2019 Talks open in Tovin. 2024 Elections are due.",
        // A clock time.
        "May 4 2011 Crowds fill the squares. 2000 GMT The army moves in.",
    ])
    func noBareYearOtherwise(text: String) {
        let found = dates(text)
        #expect(!found.contains { $0.grain == .year && $0.text.count == 4 }, "\(text): \(found.map(\.text))")
    }

    @Test(arguments: [
        ("The firm plans to hire in the coming year.", "the coming year", "2021", DateMention.Grain.year),
        ("Prices should ease over the coming month.", "the coming month", "2020-02", .month),
        ("Tickets for this years' edition sold out.", "this years'", "2020", .year),
    ])
    func aComingYearAndAYearsSlippedApostrophe(text: String, written: String, value: String, grain: DateMention.Grain)
    {
        let found = dates(text)
        #expect(found.map(\.text) == [written], "\(found.map(\.text))")
        #expect(found.first?.value == value && found.first?.grain == grain)
    }

    @Test(arguments: [
        "Growth will slow in the coming years.", "The coming storm worried them.", "Those years' worth of data.",
    ])
    func noComingDateOtherwise(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        "Lund scored at 7:14 of the first period to give the visitors the lead.",
        "Her equaliser came at 12:30 of the second half.",
        "The hosts added a second goal at 19:56, which sealed the game.",
    ])
    func aGamesElapsedClockIsNoTimeOfDay(text: String) {
        let found = dates(text).filter { $0.grain == .minute || $0.grain == .hour }
        #expect(found.isEmpty, "\(text): \(found.map(\.text))")
    }

    @Test func aTimeOfDayBesideNoGameStays() {
        let found = dates("The ferry left at 7:14 on Wednesday.").filter { $0.grain == .minute }
        #expect(found.map(\.text) == ["7:14"])
        #expect(found.first?.value == "2020-01-08T07:14")
    }
}
