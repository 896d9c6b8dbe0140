import ArticleModel
import Testing

@testable import Extraction

/// `At least 30 civilians were killed on Monday in Tovin and its countryside. Jets left 12 people dead in the
/// east of Tovin.`: a count that tells of nothing new, at a place the sentence before named, goes on with that
/// sentence's report and takes its day; the next such count takes it too (sentences written for these tests).
@Suite struct FigureSameReportDateTests {
    /// The figure with `value` in the body paragraph `text`, in an article published on Friday 15 March 2019.
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    static let lead = "At least 30 civilians were killed in air raids and shelling on Monday in Tovin and its countryside."

    @Test func aCountAtThePlaceNamedBeforeTakesItsDay() {
        let text = Self.lead + " Jets left 12 people dead in opposition districts of Tovin."
        #expect(figure(12, in: text)?.date == "2019-03-11", "\(text)")
        #expect(figure(12, in: text)?.isDatedByEarlierSentence == true, "\(text)")
    }

    @Test func theNextCountOfTheSameReportTakesItToo() {
        let text = Self.lead + " Jets left 12 people dead in opposition districts of Tovin."
            + " Nine civilians were killed by mortar fire in the west of Tovin."
        #expect(figure(9, in: text)?.date == "2019-03-11", "\(text)")
    }

    /// The counts of one sentence read it once (ArticleExtractor+EarlierSentenceReadings), and each later
    /// count is read by its own site from the words kept (Tovin, then Marlow).
    @Test func eachCountOfOneSentenceIsReadByItsOwnSite() {
        let text = "At least 30 civilians were killed in air raids on Monday in Tovin and Marlow."
            + " Shelling left 12 people dead in the east of Tovin, 8 people dead in the north of Vessa"
            + " and 6 people dead in the west of Marlow."
        #expect(figure(12, in: text)?.date == "2019-03-11", "\(text)")
        #expect(figure(6, in: text)?.date == "2019-03-11", "\(text)")
    }

    @Test(arguments: [
        // A place the sentence before did not name.
        lead + " Jets left 12 people dead in opposition districts of Marlow.",
        // A sentence between tells of a strike of its own.
        lead + " Jets bombed a school in Marlow. Shelling left 12 people dead in the east of Tovin.",
        // The sentence before opens on a date: a headline's copy, the page's day.
        "Thursday 14 March 2019 Shelling kills five in Tovin. Jets left 12 people dead in the east of Tovin.",
        // The count before went on by pointing back, not at the same place: no day handed on from it.
        "Jets struck a market in Marlow on Monday. Rockets then hit a bakery in Vessa. Shelling left 12 people dead"
            + " in the east of Vessa.",
    ])
    func noDayOtherwise(text: String) {
        let found = figure(12, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(text)")
    }
}
