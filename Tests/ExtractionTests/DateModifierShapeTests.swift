import ArticleModel
import Testing

@testable import Extraction

/// Date shapes read since stop 35: a year or a month before the noun it modifies (`the 2010 Harbour Act`, `a
/// March hearing`), years joined to a year before them (`in 2005 and 2006`, `late 2016, and more likely
/// 2017`), `to` a year after a decade or `back`, the month of `March last year`, and a day name inside a
/// name (`Mike Friday`, a programme's title), which is no date. Sentences written for these tests;
/// 2020-01-08 is a Wednesday.
@Suite struct DateModifierShapeTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        ("Critics said the 2010 Harbour Act left gaps.", "2010"),
        ("The court looked at a 2003 bond deal.", "2003"),
        ("Voters in the 2016 election stayed home.", "2016"),
        ("The board recalled the 1994 Energy Charter Treaty.", "1994"),
        ("A 2018 analysis of the samples found salt.", "2018"),
        ("Her role in the 1965 film made her famous.", "1965"),
    ])
    func aYearBeforeTheNounItModifies(text: String, year: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [year], "\(found.map(\.text))")
        #expect(found.first?.value == year && found.first?.grain == .year)
    }

    @Test(arguments: [
        "The 1500 troops crossed the river.",
        "The depot took a 2000 pound load of grain.",
        "Of the 1900 wounded, most were treated.",
        "A 1950 strong force guarded the pass.",
        "Officials counted the 1950 who fled.",
        "The 2000 Guineas drew a large crowd.",
        // An address's block: `the 1900 block of Elm Street`.
        "Police were called to the 1900 block of Larch Avenue after midnight.",
    ])
    func aCountBeforeItsNounIsNoYear(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("Growth will slow in 2005 and 2006.", ["2005", "2006"]),
        ("Parliament could decide in 2011 or 2012.", ["2011", "2012"]),
        ("Payments fall due in 2010, 2011 and 2012.", ["2010", "2011", "2012"]),
        ("The talks could stretch into 2005, even 2006.", ["2005", "2006"]),
        ("The plant opens in late 2016, and more likely 2017.", ["2016", "2017"]),
        ("The vote comes at the end of 2015, or even 2016.", ["2015", "2016"]),
        ("He won at the 1997 and 2001 elections.", ["1997", "2001"]),
        ("Prices were frozen between June 2003 and 2004.", ["June 2003", "2004"]),
    ])
    func yearsJoinedToAYearBefore(text: String, written: [String]) {
        let found = dates(text)
        #expect(found.map(\.text) == written, "\(found.map(\.text))")
        #expect(found.last?.value == written.last.map { String($0.suffix(4)) })
    }

    @Test(arguments: [
        "In 2004, 1500 were killed.",
        "In 2004 and 2005 people fled.",
        "In 2014, 2015 died in the camps.",
    ])
    func aCountAfterAYearIsNoYear(text: String) {
        let found = dates(text)
        #expect(found.map(\.text) == ["2004"] || found.map(\.text) == ["2014"], "\(found.map(\.text))")
    }

    @Test(arguments: [
        ("The ties stretch back to 1997.", ["1997"]),
        ("Assets were sold from the early 1990s to 1997.", ["1997"]),
    ])
    func toAYearAfterBackOrADecade(text: String, written: [String]) {
        let found = dates(text)
        #expect(found.map(\.text).filter { $0 == "1997" } == written, "\(found.map(\.text))")
        #expect(found.first { $0.text == "1997" }?.value == "1997")
    }

    @Test(arguments: ["Output rose to 1997 tonnes.", "Numbers climbed from 1500 to 1997 in a week."])
    func toACountIsNoYear(text: String) {
        #expect(!dates(text).contains { $0.text == "1997" }, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("The judge set a March hearing.", "March", "2019-03"),
        ("Delegates met at a June summit.", "June", "2019-06"),
        ("Rebels broke the February ceasefire.", "February", "2019-02"),
    ])
    func aMonthBeforeTheNounItModifies(text: String, written: String, value: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [written], "\(found.map(\.text))")
        #expect(found.first?.value == value && found.first?.grain == .month)
    }

    @Test(arguments: ["Thousands joined the March on the capital.", "She backed the May government."])
    func aMonthThatModifiesNothing(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("The fund closed at the end of March last year.", "2019-03"),
        ("The fund closed in March this year.", "2020-03"),
        ("The fund opens in February next year.", "2021-02"),
    ])
    func theMonthOfARelativeYear(text: String, value: String) {
        let found = dates(text)
        #expect(found.count == 2, "\(found.map(\.text))")
        #expect(found.first?.value == value && found.first?.grain == .month, "\(found.first?.value ?? "-")")
    }

    @Test(arguments: [
        "Coach Mike Friday picked the squad.",
        "She spoke on Radio Tarn's Sunday Live programme.",
        "Fans watched the Saturday Night Takeaway.",
        "Sheffield Wednesday won the derby.",
        "Shoppers crowded the Black Friday sale.",
        "Marchers remembered Bloody Sunday.",
    ])
    func aDayNameInsideANameIsNoDate(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map(\.text))")
    }

    @Test(arguments: [
        ("Troops shelled Tarn Wednesday.", "Wednesday"),
        // A place spelt like a given name.
        ("Two soldiers were killed in Chad Tuesday.", "Tuesday"),
        ("On Friday the squad flew home.", "Friday"),
        ("Talks ended on the Sunday before.", "Sunday"),
        ("The vote came Saturday night.", "Saturday night"),
    ])
    func aDayAfterAPlaceOrAnOpenerStays(text: String, written: String) {
        #expect(dates(text).map(\.text) == [written], "\(dates(text).map(\.text))")
    }
}
