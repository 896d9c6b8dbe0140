import ArticleModel
import Testing

@testable import Extraction

/// Bare numbers of a change whose subject names what they count: `the number of people out of work rose
/// 32,000 to 1.41 million`, `the claimant total fell 11,000 to 813,200`, `the death toll rose by 12 to 40`,
/// `… to grow from 16 currently to as many as 80`.
@Suite struct FigureChangedNumberTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test func theChangeAndTheNewLevelCountTheNumbersNoun() {
        let text = "The number of nurses on temporary contracts rose 4,500 to 61,000 in the last quarter."
        #expect(figure(4500, in: text)?.unit == "nurse")
        #expect(figure(61000, in: text)?.unit == "nurse")
        #expect(figure(61000, in: text)?.kind == .count)
    }

    @Test func aChangeByANumberCountsTheNounToo() {
        let text = "Over the year the number of members increased by 2,300 to 18,400, the union said."
        #expect(figure(2300, in: text)?.unit == "member")
        #expect(figure(18400, in: text)?.unit == "member")
    }

    @Test func aTollThatRoseByANumberCountsTheKilled() {
        let text = "The death toll from the flooding in Tarrow rose by 12 to 40 on Monday."
        let level = figure(40, in: text)
        #expect(level?.unit == "person")
        #expect(level?.event == "killed")
        #expect(figure(12, in: text)?.unit == "person")
    }

    @Test func aTotalNamedByItsNounCountsIt() {
        let text = "Meanwhile, the apprentice total fell 1,200 to 20,500 last month."
        #expect(figure(1200, in: text)?.unit == "apprentice")
        #expect(figure(20500, in: text)?.unit == "apprentice")
        #expect(figure(7000, in: "The jobless total rose by 7,000 in May.")?.unit == "person")
    }

    @Test func aGrowthToAnUpperBoundCountsTheNoun() {
        let text =
            "Planners expect the number of ferry routes in the bay to grow from 6 currently to as many as 15 by 2030."
        let bound = figure(15, in: text)
        #expect(figure(6, in: text)?.unit == "route")
        #expect(bound?.unit == "route")
        #expect(bound?.approx == .under)
    }

    @Test func aChangeOfNoNamedSubjectGivesNothing() {
        #expect(figure(40, in: "The number of flooded homes in Tarrow was close to 40.") == nil)
        #expect(figure(300, in: "The total fell 20 to 300.") == nil)
        let prices = TestData.bodyFigures("Prices rose 5 to 9 cents a litre.")
        #expect(prices.allSatisfy { $0.unit != "price" })
        #expect(figure(5, in: "Prices rose 5 to 9 cents a litre.") == nil)
    }

    @Test func aTollThatIsNotTheSubjectsHeadCountsNoDead() {
        let despite = "Despite the storm's toll on tourism, visitor numbers at the lakes rose 3,000 to 45,000."
        #expect(figure(45000, in: despite)?.event != "killed")
        #expect(figure(140, in: "Toll revenue on the bridge rose by 20 to 140.")?.event != "killed")
        #expect(figure(140, in: "Toll revenue on the bridge rose by 20 to 140.")?.unit != "person")
        let toll = "The toll in the valley villages has risen to 31."
        #expect(figure(31, in: toll)?.event == "killed")
    }

    @Test func anEarlierClausesSubjectIsNotTheChangesSubject() {
        let text = "The number of visitors to the caves fell last year, and ticket income rose 12 to 400."
        #expect(figure(400, in: text)?.unit != "visitor")
        #expect(figure(12, in: text)?.unit != "visitor")
        let grow = "The number of cargo berths is expected to grow from 9 to 14."
        #expect(figure(14, in: grow)?.unit == "berth")
    }
}
