import Testing

@testable import Extraction

/// A number's own words win over the unit counted before it in the sentence: a noun after an article's
/// number (`a 2450 score`), a unit named before `of` (`a peak FPS of 96.5`), an acronym between a count
/// and its noun (`one UN convoy`); where the words say it is something unnamed, it borrows nothing.
@Suite struct FigureBareNumberUnitTests {
    @Test(arguments: [
        ("The Karmix managed 52.5 frames per second, and a 2450 score in the same test.", 2450.0, "score"),
        ("It has 16 graphics cores and a peak FPS of 96.5 in that game.", 96.5, "fps"),
        ("Shells hit at least one UN checkpoint near the town.", 1, "checkpoint"),
        ("Jets fired 20 rockets at the base, a total of 40 in two days.", 40, "rocket"),
        ("Jets fired 20 rockets and 14 at the port.", 14, "rocket"),
        ("Rebels held 40 soldiers at the base, and the fate of some 25 is unknown.", 25, "soldier"),
        ("About 200 refugees live in Vesk, a town with a population of 9,000.", 9_000, "person"),
    ])
    func theNumbersOwnWordsNameItsUnit(text: String, value: Double, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.unit == unit, "\(text): \(figure.unit ?? "nil")")
    }

    @Test func somethingMeasuredButUnnamedBorrowsNothing() {
        let figures = TestData.bodyFigures("The car carried 4 passengers at a speed of 90 on the road.")
        #expect(!figures.contains { $0.value == 90 }, "\(figures.map(\.text))")
    }
}
