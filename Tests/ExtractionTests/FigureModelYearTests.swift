import Testing

@testable import Extraction

/// A year that names a model (`the mid-2019 model`, `the 2012 through 2015 design`, `from earlier in
/// 2019`) dates no figure beside it; a year that says when something happened still does.
@Suite struct FigureModelYearTests {
    @Test(arguments: [
        ("The 14-inch screen is brighter than on the mid-2019 model.", 14.0),
        ("Keys travel 0.8 millimetres here, against 1.3 millimetres on the 2013 through 2016 design.", 0.8),
        ("It comes in three sizes, the same as the Karmix Pro from earlier in 2019.", 3),
        ("The maker is recalling 9,000 cars from the 2004 model year.", 9_000),
        // A year of another model's release dates that release, not a size or weight beside it.
        ("The current phone has a 6.1-inch screen, while the Vesko X is due for release in 2026.", 6.1),
        ("It weighs 170 grams, and its successor is set to launch in late 2026.", 170),
        ("The 13-inch laptop released in 2015 found its way into all models in 2016.", 13),
    ])
    func aModelYearDatesNoFigure(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.date == nil, "\(text): \(figure.date ?? "nil")")
    }

    /// A release's date in a sentence of no product leaves the sentence's other dates: `shipped in March`
    /// is when the goods were shipped, `on Tuesday` when they were seized.
    @Test func aShipmentsMonthLeavesTheSentencesDay() throws {
        let figure = try #require(
            TestData.figurePublishedFriday(1.5, in: "Guards on Tuesday seized 1.5 tonnes of cannabis shipped in March."))
        #expect(figure.date == "2019-03-12")
    }

    @Test(arguments: [
        ("In 2016 jets killed 12 people in Tarn.", 12.0, "2016"),
        ("The firm sold 20 million phones in mid-2019.", 20_000_000, "2019"),
        // A count beside a release's year is still dated by it.
        ("The firm shipped 3 million phones after their release in 2019.", 3_000_000, "2019"),
        ("Shelling in the mid-2016 offensive killed 12 people in Tarn.", 12, "2016"),
        // A happening's noun past its modifiers.
        ("Officials recalled the 2013 chemical attack that killed 1,400 people in Tarn.", 1_400, "2013"),
        ("Officials recalled the 2013 Tarn gas attack, which killed 1,400 people.", 1_400, "2013"),
    ])
    func aYearOfWhatHappenedStillDates(text: String, value: Double, date: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.date == date, "\(text): \(figure.date ?? "nil")")
    }
}
