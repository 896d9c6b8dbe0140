import ArticleModel
import Testing

@testable import Extraction

/// `It said …` stands for the one organisation that reported before only when the sentence right before
/// gave no other reporter (sentences written for these tests).
@Suite struct FigureItReporterTests {
    func dump(_ found: [Figure]) -> String { "\(found.map { ($0.value, $0.source ?? "-") })" }

    @Test func itAfterTheSameReporterIsThatReporter() {
        let found = TestData.figures([
            "The Tarvan News Agency said five people died in a blast in Vessa. It said troops carried out 90 raids "
                + "around Orsk."
        ])
        #expect(found.first { $0.value == 90 }?.source == "Tarvan News Agency", "\(dump(found))")
    }

    @Test func itAfterAnotherReporterIsNobodyNamed() {
        let found = TestData.figures([
            "The Tarvan News Agency said five people died in a blast in Vessa.",
            "Farmers near the ridge said the road to Orsk was shut all week. It said troops carried out 90 raids "
                + "around Orsk.",
        ])
        #expect(found.first { $0.value == 90 }?.source == nil, "\(dump(found))")
    }

    @Test func itAfterTheMonitorsDescriptionIsTheMonitor() {
        let found = TestData.figures([
            "The Kelvar Observatory for Civil Rights said five people died in a blast in Vessa.",
            "\"Shelling went on all night\" the Vessa-based monitoring group said. It said troops carried out 90 "
                + "raids around Orsk.",
        ])
        #expect(found.first { $0.value == 90 }?.source == "Kelvar Observatory for Civil Rights", "\(dump(found))")
    }

    @Test func aPossessedStatementIsItsOwners() {
        let found = TestData.figures([
            "A car bomb went off in a market in Vessa on Monday. The Kelvar Health Ministry's statement put the toll "
                + "at 19 dead."
        ])
        #expect(found.first { $0.value == 19 }?.source == "Kelvar Health Ministry", "\(dump(found))")
    }
}
