import ArticleModel
import Testing

@testable import Extraction

/// A figure's date is the day its sentence names, resolved from the publication date; a total over a
/// stretch of time has none.
@Suite struct FigureDateTests {
    /// The date of the figure with `value` in `text`, in an article published on Friday 15 March 2019
    /// (or with no publication date).
    func date(of value: Double, in text: String, published: String? = "2019-03-15") -> String? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return TestData.extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph == 1 }?
            .date
    }

    @Test(arguments: [
        // A weekday is the one on or before the publication date.
        ("Shelling killed nine people in the town on Wednesday, a monitor said.", 9.0, "2019-03-13"),
        ("Shelling killed nine people in the town on Friday.", 9, "2019-03-15"),
        ("Four civilians were wounded yesterday when a mortar hit the market.", 4, "2019-03-14"),
        ("Jets killed 12 fighters near the dam last night.", 12, "2019-03-14"),
        ("Two rockets struck the airport earlier today.", 2, "2019-03-15"),
        // A weekday's possessive whose apostrophe the text lost.
        ("Wednesdays air strikes on the market killed 14 people, medics said.", 14, "2019-03-13"),
        ("Eleven soldiers were killed in Mondays fighting near the dam.", 11, "2019-03-11"),
        // What happened, not when it was said.
        ("The monitor said on Thursday that 12 people were killed on Tuesday.", 12, "2019-03-12"),
        ("Eleven soldiers were killed in the ambush, officials said on Thursday.", 11, "2019-03-14"),
        // A date opening the sentence before its subject's verb of saying is the saying's.
        ("On Thursday, the ministry said 9 soldiers had been killed on Tuesday.", 9, "2019-03-12"),
        ("Late Wednesday the monitor reported that 14 fighters died in clashes on Monday.", 14, "2019-03-11"),
        ("The army on Thursday announced that 6 soldiers were wounded on Tuesday.", 6, "2019-03-12"),
        // … but not when a clause of its own stands between them.
        ("On Thursday, 7 people were killed in the market, the monitor said.", 7, "2019-03-14"),
        ("Shelling killed 8 people late Wednesday, activists said.", 8, "2019-03-13"),
        // The page's own date in the text is no clause date.
        (
            "Date of publication 15 March 2019 Video More than 30 people were killed in raids on Wednesday.", 30,
            "2019-03-13"
        ),
    ])
    func theDayTheSentenceNames(text: String, value: Double, date: String) {
        #expect(self.date(of: value, in: text) == date, "\(text)")
    }

    @Test(arguments: [
        ("Coalition jets have carried out 140 raids around the town since 2 March.", 140.0),
        ("More than 90,000 people have died in the conflict which began in March 2012.", 90_000),
    ])
    func aTotalOverAStretchOfTimeHasNoDay(text: String, value: Double) {
        #expect(date(of: value, in: text) == nil, "\(text)")
    }

    @Test func aChangeOverYearsHasNoDay() {
        let text = "The agency expects the cost to fall from $0.40 a watt today to $0.15 by 2035."
        #expect(date(of: 0.40, in: text) == nil)
        #expect(date(of: 0.15, in: text) == nil)
        let shares = "Shares in the firm fell from $12 to $9 on Tuesday."
        #expect(date(of: 12, in: shares) == "2019-03-12" && date(of: 9, in: shares) == "2019-03-12")
    }

    @Test(arguments: [
        ("Sales reached 4,200 cars in the region, up from 3,100 in 2016.", 4_200.0, nil as String?),
        ("Sales reached 4,200 cars in the region, up from 3,100 in 2016.", 3_100, "2016"),
        ("The firm earned $5.2bn in 2018, down from $6.1bn in 2017.", 5_200_000_000, "2018"),
        // `from` that opens no base, and `more than`: the number's own bound.
        ("She won 11 titles from 11 finals during 2018.", 11, "2018"),
        ("Gamers spent more than $1bn in 2018, 7% more than in 2017.", 1_000_000_000, "2018"),
        ("Jobless claims fell to 12,000 from 15,500 during 2017, the office said.", 12_000, nil),
        ("Some 80 pupils enrolled, compared with 55 pupils in 2015.", 80, nil),
        // A date of the figure's own clause stays its.
        ("Exports rose to 900 tonnes in 2018 from 700 tonnes.", 900, "2018"),
    ])
    func aComparisonsBaseDatesOnlyItsOwnNumber(text: String, value: Double, expected: String?) {
        #expect(date(of: value, in: text) == expected, "\(text)")
    }

    @Test(arguments: [
        // A day of saying beside an updated toll is the update's.
        (
            "Air raids on Tovin killed 42 people, a monitor said on Thursday, giving an updated toll.", 42.0,
            nil as String?
        ),
        ("The death toll from the raids on Tovin has risen to 61, a monitor said on Thursday.", 61, nil),
        ("Shelling killed 14 people in Tovin, a monitor said on Thursday in a new toll.", 14, nil),
        // A toll given with no update keeps the day it was given, and an update keeps its clause's own day.
        ("Shelling killed 14 people in Tovin, a monitor said on Thursday.", 14, "2019-03-14"),
        (
            "Raids on Tovin on Tuesday killed 61 people, a monitor said on Thursday, giving a new toll.", 61,
            "2019-03-12"
        ),
    ])
    func aDayOfSayingDatesNoUpdatedToll(text: String, value: Double, expected: String?) {
        #expect(date(of: value, in: text) == expected, "\(text)")
    }

    @Test func aWeekdayWithoutAPublicationDateStaysUnresolved() {
        #expect(date(of: 9, in: "Shelling killed nine people in the town on Wednesday.", published: nil) == nil)
    }

    @Test func aPartOfTheGroupBeforeTakesItsDate() {
        let text = "Shelling killed 9 people in Marlow on Wednesday. Four of them were children."
        #expect(date(of: 4, in: text) == "2019-03-13")
        // … but not a count that is no part of the group.
        #expect(date(of: 3, in: "Shelling killed 9 people in Marlow on Wednesday. Three soldiers died.") == nil)
        // … and its own sentence's date wins.
        #expect(date(of: 4, in: "Jets killed 9 people on Wednesday. Four of them died on Thursday.") == "2019-03-14")
    }
}
