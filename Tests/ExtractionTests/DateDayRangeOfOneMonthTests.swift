import ArticleModel
import Testing

@testable import Extraction

/// `between 12 and 14 May`, `from 3 to 5 May 2016`, `between 12 and 14 of May`: a range of days whose month
/// (and year) only its end names is a range of those days, not the bare month nor the last day alone; a
/// figure in its clause takes its first day, as it does of `8-10 May`. Sentences written for these tests.
@Suite struct DateDayRangeOfOneMonthTests {
    func dates(_ text: String, published: String? = "2016-05-20") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        ("Jets pounded the town between 12 and 14 of May 2016.", "between 12 and 14 of May 2016", "2016-05-12", "2016-05-14"),
        ("Clashes went on between 3 and 5 May.", "between 3 and 5 May", "2016-05-03", "2016-05-05"),
        ("Shells fell on the port from 10 to 11 May 2016.", "from 10 to 11 May 2016", "2016-05-10", "2016-05-11"),
        ("The camp was raided from 1 until 4 Jan by militias.", "from 1 until 4 Jan", "2016-01-01", "2016-01-04"),
    ])
    func daysOfOneMonthAreARange(text: String, written: String, start: String, end: String) {
        let found = dates(text)
        #expect(found.count == 1, "\(found.map(\.text))")
        guard let range = found.first else { return }
        #expect(range.text == written)
        #expect(range.isRange && range.grain == .day)
        #expect(range.value == start && range.endValue == end)
    }

    @Test(arguments: [
        "Prices rose from 3 to 5 May traders say.",
        "Between 14 and 12 May nothing happened.",
        "The score went from 3 to 5 before May.",
    ])
    func noRangeOfDaysWithoutALaterDayOfAMonth(text: String) {
        #expect(!dates(text).contains { $0.isRange && $0.grain == .day }, "\(dates(text).map(\.text))")
    }

    @Test func aTollOverTheRangeIsATotalOfItsDays() {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .body, text: "Air strikes killed 40 people in Marlow between 12 and 14 May, a monitor said.")],
            published: "2016-05-20")
        let figures = TestData.extractor.extract(from: article).figures
        let toll = figures.first { $0.value == 40 }
        #expect(toll != nil)
        #expect(toll?.date == nil, "\(figures.map { ($0.text, $0.date ?? "-") })")
        #expect(toll?.isRunningTotal == true && toll?.period == "between 12 and 14 May", "\(toll?.period ?? "-")")
    }

    @Test func theDaysOfTheRangeAreNoFigure() {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .body, text: "Jets killed 40 people in Marlow between 12 and 14 of May, a monitor said.")],
            published: "2016-05-20")
        let figures = TestData.extractor.extract(from: article).figures
        #expect(figures.map(\.value) == [40], "\(figures.map(\.text))")
    }
}
