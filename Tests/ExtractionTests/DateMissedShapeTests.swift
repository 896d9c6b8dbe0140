import ArticleModel
import Testing

@testable import Extraction

/// Date shapes read since stop 33: a relative day's possessive without its apostrophe (`yesterdays attack`),
/// `this weekend` and `last weekend` (a range of two days), a year and the last two digits of a later one
/// (`the 2015-16 season`, a range of years), and a year before the name of an occasion (`the 2008 Olympic
/// Games`) or after a possessive or a describing word (`his 2005 campaign`, `the historic 1997 election`).
/// Sentences written for these tests; 2020-01-08 is a Wednesday.
@Suite struct DateMissedShapeTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        ("Yesterdays attack left the town dark.", "Yesterdays", "2020-01-07"),
        ("The crowd at todays rally was small.", "todays", "2020-01-08"),
        ("Police braced for tomorrows march.", "tomorrows", "2020-01-09"),
    ])
    func relativeDayPossessiveWithoutItsApostrophe(text: String, written: String, value: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [written], "\(found.map(\.text))")
        #expect(found.first?.value == value && found.first?.grain == .day)
    }

    @Test(arguments: ["The band Yesterdays played on.", "Old Yesterdays Gone reissued.", "Todays are long."])
    func aTitleOrAPluralIsNoDay(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("The team plays this weekend.", "2020-01-08", "2020-01-11", "2020-01-12"),
        ("The team lost last weekend.", "2020-01-08", "2020-01-04", "2020-01-05"),
        ("The team plays next weekend.", "2020-01-08", "2020-01-18", "2020-01-19"),
        // Published on a Sunday: this weekend is the one it ends, last weekend the one before.
        ("The team won this weekend.", "2020-01-12", "2020-01-11", "2020-01-12"),
        ("The team lost last weekend.", "2020-01-12", "2020-01-04", "2020-01-05"),
    ])
    func weekendIsItsSaturdayAndSunday(text: String, published: String, start: String, end: String) {
        let found = dates(text, published: published)
        #expect(found.count == 1, "\(found.map(\.text))")
        guard let weekend = found.first else { return }
        #expect(weekend.text.hasSuffix("weekend"))
        #expect(weekend.isRange && weekend.grain == .day)
        #expect(weekend.value == start && weekend.endValue == end)
    }

    @Test func aWeekendWithoutAPublicationDateHasNoValue() {
        let found = dates("The team plays this weekend.", published: nil)
        #expect(found.count == 1 && found.first?.value == nil && found.first?.isRange == true)
    }

    @Test(arguments: [
        ("They won the league in the 2015-16 season.", "2015-16", "2015", "2016"),
        ("Profits rose in 2003/04 at the firm.", "2003/04", "2003", "2004"),
        ("He coached the side from 1965-71 with success.", "1965-71", "1965", "1971"),
        ("The 1999-00 season was his last.", "1999-00", "1999", "2000"),
        // (Read as no date before stop 33: a financial year is a range of years.)
        ("A 2019-20 budget was approved.", "2019-20", "2019", "2020"),
    ])
    func shortYearRangeIsARangeOfYears(text: String, written: String, start: String, end: String) {
        let found = dates(text)
        #expect(found.count == 1, "\(found.map(\.text))")
        guard let range = found.first else { return }
        #expect(range.text.hasSuffix(written))
        #expect(range.isRange && range.grain == .year && range.value == start && range.endValue == end)
    }

    @Test(arguments: [
        "The form was filed as 2013-02 in the register.", "See 2013/02/ahmadinejad for the page.",
        "Call 0800 2003-04 now.",
    ])
    func noLaterYearOrAGluedNumberIsNoRange(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("The club was founded before the 2008 Olympic Games in the city.", "2008"),
        ("She won gold at the 2004 Olympics.", "2004"),
        ("He scored in the 2006 World Cup.", "2006"),
        ("His party's 2001 election defeat still hurts.", "2001"),
        ("The historic 1997 election changed the country.", "1997"),
        ("Henman opened his 2005 campaign with a win.", "2005"),
        ("The study followed the 1994 genocide closely.", "1994"),
    ])
    func yearOfANamedOccasion(text: String, year: String) {
        let found = dates(text)
        #expect(found.map(\.value) == [year], "\(found.map(\.text))")
        #expect(found.first?.grain == .year)
    }

    @Test(arguments: [
        "Its 1500 strikes hit the town.", "The rebels fired their 1200 rockets at the base.",
        "The last 2000 votes were counted.",
    ])
    func aCountOrAModelIsNoYear(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }
}
