import ArticleModel
import Testing

@testable import Extraction

/// A day or month a few words after a marker that looks ahead is the coming one (`Kelvar is to host the final
/// on Sunday`, `a deal due to take effect on Monday`, `the exhibition opens on Saturday`, `will sail … on
/// Monday` further back), one after `would` is left unresolved (ahead of a saying, either side of the page's
/// day), and `next year in March` is next year's March. Sentences written for these tests; the article is
/// published on Wednesday 9 June 2021.
@Suite struct DateComingHappeningTests {
    func dates(_ text: String) -> [DateMention] {
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2021-06-09")
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    func value(of written: String, in text: String) -> String? {
        dates(text).first { $0.text == written }?.value
    }

    @Test(arguments: [
        ("Kelvar is to host the regional final on Sunday.", "Sunday", "2021-06-13"),
        ("The envoy of Vessa is scheduled to visit Dornholm on Tuesday.", "Tuesday", "2021-06-15"),
        ("The Tarvan ferry deal, due to take effect on Monday, was signed by both towns.", "Monday", "2021-06-14"),
        ("The Vessa assembly meeting to be held on Monday drew protests.", "Monday", "2021-06-14"),
        ("The Marrowby league plans to vote on Friday on the new rules.", "Friday", "2021-06-11"),
        ("The new bridge exhibition in Dornholm opens to the public on Saturday.", "Saturday", "2021-06-12"),
        ("The second vote in Kestrel Hill takes place on Thursday.", "Thursday", "2021-06-10"),
        ("Leaders of Tarvan and Vessa meet on Thursday in Marrowby.", "Thursday", "2021-06-10"),
        ("Kestrel Hill goes to the polls on Sunday after a long campaign.", "Sunday", "2021-06-13"),
        ("Talks between the two ports resume in January, the mayor's office said.", "January", "2022-01"),
        ("The Vessa ferry will sail from Tarvan with 40 passengers aboard to the islands on Monday.",
         "Monday", "2021-06-14"),
        // (An adjective's `-ed` after a determiner is no verb in the past.)
        ("The Vessa council will hold a delayed vote on Monday.", "Monday", "2021-06-14"),
    ])
    func aScheduledHappeningLooksAhead(text: String, written: String, expected: String) {
        #expect(value(of: written, in: text) == expected, "\(dates(text).map { "\($0.text)=\($0.value ?? "-")" })")
    }

    @Test(arguments: [
        // (Past tense, or a past verb between a far `will` and the day, keeps the day before the page's.)
        ("The Vessa council was to vote on Friday but the session collapsed.", "Friday", "2021-06-04"),
        ("Kelvar will investigate the raid on the depot that wrecked the old mill of Tarvan on Monday.",
         "Monday", "2021-06-07"),
        // (A verb's form as a noun, an infinitive after a past verb, a negation: no present happening.)
        ("Clerks in Dornholm counted the votes on Monday.", "Monday", "2021-06-07"),
        ("Envoys of Tarvan agreed to meet on Monday in Vessa.", "Monday", "2021-06-07"),
        ("The Marrowby market did not open on Monday.", "Monday", "2021-06-07"),
        // (A day owning a happening of its own.)
        ("Kelvar is to rebuild the bridge after Monday's storm.", "Monday", "2021-06-07"),
        ("The Vessa summit was to be held on Monday but the envoys stayed away.", "Monday", "2021-06-07"),
        ("The council of Vessa is to blame for the flooding on Monday, residents said.", "Monday", "2021-06-07"),
        // (A verb in the past between a near marker and the day.)
        ("Envoys of Vessa will attend the funeral of the three firefighters killed in the blaze on Saturday.",
         "Saturday", "2021-06-05"),
        ("Kelvar plans to hand back the remains of guards killed near Vessa on Tuesday.", "Tuesday", "2021-06-08"),
        ("The coroner of Marrowby is to identify the nine climbers who died on Monday.", "Monday", "2021-06-07"),
        // (A plural noun spelt as a scheduled happening's verb.)
        ("The ruling party of Kelvar won 40,000 votes on Sunday.", "Sunday", "2021-06-06"),
    ])
    func aPastHappeningStaysBehind(text: String, written: String, expected: String) {
        #expect(value(of: written, in: text) == expected, "\(dates(text).map { "\($0.text)=\($0.value ?? "-")" })")
    }

    @Test func aMarkerOpeningTheParagraphReadsNoWordBeforeIt() {
        // (`To` is the paragraph's first token: nothing before it may be read.)
        let text = "To be held on Monday, the vote in Vessa drew protests."
        #expect(dates(text).contains { $0.text == "Monday" }, "\(dates(text).map(\.text))")
    }

    @Test func theHeadlinesPresentTellsOfThePast() {
        let article = Article(
            title: "Talks in Vessa resume on Monday", paragraphs: [Paragraph(kind: .body, text: "Envoys met.")],
            published: "2021-06-09")
        let found = DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 0 }
        #expect(found.first?.value == "2021-06-07", "\(found.map { "\($0.text)=\($0.value ?? "-")" })")
    }

    @Test(arguments: [
        ("The mayor of Tarvan said a truce would begin on Monday.", "Monday"),
        ("Officials in Vessa said the new ferry would sail in March.", "March"),
    ])
    func aDayAheadOfASayingIsLeftUnresolved(text: String, written: String) {
        let found = dates(text).first { $0.text == written }
        #expect(found != nil, "\(dates(text).map(\.text))")
        #expect(found?.value == nil, "\(found?.value ?? "-")")
    }

    @Test func wouldHaveLooksBack() {
        #expect(value(of: "Monday", in: "The dam at Kelvar would have burst on Monday.") == "2021-06-07")
    }

    @Test func aDayNamingAHappeningAfterWouldKeepsItsPast() {
        let text = "The Tarvan council would condemn an August 21 raid on the old mill."
        #expect(value(of: "August 21", in: text) == "2020-08-21", "\(dates(text).map { "\($0.text)=\($0.value ?? "-")" })")
    }

    @Test(arguments: [
        ("The depot in Marrowby is to close next year in March.", "2022-03"),
        ("The old mill of Dornholm shut last year in October.", "2020-10"),
    ])
    func aMonthAfterItsYearTakesThatYear(text: String, expected: String) {
        #expect(value(of: "March", in: text) ?? value(of: "October", in: text) == expected,
            "\(dates(text).map { "\($0.text)=\($0.value ?? "-")" })")
    }
}
