import ArticleModel
import Testing

@testable import Extraction

/// `added` reports only when it introduces what was said: a player who added a goal, a try or a run
/// (`Roe added a second`, `Hale added his ninth of the season`) is no source of the other counts of the
/// sentence; `added that …` and a clause after the object still report.
@Suite struct FigureAddedScoreSourceTests {
    func source(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.source
    }

    @Test(arguments: [
        "Tom Marsk added a late try for Kelvar, and the visiting keeper made 14 saves in the second half.",
        "Ann Dorn added her ninth of the campaign, and the hosts stopped 31 shots on a busy evening.",
        "Jo Vessel added another before the break as Tarvan stretched their run to 12 matches unbeaten.",
        "Rob Kestrel added the third when the home side had 19 corners without reward.",
    ])
    func aPlayerWhoAddedAScoreReportsNothing(text: String) {
        let values: [Double] = [14, 31, 12, 19]
        let figure = TestData.bodyFigures(text).first { values.contains($0.value) }
        #expect(figure != nil, "\(text)")
        #expect(figure?.source == nil, "\(text)")
    }

    @Test func addingAWarningWithAClauseStillReports() {
        let text = "The Maresk council added a warning that 40 homes were still without power."
        #expect(source(40, in: text) == "Maresk council" || source(40, in: text) == "The Maresk council")
    }

    /// A clause whose verb comes long after `added` and its first words is still reported.
    @Test(arguments: [
        "Ann Dorn added her group's plans for new roads, bridges and schools would cost 40 million pounds.",
        "Ann Dorn added a depot and 12 trucks which had arrived overnight had been destroyed.",
    ])
    func addingAClauseWithALateVerbStillReports(text: String) {
        let value: Double = text.contains("40 million") ? 40_000_000 : 12
        #expect(source(value, in: text) == "Ann Dorn", "\(text)")
    }

    @Test func addingThatStillReports() {
        #expect(source(30, in: "Ann Dorn added that 30 families had left the valley.") == "Ann Dorn")
    }
}
