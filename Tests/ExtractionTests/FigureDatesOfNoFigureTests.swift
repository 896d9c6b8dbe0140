import ArticleModel
import Testing

@testable import Extraction

/// Dates that date no figure: a span of years written with a two-digit later year (`in 2006/07`, `since
/// 2011/12`), a comparison's same period (`from the same 2009 period`), a day named as the landmark of
/// another happening (`close to yesterdays bombing`) and the date of one a span of time away (`ten days after
/// the raids of 2 March`). Sentences written for these tests; the article is
/// published on Friday 15 March 2019.
@Suite struct FigureDatesOfNoFigureTests {
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        ("Exports grew 3.2% in 2006/07 and 5.9% in 2010/11 at the firm.", 3.2),
        ("Exports grew 3.2% in 2006/07 and 5.9% in 2010/11 at the firm.", 5.9),
        ("Sales at the shop have fallen 0.4% since 2011/12.", 0.4),
        ("Profits at the firm were up 18% from the same 2009 period.", 18),
        ("Two blasts killed 6 people in Marlow close to yesterdays bombing.", 6),
        ("Shelling wounded 6 people in Marlow, the worst since Monday's bombing.", 6),
        // (The day of another happening a span of time away.)
        ("Ten days after the raids of 2 March, 40 people were still missing in Tarvan.", 40),
        ("Two weeks before Monday's vote, gunmen killed 7 people in Vessa.", 7),
    ])
    func theDateDatesNoFigure(text: String, value: Double) {
        let found = figure(value, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(text): \(found?.date ?? "-")")
    }

    @Test(arguments: [
        ("Profits at the firm rose 18% in 2009.", 18.0, "2009"),
        // (A happening told with its own verb after `after` keeps its day for the counts it tells of.)
        ("Two days after gunmen killed 7 people in Vessa on Monday, the town was quiet.", 7, "2019-03-11"),
        ("A blast killed 6 people in Marlow yesterday.", 6, "2019-03-14"),
        ("Yesterday's bombing in Marlow killed 6 people.", 6, "2019-03-14"),
        // (The base's own number keeps the base's date.)
        ("Profits at the firm reached $9m, up from $6m in the same period in 2009.", 6_000_000, "2009"),
    ])
    func theFiguresOwnDateStillDatesIt(text: String, value: Double, expected: String) {
        #expect(figure(value, in: text)?.date == expected, "\(text)")
    }
}
