import ArticleModel
import Testing

@testable import Extraction

/// The displaced a place hosts, and a count sharing a running total's verb, are totals, not one day's
/// incident.
@Suite struct FigureStandingCountTests {
    func isTotal(_ value: Double, in text: String) -> Bool? {
        TestData.bodyFigures(text).first { $0.value == value }?.isRunningTotal
    }

    @Test(arguments: [
        ("The border town, which now hosts more than 35,000 displaced people, was shelled on Monday.", 35_000.0),
        ("Camps outside Kilis sheltering 8,000 displaced were flooded on Tuesday.", 8_000),
        ("On Sunday the mayor said 6,000 displaced people living in tents need blankets.", 6_000),
        // `home to`: a population the place holds, even after `up to`'s words (`to`, `more than`).
        ("The valley is home to 70,000 displaced people, most of them in camps.", 70_000),
        ("The district is now home to more than 12,000 refugees from the south.", 12_000),
    ])
    func theDisplacedAPlaceHostsAreATotal(text: String, value: Double) {
        #expect(isTotal(value, in: text) == true, "\(text)")
    }

    @Test func aDayOfFlightStaysAnIncident() {
        #expect(isTotal(6_000, in: "Some 6,000 people fled the town on Monday.") == false)
    }

    @Test(arguments: [
        ("Over 250,000 people have been killed and millions forced from their homes.", 1_000_000.0),
        ("The conflict has killed 150,000 people and displaced millions.", 1_000_000),
        ("The war has killed 200,000 people, wounded 900,000 and displaced 4 million.", 900_000),
        ("The conflict has killed more than 80,000 people and wounded over a million.", 1_000_000),
        // A verb that makes the count do what follows it (`forced … to flee`) is the shared verb.
        ("The country's decade-long war has killed over 300,000 people and forced millions to flee.", 1_000_000),
        ("The insurgency has killed 40,000 people and driven 2 million from their homes.", 2_000_000),
    ])
    func aCountJoinedToARunningTotalIsATotal(text: String, value: Double) {
        #expect(isTotal(value, in: text) == true, "\(text)")
    }

    @Test func aCompellingVerbWithADayOfItsOwnIsNoTotal() {
        let text = "The war has killed 150,000 people, and on Monday shelling forced 3,000 to flee Tovin."
        #expect(isTotal(3_000, in: text) == false)
    }

    @Test func aCountWithADayOfItsOwnIsNoTotal() {
        let text = "The war has killed 150,000 people since 2011, and 40 people fled the town on Monday."
        #expect(isTotal(150_000, in: text) == true)
        #expect(isTotal(40, in: text) == false)
    }

    /// Only a day at or after the joined count is its own: a day before it dates the report, not the count.
    @Test func aDayBeforeTheJoinedCountLeavesItATotal() {
        let text = "On Monday the monitor said 90,000 people have been killed since 2012 and millions forced to flee."
        #expect(isTotal(90_000, in: text) == true)
        #expect(isTotal(1_000_000, in: text) == true)
    }

    /// A count joined to a total clauses after it, in one long sentence, is joined as in a short one (whether a
    /// total stood before is carried along the sentence's counts).
    @Test func aCountJoinedFarAfterTheTotalIsATotal() {
        let aside = Array(repeating: "in Kelvar the river rose and the road to Tarvan was closed", count: 40)
        let text =
            "The war has killed 150,000 people since 2011; " + aside.joined(separator: "; ")
            + "; it has also killed 9,000 and displaced millions."
        #expect(isTotal(150_000, in: text) == true)
        #expect(isTotal(1_000_000, in: text) == true)
    }
}
