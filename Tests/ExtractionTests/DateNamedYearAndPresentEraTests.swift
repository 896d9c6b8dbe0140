import ArticleModel
import Testing

@testable import Extraction

/// Date shapes of stop 40: a model's year before its name (`the 2016 Kestrel Pro`), a work's year in brackets
/// after its title, a decade (`in the 1990s`, a range of ten years), `today` meaning nowadays (a mention with no
/// value), and a day-month taking the year its phrase gives later. Sentences written for these tests;
/// 2020-01-08 is a Wednesday.
@Suite struct DateNamedYearAndPresentEraTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        ("Owners of the 2016 Kestrel Pro praised its quiet fan.", "2016"),
        ("Reviewers compared it with a 2005 Vessa Ranger, which rattled.", "2005"),
        ("The keyboard of the 2018 Dornholm Air is softer.", "2018"),
        ("She parked her 2011 Tarvan Coupe outside the hall.", "2011"),
    ])
    func aModelsYearBeforeItsNameIsADate(text: String, year: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [year], "\(found.map(\.text))")
        #expect(found.first?.value == year && found.first?.grain == .year)
    }

    @Test(arguments: [
        "The rebels freed the 2000 Kelvars they held.", "Odds for the 2000 Guineas shortened.",
        "Guards moved the 1950 Maresk prisoners north.", "Medics treated the 2000 Tarvan who fled.",
        "The 1950 Dornholm Brigade soldiers surrendered.", "Medics saw the 2000 Kelvar and 300 Tarvan wounded.",
    ])
    func aCountBeforeANameIsNoYear(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test func aWorksYearInBracketsIsADate() {
        let found = dates("Her roles include Dornholm Nights (1998) and \u{201C}Tarvan Rising\u{201D} (2003).")
        #expect(found.map(\.text) == ["1998", "2003"], "\(found.map(\.text))")
        #expect(found.map(\.value) == ["1998", "2003"])
    }

    @Test(arguments: [
        "The tally rose to 40 (2000) in the end.", "Its members (1999) met in the hall.",
        "Related topics: Kelvar Rising (1881) and Vessa Floods (212).",
    ])
    func aNumberInBracketsAfterNoTitleIsNoYear(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("In the 1990s the firm made radios in Vessa.", "1990s", "1990", "1999"),
        ("Sales had slumped since the early 1980s.", "1980s", "1980", "1989"),
        ("Prices doubled in the 2000's, the report said.", "2000's", "2000", "2009"),
    ])
    func aDecadeIsARangeOfItsYears(text: String, written: String, start: String, end: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [written], "\(found.map(\.text))")
        #expect(found.first?.value == start && found.first?.endValue == end && found.first?.isRange == true)
    }

    @Test(arguments: [
        "Prices soared in the late 1990s.", "The band formed in the mid-1970s.", "She is in her 1990s.",
        "The Tarvan mill was a bank in the 1800s.", "Vessa grew rich in the 1900s.",
    ])
    func aDecadeWhoseYearsTheTextLeavesUnsaidIsNoDate(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        "Today's children in Vessa rarely write letters.",
        "By today's standards the old Kelvar bridge looks narrow.",
        "Maresk is today one of the busiest ports on the coast.",
        "The old mill is today a museum of weaving.",
        "Even today, the square bears the marks of the fire.",
        "The stone chapel on the hill still stands today.",
        "The old Tarvan dialect is still used today.",
    ])
    func todayMeaningNowadaysHasNoDay(text: String) {
        let found = dates(text)
        #expect(found.count == 1 && found.first?.text.lowercased() == "today", "\(found.map(\.text))")
        #expect(found.first?.value == nil, "\(found.map { $0.value ?? "nil" })")
    }

    @Test(arguments: [
        "Police in Kestrel Hill said today that two men were held.",
        "Two guards were killed today in Maresk.",
        "Today's attack on the Dornholm depot was the third.",
        "The minister is today expected to resign.",
        "The talks in Vessa end today.",
        "The wounded are still in hospital today.",
    ])
    func todayOfAnEventIsThePagesDay(text: String) {
        let found = dates(text)
        #expect(found.first?.value == "2020-01-08", "\(found.map { $0.value ?? "nil" })")
    }

    @Test(arguments: [
        ("The envoys met on 3 March and 4 March 2015 in Vessa.", "2015-03-03"),
        ("The envoys met on March 3, and March 9, 2014, in Vessa.", "2014-03-03"),
        ("Ten days after the 11 May bomb attacks in 2004, the port reopened.", "2004-05-11"),
        ("Survivors of the 2 June floods of 2013 gathered in Maresk.", "2013-06-02"),
    ])
    func aDayTakesTheYearItsPhraseGivesLater(text: String, value: String) {
        let found = dates(text)
        #expect(found.first?.value == value, "\(found.map { $0.value ?? "nil" })")
    }

    @Test(arguments: [
        // A later day earlier in the year, another clause's year, a day of no happening: the nearest year.
        ("The envoys met on 30 December and 2 January 2019.", "2019-12-30"),
        ("On 3 March the army retook the town it lost in 2012.", "2019-03-03"),
        ("The 3 March vote in Dornholm went ahead.", "2019-03-03"),
    ])
    func aDayWithNoLaterYearOfItsOwnKeepsTheNearest(text: String, value: String) {
        let found = dates(text)
        #expect(found.first?.value == value, "\(found.map { $0.value ?? "nil" })")
    }

    @Test(arguments: [
        ("The 13-inch screen is brighter than on the 2016 Kestrel Pro.", 13.0),
        ("In the 1990s the firm made 4 million radios.", 4_000_000),
        ("Dornholm Nights (1998) earned $30m at the box office.", 30_000_000),
        ("Today's children send 40 messages a day, the Vessa survey found.", 40),
    ])
    func theseDatesDateNoFigure(text: String, value: Double) throws {
        let figure = try #require(TestData.figurePublishedFriday(value, in: text), "\(text)")
        #expect(figure.date == nil, "\(text): \(figure.date ?? "nil")")
    }

    /// A count told as reached since a date (`has since`, `since then`) is not dated by it.
    @Test(arguments: [
        ("Kelvar troops entered Tarn in June and have since taken 80 percent of the town.", 80.0),
        ("The militia seized the Vessa dam in 2016; since then 300 families have left.", 300),
    ])
    func aCountHeldSinceADateIsNotDatedByIt(text: String, value: Double) throws {
        let figure = try #require(TestData.figurePublishedFriday(value, in: text), "\(text)")
        #expect(figure.date == nil, "\(text): \(figure.date ?? "nil")")
    }

    @Test func aCountOfTheDatesOwnClauseKeepsIt() throws {
        let figure = try #require(
            TestData.figurePublishedFriday(12, in: "Kelvar troops entered Tarn in June and killed 12 people."))
        #expect(figure.date == "2018-06")
    }
}
