import ArticleModel
import Testing

@testable import Extraction

/// `Today,` set against an older time the sentence before names is nowadays, no day of the calendar; a year
/// ending an occasion's name (`the Kelvar Open 2031`) or opening a clause as its subject (`2030 was a hard
/// year`) is a date. Sentences written for these tests; 2020-01-08 is a Wednesday.
@Suite struct DateTodayAfterAnOlderTimeTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    func today(in text: String) -> DateMention? { dates(text).first { $0.text == "Today" } }

    @Test(arguments: [
        "In 1950 the Vessa mill had 900 workers. Today, it has 40.",
        "Fever swept the Kelvar valley in the 1300s. Today, such outbreaks are rare, doctors say.",
        "The Tarvan line carried coal until the 1970s. Today, the old track remains a footpath.",
    ])
    func todayAfterAnOlderTimeIsNowadays(text: String) throws {
        let found = try #require(today(in: text), "\(dates(text).map(\.text))")
        #expect(found.value == nil, "\(found.value ?? "-")")
    }

    @Test(arguments: [
        // (No older time before it.)
        "The Vessa mill shed 30 jobs on Monday. Today, it has about 40 workers.",
        // (A day's event, or one to come.)
        "In 1950 the Vessa mill had 900 workers. Today, rebels shelled its gates.",
        "In 1950 the Vessa mill had 900 workers. Today, the owner is expected to sell it.",
        "In 1950 the Vessa mill had 900 workers. Today, its staff are marching to Dornholm.",
        "In 1950 the Vessa mill had 900 workers. Today, its owner said it would close.",
    ])
    func todayOfTheDayStaysThePagesDay(text: String) throws {
        let found = try #require(today(in: text), "\(dates(text).map(\.text))")
        #expect(found.value == "2020-01-08")
    }

    @Test(arguments: [
        ("She won the Kelvar Open 2018 after a long injury.", "2018"),
        ("Crowds at Dornholm Festival 2019 broke the record.", "2019"),
        ("\u{201C}Without a doubt, 2019 has been a landmark year for the club,\u{201D} he said.", "2019"),
        ("2018 was a hard season for Vessa growers.", "2018"),
    ])
    func aYearOfAnOccasionOrASubjectIsADate(text: String, year: String) {
        let found = dates(text)
        #expect(found.map(\.value) == [year], "\(found.map(\.text))")
    }

    @Test(arguments: [
        "The Kelvar Open 2000 tickets sold out.", "Officials said 2000 was the toll at Maresk.",
        "Rebels said 2000 were killed.", "In all, 1950 was the number of the dead.",
    ])
    func aCountIsNoYear(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }
}
