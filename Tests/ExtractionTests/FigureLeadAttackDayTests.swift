import ArticleModel
import Testing

@testable import Extraction

/// The lead's toll that names no day of what happened takes the day of the attack the lead or the sentence
/// right after names (`Thursday's strikes`, `Thursdays raids`, `the bombing on Thursday`), not the day it was
/// said nor the page's. Sentences written for these tests; the page is of Friday 15 March 2019.
@Suite struct FigureLeadAttackDayTests {
    func figures(in paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) }, published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph >= 1 }
    }

    @Test(arguments: [
        // The sentence after names the attack's day, as a possessive.
        ["Air raids on a village near Marlow killed 42 people, a monitor said on Friday. Thursday's strikes hit a crowded market."],
        ["Air raids on a village near Marlow killed 42 people, a monitor said Friday. Thursdays air strikes hit a crowded market."],
        // … or as the attack's noun and its day; the toll's sentence may be an update.
        ["The toll from raids on a village near Marlow has risen to 42, a monitor said Friday. The bombing on Thursday hit a market."],
        // The lead itself names it beside a saying's day.
        ["Rescuers said Friday that 42 people died in Thursday's attack on the market of Marlow."],
    ])
    func theLeadsTollTakesTheAttacksDay(paragraphs: [String]) {
        let found = figures(in: paragraphs)
        let toll = found.first { $0.value == 42 }
        #expect(toll?.date == "2019-03-14", "\(found.map { ($0.text, $0.date ?? "-") })")
    }

    @Test(arguments: [
        // The sentence after counts an attack of its own: maybe another one.
        ["Air raids near Marlow killed 42 people, a monitor said Friday. Thursday's attack on Tovin killed 5 more."],
        // The lead dates its toll itself.
        ["Air raids near Marlow killed 42 people on Wednesday, a monitor said. Thursday's strikes hit a market."],
        // Two attack days named: which one is the toll's is not said.
        ["Air raids near Marlow killed 42 people, a monitor said. Tuesday's strikes and Thursday's raids hit a market."],
        // Not the lead: a later sentence.
        ["A monitor spoke on Friday. Its staff was busy. Air raids near Marlow killed 42 people. Thursday's strikes hit a market."],
        // A day long before the page's is no day of the lead's attack.
        ["Air raids near Marlow killed 42 people, a monitor said. The attack on 2 February hit a market."],
    ])
    func noAttackDayOrNotPlainlyTheTolls(paragraphs: [String]) {
        let found = figures(in: paragraphs)
        let toll = found.first { $0.value == 42 }
        #expect(toll != nil && toll?.date != "2019-03-14" && toll?.date != "2019-03-12", "\(found.map { ($0.text, $0.date ?? "-") })")
    }
}
