import ArticleModel
import Testing

@testable import Extraction

/// A date of one happening is no date of a count told of another beside it: a count in a clause opened by
/// `after`, `before`, `following` or `since` after the dated clause, a count past a fronted clause holding
/// the date, and a count beside a date that opens a stretch (`since May 2003`).
@Suite struct FigureOtherHappeningDateTests {
    /// The figure with `value` in `text`, in an article published on Friday 15 March 2019.
    func figure(_ value: Double, in text: String) -> Figure? {
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        // A count in a trailing clause of another happening, after the dated clause.
        ("Jets struck Vessa on Wednesday, a day after 8 guards were killed in Tarvan.", 8.0),
        ("Gunmen stormed the Kelvar depot on Monday after rebels fired 120 rockets at the town.", 120),
        ("The Dornholm council met on Tuesday, days before 40 homes were flattened by the storm.", 40),
        // A count past a fronted clause that holds the date.
        ("After rebels took the Dornholm depot last month, a car bomb killed 17 people in Marrowby.", 17),
        ("Two days after jets hit Vessa on Monday, gunmen killed 9 guards in Tarvan.", 9),
        // A date right after `since` opens a stretch.
        ("The jobless rate in Kelvar fell to 4.1%, its lowest level since May 2003.", 4.1),
        ("The Marrowby trust has given more than $2m to the party since 2009.", 2_000_000),
        ("Up to 9,000 people live in the Tarvan valley, which has been cut off since 2014.", 9_000),
    ])
    func takesNoDateOfTheOtherHappening(text: String, value: Double) throws {
        let count = try #require(figure(value, in: text), "\(text)")
        #expect(count.date == nil, "\(text)")
    }

    @Test(arguments: [
        // The dated clause's own count keeps its day.
        ("Jets killed 5 people in Vessa on Wednesday, a day after 8 guards were killed in Tarvan.", 5.0, "2019-03-13"),
        // A count of the other clause takes that clause's own date.
        ("Sales at the Kelvar mill climbed 6% in 2018, after a 25% slump in 2017.", 25, "2017"),
        ("Sales at the Kelvar mill climbed 6% in 2018, after a 25% slump in 2017.", 6, "2018"),
        // A fronted clause of a time, not of a happening: the day is the count's own.
        ("Before dawn on Monday, jets killed 12 people in Kelvar, medics in the town said.", 12, "2019-03-11"),
        ("Shortly after midnight on Saturday, gunmen shot dead 7 guards at the Vessa gate.", 7, "2019-03-09"),
        // A date inside a trailing clause dates the count before it.
        ("Twelve people died after shells hit the Vessa market on Sunday.", 12, "2019-03-10"),
        // A count set off by a comma is told of the clause's own happening.
        ("Rebels attacked the post on Sunday after a long siege, killing 14 soldiers.", 14, "2019-03-10"),
        // `since …, when …`: what happened on that day.
        ("The rate in Kelvar has eased since April 2016, when it peaked at 13.1%.", 13.1, "2016-04"),
    ])
    func keepsTheDateOfItsOwnClause(text: String, value: Double, date: String) throws {
        let count = try #require(figure(value, in: text), "\(text)")
        #expect(count.date == date, "\(text)")
    }

    @Test func aCountADayAfterIsDatedOnlyAgainstTheOtherDay() throws {
        let text = "Jets struck Vessa on Wednesday, a day after 8 guards were killed in Tarvan."
        let guards = try #require(figure(8, in: text))
        #expect(guards.relativeDate == "a day after")
    }
}
