import Testing

@testable import Extraction

/// A campaign's toll so far, weeks of one harm, and a month's toll are totals over a stretch of time, not
/// one incident of the publication day.
@Suite struct FigureCampaignTotalTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("The offensive on Vesk has now claimed more than 300 lives.", 300.0),
        ("The army's campaign in Karmun has killed 120 civilians, the monitor said.", 120),
        ("Hundreds of people lie wounded in Tarn after weeks of shelling.", 100),
        ("October was the bloodiest month this year in Loria, with 2,100 people killed.", 2_100),
    ])
    func aStretchsTollIsATotal(text: String, value: Double) throws {
        let total = try #require(figure(value, in: text), "\(text)")
        #expect(total.isRunningTotal, "\(text)")
    }

    @Test(arguments: [
        ("The offensive killed 30 people in Vesk on Monday.", 30.0),
        ("The assault on Karmun has killed 12 people, the monitor said.", 12),
        ("Sunday was the deadliest day of the month, with 40 people killed.", 40),
        ("The offensive has killed 14 people in Vesk today.", 14),
    ])
    func oneOccasionsTollIsNoTotal(text: String, value: Double) throws {
        let toll = try #require(figure(value, in: text), "\(text)")
        #expect(!toll.isRunningTotal, "\(text)")
    }
}
