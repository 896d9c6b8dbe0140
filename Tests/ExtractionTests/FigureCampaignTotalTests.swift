import Testing

@testable import Extraction

/// A campaign's toll so far (`has claimed`, `has left N dead`, `have been killed in the offensive`), weeks
/// of one harm, and a month's toll (`the bloodiest month`, `in March alone`, `the monthly toll`) are
/// totals over a stretch of time, not one incident of the publication day.
@Suite struct FigureCampaignTotalTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("The offensive on Vesk has now claimed more than 300 lives.", 300.0),
        ("The army's campaign in Karmun has killed 120 civilians, the monitor said.", 120),
        ("Hundreds of people lie wounded in Tarn after weeks of shelling.", 100),
        ("October was the bloodiest month this year in Loria, with 2,100 people killed.", 2_100),
        ("More than 200 people have been killed in the offensive, the monitor said.", 200),
        ("Nearly 500 people have died during the siege of Karmun.", 500),
        ("The two-week offensive has left 150 people dead.", 150),
        ("In March alone, 2,100 people were killed across Loria.", 2_100),
        ("The monthly death toll reached 900 in Loria.", 900),
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
        ("Twelve people have been killed in the offensive on Vesk today.", 12),
        ("The blast has left 20 people dead in Tarn.", 20),
        ("Thirty people were killed in the offensive on Vesk.", 30),
        ("Fifteen people have been killed in Karmun, and the offensive goes on.", 15),
        ("Twenty rebels have been killed in an offensive they launched near Vesk.", 20),
    ])
    func oneOccasionsTollIsNoTotal(text: String, value: Double) throws {
        let toll = try #require(figure(value, in: text), "\(text)")
        #expect(!toll.isRunningTotal, "\(text)")
    }
}
