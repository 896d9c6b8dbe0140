import ArticleModel
import Testing

@testable import Extraction

/// Date shapes of stop 41: a span of years or months dates no count over it by its first year or month
/// (`recorded 3,400 cases between 2011 and 2016`), an older round hundred is a century (`in the 1300s`), and a
/// weekday after `is set to` or `is expected to` is the coming one. Sentences written for these tests;
/// 2020-01-08 is a Wednesday, the figures' article is published on Friday 15 March 2019.
@Suite struct DateSpanCenturyAndComingDayTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        ("Clinics in Tarvan logged 3,400 cases of fever between 2011 and 2016.", 3_400.0),
        ("Between 2011 and 2016, clinics in Tarvan logged 3,400 cases of fever.", 3_400),
        ("Kelvar ferries carried 9,000 cars from 2012 to 2017, the port said.", 9_000),
        ("Kelvar ferries carried 900 cars from March to June, the port said.", 900),
    ])
    func aSpanDatesNoCountByItsFirstYear(text: String, value: Double) {
        let found = figure(value, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(text): \(found?.date ?? "-")")
    }

    @Test(arguments: [
        ("Clinics in Tarvan logged 3,400 cases of fever in 2016.", 3_400.0, "2016"),
        ("Kelvar ferries carried 900 cars in June 2018, the port said.", 900, "2018-06"),
    ])
    func aSingleYearOrMonthStillDatesItsCount(text: String, value: Double, expected: String) {
        #expect(figure(value, in: text)?.date == expected, "\(text)")
    }

    @Test func theSpanItselfIsStillARange() {
        let found = dates("Clinics in Tarvan logged many cases between 2011 and 2016.")
        #expect(found.map(\.text) == ["between 2011 and 2016"], "\(found.map(\.text))")
        #expect(found.first?.value == "2011" && found.first?.endValue == "2016" && found.first?.isRange == true)
    }

    @Test(arguments: [
        ("Traders founded Vessa in the 1300s on a bend of the river.", "1300s", "1300", "1399"),
        ("The abbey at Dornholm was rebuilt in the early 1600s.", "1600s", "1600", "1699"),
    ])
    func anOlderRoundHundredIsACentury(text: String, written: String, start: String, end: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [written], "\(found.map(\.text))")
        #expect(found.first?.value == start && found.first?.endValue == end && found.first?.isRange == true)
    }

    @Test(arguments: [
        "The mill at Maresk burned in the 1900s, its owners wrote.", "Its carvings date from the 1800s.",
    ])
    func aLaterRoundHundredStaysUnsaid(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("Envoys of Tarvan are set to meet in Kestrel Hill on Friday.", "Friday", "2020-01-10"),
        ("The Vessa minister is expected to sign the pact on Monday.", "Monday", "2020-01-13"),
        ("Ferry crews in Maresk are set to strike Tuesday over pay.", "Tuesday", "2020-01-14"),
        // (A day owning a happening of its own is no coming day.)
        ("Repairs at Dornholm are set to take weeks after Monday's storm.", "Monday's", "2020-01-06"),
        // (Past tense keeps the day before the page's.)
        ("Envoys of Tarvan were set to meet on Friday but the talks collapsed.", "Friday", "2020-01-03"),
        // (A clause of its own between the marker and the day keeps its own time.)
        ("Fuel prices in Tarvan are expected to climb after Kelvar cut output on Monday.", "Monday", "2020-01-06"),
        ("Bus fares in Vessa are set to rise because the council voted on Monday.", "Monday", "2020-01-06"),
        ("Ferry fares are expected to fall now Maresk raised fees on Monday.", "Monday", "2020-01-06"),
        // (Its verb in the present still looks ahead; `as usual` opens no clause.)
        ("Bond yields in Kelvar are expected to ease when Parliament returns on Monday.", "Monday", "2020-01-13"),
        ("Trams in Dornholm are set to run as usual on Monday.", "Monday", "2020-01-13"),
    ])
    func aComingWeekdayIsTheNextOne(text: String, written: String, expected: String) {
        let found = dates(text)
        #expect(found.first?.value == expected, "\(found.map { "\($0.text)=\($0.value ?? "-")" })")
    }
}
