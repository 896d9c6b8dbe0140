import Testing

@testable import Extraction

/// The source the next sentence names for tolls whose own sentence names none: one sentence back, only
/// when the next sentence plainly reports the same event (it gives a count again, or an organisation's
/// report opens on the incident told before).
@Suite struct FigureNeighbourSentenceSourceTests {
    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    @Test func anAgencyNamedAfterTheTollsReportsThem() {
        let found = TestData.figures([
            "A car bomb killed at least 14 people and wounded 30 others in a market in Tarvo on Monday. According to the Kelvan News Agency, the bomb was hidden in a parked van."
        ])
        #expect(source(of: 14, in: found) == "Kelvan News Agency")
        #expect(source(of: 30, in: found) == "Kelvan News Agency")
    }

    @Test func anAgencyInTheNextParagraphReportsTheTollsClosingTheOneBefore() {
        let found = TestData.figures([
            "A car bomb killed at least 14 people in a market in Tarvo on Monday.",
            "The Kelvan News Agency said the blast went off as traders opened their stalls.",
        ])
        #expect(source(of: 14, in: found) == "Kelvan News Agency")
    }

    @Test func aCountGivenAgainCarriesItsSourceBack() {
        let found = TestData.figures([
            "Jets killed 22 civilians in Marlow on Friday. The Tarn Observatory for Human Rights said 22 civilians died in the strikes."
        ])
        #expect(found.filter { $0.value == 22 }.allSatisfy { $0.source == "Tarn Observatory for Human Rights" })
    }

    @Test func aGroupNamedInTheNextSentenceIsTheOneTheDescriptionMeant() {
        let found = TestData.figures([
            "Three nurses died when shells struck a field hospital outside Tarvo on Sunday, the relief group that runs it said. The nurses had worked for the Kelvan Medical Relief Union (KMRU) since the spring, the group said."
        ])
        #expect(source(of: 3, in: found) == "Kelvan Medical Relief Union")
    }

    @Test(arguments: [
        // Another toll of its own: another report, not the same one.
        "A car bomb killed at least 14 people in Tarvo on Monday. The Kelvan News Agency reported earlier that 9 people were killed.",
        // Not opening on the incident: a comment, not a report of it.
        "A car bomb killed at least 14 people in Tarvo on Monday. The Kelvan News Agency said it was unclear who had planted the bomb.",
        // A person commenting is no agency reporting.
        "A car bomb killed at least 14 people in Tarvo on Monday. Mayor Pell Varo said the attack was cowardly.",
        // Someone of the organisation gives the counts as their own.
        "A car bomb killed at least 14 people in Tarvo on Monday. A source at Kelvan Police Command told the Kelvan News Agency that 14 people were killed.",
        // Two sentences back is too far.
        "A car bomb killed at least 14 people in Tarvo on Monday. Shops stayed shut all day. According to the Kelvan News Agency, the bomb was hidden in a van.",
        // Turning elsewhere.
        "A car bomb killed at least 14 people in Tarvo on Monday. Meanwhile the Kelvan News Agency said the blast in Vesk hurt no one.",
    ])
    func aSentenceThatDoesNotReportTheSameTollsLeavesThemUnsourced(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 14, in: found) == nil, "\(text)")
    }

    @Test func tollsWithASourceOfTheirOwnKeepIt() {
        let found = TestData.figures([
            "A car bomb killed at least 14 people in Tarvo on Monday, residents said. According to the Kelvan News Agency, the bomb was hidden in a parked van."
        ])
        #expect(source(of: 14, in: found) == nil)
    }
}
