import ArticleModel
import Testing

@testable import Extraction

/// Sentences that give two reports, one per clause (`the monitor gave a toll of eight while the ministry
/// gave one of 12`), and calendar words that name no one who reports (`according to a March report by …`).
@Suite struct FigureClauseSourceTests {
    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    @Test(arguments: [
        "The Kelso Monitor reported a toll of eight while the Dunmore Relief Agency gave a toll of 12.",
        "The Kelso Monitor said eight people died, but the Dunmore Relief Agency put the toll at 12.",
        "According to the Kelso Monitor, eight people were killed, whereas the Dunmore Relief Agency said 12.",
        "The Kelso Monitor said eight people were killed; the Dunmore Relief Agency said 12 died.",
    ])
    func eachCountTakesTheSourceOfItsOwnClause(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 8, in: found) == "Kelso Monitor", "\(found.map { ($0.value, $0.source ?? "-") })")
        #expect(source(of: 12, in: found) == "Dunmore Relief Agency", "\(found.map { ($0.value, $0.source ?? "-") })")
    }

    @Test func aClauseThatPutsTheFigureAtACountIsItsReport() {
        let found = TestData.figures([
            "The Kelso Monitor says more than 8,000 people have died in the war, while the Dunmore Relief Agency"
                + " puts the figure at 9,500."
        ])
        #expect(source(of: 8000, in: found) == "Kelso Monitor", "\(found.map { ($0.value, $0.source ?? "-") })")
        #expect(source(of: 9500, in: found) == "Dunmore Relief Agency", "\(found.map { ($0.value, $0.source ?? "-") })")
    }

    @Test func aClauseWithNoSourceOfItsOwnBorrowsNoneWhenTheSentenceHasTwo() {
        let found = TestData.figures([
            "The Kelso Monitor said eight people died; the Dunmore Relief Agency said 12 died, while 30 homes burned."
        ])
        #expect(source(of: 30, in: found) == nil, "\(found.map { ($0.value, $0.source ?? "-") })")
    }

    @Test func aReportClosingTheSentenceCoversEveryClause() {
        let found = TestData.figures([
            "The Kelso Monitor said eight people died while 30 fighters arrived in the town Dunmore News reported."
        ])
        #expect(source(of: 30, in: found) == source(of: 8, in: found), "\(found.map { ($0.value, $0.source ?? "-") })")
    }

    @Test func oneSourceStillCoversEveryClause() {
        let found = TestData.figures(["The Kelso Monitor said eight people died, while 30 others were wounded."])
        #expect(source(of: 8, in: found) == "Kelso Monitor")
        #expect(source(of: 30, in: found) == "Kelso Monitor")
    }

    @Test(arguments: [
        "According to a March report by the Kelso Monitor, 40 people were killed in the town.",
        "According to a Tuesday statement by the Kelso Monitor, 40 people were killed in the town.",
    ])
    func aCalendarWordIsNoSource(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 40, in: found) == "Kelso Monitor", "\(found.map { ($0.value, $0.source ?? "-") })")
    }

    @Test func aCalendarWordAloneNamesNoOne() {
        let found = TestData.figures(["According to a February count, 40 people were killed in the town."])
        #expect(source(of: 40, in: found) == nil, "\(found.map { ($0.value, $0.source ?? "-") })")
    }
}

/// A description's head word that the entity pass took for a person's name (`General` read as a title in
/// `the Dunmore General Staff`) is no person who reports.
@Suite struct FigureDescriptionHeadSourceTests {
    @Test func aPersonNamedByADescriptionsHeadIsNoSource() {
        let found = TestData.figures([
            "Troops killed 40 fighters near the border, according to a statement by the Marlovian General Staff."
        ])
        let source = found.first { $0.value == 40 }?.source
        #expect(source == "Marlovian General Staff", "\(found.map { ($0.value, $0.source ?? "-") })")
    }
}
