import ArticleModel
import Testing

@testable import Extraction

/// Two days joined by `and`, a range of days or the weekend tell of a count over all of them: no one day is its
/// date (the first alone would put the whole count on it), so it is a total over those days, its period the
/// days as written; two joined by `or` tell of one day, unsure which: undated, no total. Sentences written for
/// these tests, in an article published on Friday 15 March 2019.
@Suite struct FigurePairedDayTests {
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        ("At least 31 soldiers died in Kestrel Hill on Tuesday and Wednesday, the monitor said.",
         "Tuesday and Wednesday"),
        ("The monitor said that on Monday and Tuesday at least 31 civilians were killed in raids on Vessa.",
         "Monday and Tuesday"),
        ("Some 31 fighters were among those killed on Monday and on Tuesday in clashes near Maresk.",
         "Monday and on Tuesday"),
        ("Raids on Kelvar left 31 dead on Tuesday and Wednesday, a monitor said on Thursday.",
         "Tuesday and Wednesday"),
        ("From Monday to Wednesday, raids on Marrowby killed 31 people.", "From Monday to Wednesday"),
        ("Shelling of Tarvan killed 31 people last weekend, medics said.", "last weekend"),
        ("Shelling over the weekend killed 31 people in Tarvan, medics said.", "the weekend"),
        ("At least 31 people were killed in Vessa during the weekend, the monitor said.", "the weekend"),
    ])
    func aCountOverSeveralDaysIsATotalOfThem(text: String, period: String) {
        let found = figure(31, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(text): \(found?.date ?? "nil")")
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
        #expect(found?.isRunningTotal == false, "\(text)")
    }

    @Test(arguments: [
        // (One incident within the weekend; a named weekend; no casualty or strike count.)
        "A car bomb killed 31 people in Vessa over the weekend, police said.",
        "A car bomb killed 31 people in Vessa last weekend.",
        "Some 31 people were killed when a bus crashed near Vessa over the weekend.",
        "At least 31 people died in the weekend's bombing of the Tarvan fish market.",
        "More than 31 bands will perform at the Marrowby fair over the weekend of 4 and 5 June.",
        "Over the weekend 31 bands played at the Tarvan fair.",
        "At least 31 people were killed in Vessa in the last 24 hours, with long talks between the envoys of both towns over the weekend failing.",
    ])
    func noTollOverTheWeekendIsNoTotal(text: String) {
        let found = figure(31, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.isRunningTotal == false, "\(text)")
    }

    @Test func aCountOnOneDayOrAnotherIsUndatedButNoTotal() {
        let text = "Shelling of Dornholm on Tuesday or Wednesday killed 31 people, rescuers said."
        let found = figure(31, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(found?.date ?? "nil")")
        #expect(found?.isRunningTotal == false, "\(text)")
    }

    @Test func anotherCountOverSeveralDaysIsUndatedButNoTotal() {
        let text = "Pollsters in Marrowby asked 31 towns from Monday to Wednesday about the new road."
        let found = figure(31, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(found?.date ?? "nil")")
        #expect(found?.isRunningTotal == false, "\(text)")
    }
}
