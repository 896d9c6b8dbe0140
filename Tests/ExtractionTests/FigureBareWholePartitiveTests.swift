import ArticleModel
import Testing

@testable import Extraction

/// A part whose whole is a bare number and a noun (`17 of 34 tractors`, `11 out of 27 libraries`) counts the
/// whole's noun and keeps the whole as `of`; the whole stays a figure of its own. A whole of 10, 100 or 1,000
/// is a rate, a part no smaller than its whole is no part, and a whole of time or another measure (`four of
/// five years ago`) is no group: none of them is read as a partitive.
@Suite struct FigureBareWholePartitiveTests {
    @Test(arguments: [
        ("Flood water ruined 17 of 34 tractors on farms near Kestrel Hill.", 17.0, 34.0, "tractor"),
        ("Nurses in Tarvan said 13 of 26 patients went home by Friday.", 13, 26, "patient"),
        ("The council will close 11 out of 27 libraries in Vessa next year.", 11, 27, "library"),
        ("Only two out of 16 senior judges in Dornholm are women.", 2, 16, "judge"),
    ])
    func aPartOfABareWholeCountsTheWholesNoun(text: String, part: Double, whole: Double, unit: String) {
        let figures = TestData.bodyFigures(text)
        let found = figures.first { $0.value == part }
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.of == whole, "\(text)")
        #expect(figures.first { $0.value == whole }?.unit == unit, "\(text)")
    }

    @Test func theWholeKeepsItsOwnFigureOnce() {
        let figures = TestData.bodyFigures("Gunmen in Marrowby burned 7 of 40 buses on Sunday.")
        #expect(figures.map(\.value).sorted() == [7, 40])
    }

    /// The sentence is read (the whole stands as a figure of its noun), but nothing in it is a part of it.
    @Test(arguments: [
        ("Nine out of 10 shoppers in Kelvar said prices had risen.", 10.0, "shopper"),
        ("About four of 100 households in Tarvan own a boat.", 100, "household"),
        ("The critics gave the Vessa opera 10 out of 10 stars.", 10, "star"),
        ("Crews checked 12 out of 12 wells near Dornholm.", 12, "well"),
    ])
    func aRateOrAWholeNoLargerIsNoPartitive(text: String, whole: Double, unit: String) throws {
        let figures = TestData.bodyFigures(text)
        try #require(figures.contains { $0.value == whole && $0.unit == unit }, "\(text)")
        #expect(!figures.contains { $0.of != nil }, "\(text)")
    }

    /// A whole of time or another measure: a span or a length, no group (most often `four or five` mistyped).
    @Test(arguments: [
        ("The mill in Kelvar shut down four of five years ago.", 5.0),
        ("Rain fell on Tarvan for three of eight days last month.", 8),
        ("The trail past Kestrel Hill climbs two of six km before the ridge.", 6),
    ])
    func aWholeOfTimeOrMeasureIsNoPartitive(text: String, whole: Double) throws {
        let figures = TestData.bodyFigures(text)
        try #require(figures.contains { $0.value == whole }, "\(text)")
        #expect(!figures.contains { $0.of != nil }, "\(text)")
    }

    @Test func aPartOfAWholeWithTheStillCounts() {
        let found = TestData.bodyFigures("Three out of the 12 wells near Dornholm ran dry.").first { $0.value == 3 }
        #expect(found?.unit == "well")
        #expect(found?.of == 12)
    }
}
