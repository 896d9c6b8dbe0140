import ArticleModel
import Testing

@testable import Extraction

/// Two days joined by `or` tell of a count of one of them: the first dates it, whichever stands nearer. Two
/// joined by `and` tell of a count over both, a total over them (FigureTwoNamedDaysTests), no one day's.
/// Sentences written for these tests, in an article published on Friday 15 March 2019.
@Suite struct FigurePairedDayTests {
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        ("Shelling of Dornholm on Tuesday or Wednesday killed 31 people, rescuers said.", "2019-03-12")
    ])
    func aCountOfEitherOfTwoDaysTakesTheFirst(text: String, date: String) {
        let found = figure(31, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == date, "\(text): \(found?.date ?? "nil")")
    }

    @Test(arguments: [
        ("At least 31 soldiers died in Kestrel Hill on Tuesday and Wednesday, the monitor said.", "Tuesday and Wednesday"),
        ("The monitor said that on Monday and Tuesday at least 31 civilians were killed in raids on Vessa.",
         "Monday and Tuesday"),
        ("Some 31 fighters were among those killed on Monday and on Tuesday in clashes near Maresk.",
         "Monday and on Tuesday"),
        ("Raids on Kelvar left 31 dead on Tuesday and Wednesday, a monitor said on Thursday.", "Tuesday and Wednesday"),
    ])
    func aCountOverBothOfTwoDaysIsATotalOverThem(text: String, period: String) {
        let found = figure(31, in: text)
        #expect(found?.isRunningTotal == true, "\(text)")
        #expect(found?.period == period, "\(text): \(found?.period ?? "nil")")
    }

    @Test(arguments: [
        ("At least 31 soldiers died in Kestrel Hill on Tuesday, the monitor said on Wednesday.", "2019-03-12"),
        ("Jets struck Vessa on Tuesday and 31 people were killed, the monitor said.", "2019-03-12"),
        ("On Tuesday 31 civilians were killed in Dornholm, and on Wednesday rescuers dug out more.", "2019-03-12"),
        ("At least 31 civilians were killed in Maresk on Tuesday and Tuesday night, medics said.", "2019-03-12"),
    ])
    func aSingleDayStillDatesTheCount(text: String, date: String) {
        let found = figure(31, in: text)
        #expect(found?.date == date, "\(text): \(found?.date ?? "nil")")
    }
}
