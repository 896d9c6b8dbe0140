import ArticleModel
import Testing

@testable import Extraction

/// A page's dateline run into the first sentence of the body dates the page: a day the sentence itself
/// names dates its counts, and the counts later sentences restate follow it.
@Suite struct FigureDatelineDayTests {
    /// The figures with `value` in an article whose body is `paragraphs`, published on Friday 15 March 2019.
    func figures(_ value: Double, in paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Jets strike Karmun", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) },
            published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.filter { $0.value == value }
    }

    /// The opening sentence of a wire story after its dateline, its weekday far from the count.
    static let lead =
        "15 March 2019 A suicide bomber from the Vesk Front killed 12 soldiers loyal to the government in the"
        + " western part of Karmun on Wednesday"

    @Test(arguments: [
        // Punctuation lost: the weekday runs into the saying.
        FigureDatelineDayTests.lead + " a monitoring group said.",
        FigureDatelineDayTests.lead + ", a monitoring group said.",
        // The dateline with its weekday, the count's weekday bare.
        "Friday 15 Mar 2019 At least 12 people were killed Wednesday in shelling of Karmun.",
    ])
    func theSentencesWeekdayWinsOverTheDateline(text: String) {
        let found = figures(12, in: [text])
        #expect(found.map(\.date) == ["2019-03-13"], "\(text)")
    }

    @Test func aRestatedTollFollowsTheSentencesDay() {
        let found = figures(
            12,
            in: [
                Self.lead + " a monitoring group said.",
                "\"The bomber killed 12 soldiers and destroyed the outpost,\" a medic in Karmun told reporters.",
            ])
        #expect(found.map(\.date) == ["2019-03-13", "2019-03-13"], "\(found.map { ($0.text, $0.date) })")
    }

    @Test(arguments: [
        // No other day in the sentence.
        "15 March 2019 A suicide bomber killed 12 soldiers in the western part of Karmun, a monitor said.",
        // A year is no day.
        "15 March 2019 A suicide bomber killed 12 soldiers in Karmun, the group's first attack there since 2017.",
    ])
    func theDatelineStillDatesASentenceNamingNoDay(text: String) {
        let found = figures(12, in: [text])
        #expect(found.map(\.date) == ["2019-03-15"], "\(text)")
    }

    /// A day of another event, not in the week up to the page's, leaves the dateline to the headline's
    /// count run in before it.
    @Test func aDayOfAnotherEventLeavesTheDateline() {
        let found = figures(
            12,
            in: [
                "Jets kill 12 at Karmun rally Monitor AFP Friday 15 Mar 2019 Rebels shelled a rally in Karmun before"
                    + " the June 3 vote killing 12 people a monitor said Thursday."
            ])
        #expect(found.first?.date == "2019-03-15", "\(found.map { ($0.text, $0.date) })")
    }
}
