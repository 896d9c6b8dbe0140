import ArticleModel
import Testing

@testable import Extraction

/// A part whose whole is a bare number and a noun (`18 of 31 lorries`, `12 out of 23 clinics`) counts the
/// whole's noun and keeps the whole as `of`; the whole stays a figure of its own. A whole of 10, 100 or 1,000
/// is a rate, and a part no smaller than its whole is no part: neither is read as a partitive.
@Suite struct FigureBareWholePartitiveTests {
    @Test(arguments: [
        ("The shelling destroyed at least 18 of 31 lorries near Kestrel Hill.", 18.0, 31.0, "lorry"),
        ("Doctors in Tarvan said they treated 16 of 29 patients brought in on Monday.", 16, 29, "patient"),
        ("The ministry will trim budgets at 12 out of 23 regional clinics in Vessa.", 12, 23, "clinic"),
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

    @Test(arguments: [
        "Nine out of 10 shoppers in Kelvar said prices had risen.",
        "About four of 100 households in Tarvan own a boat.",
        "The critics gave the Vessa opera 10 out of 10 stars.",
    ])
    func aRateOrAWholeNoLargerIsNoPartitive(text: String) {
        #expect(!TestData.bodyFigures(text).contains { $0.of != nil }, "\(text)")
    }

    @Test func aPartOfAWholeWithTheStillCounts() {
        let found = TestData.bodyFigures("Three out of the 12 wells near Dornholm ran dry.").first { $0.value == 3 }
        #expect(found?.unit == "well")
        #expect(found?.of == 12)
    }
}
