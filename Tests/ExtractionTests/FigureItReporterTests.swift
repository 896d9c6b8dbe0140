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

    @Test(arguments: [
        "At least 25 fighters died near Orsk, a Dornholm-based war monitor, the Tarvan Observatory for Civil Rights, "
            + "said.",
        "Troops took two hills near Orsk while clashes went on, said the Tarvan Observatory for Civil Rights, which "
            + "tracks the war.",
        "The Tarvan Observatory for Civil Rights reported on Tuesday that troops took two hills near Orsk.",
    ])
    func itAfterASentenceCreditingOneOrganisationIsThatOrganisation(sentence: String) {
        // (Two organisations reported before: `it` stands for the one the sentence right before credited, the
        // sentence before that crediting no other; `aBackReferenceThatFitsTwoOrganisationsNamesNoOne` is the
        // case where it does.)
        let found = TestData.figures([
            "The Kelvar News Agency said five people died in a blast in Vessa. Troops then moved north.",
            sentence + " It added that troops carried out 90 raids around Orsk.",
        ])
        #expect(found.first { $0.value == 90 }?.source == "Tarvan Observatory for Civil Rights", "\(dump(found))")
    }

    @Test func itAfterAPersonIsNotThePerson() {
        let found = TestData.figures([
            "The Kelvar Observatory for Civil Rights said five people died in a blast in Vessa.",
            "Mara Tolvi, a farmer near the ridge, said the road to Orsk was shut. It said troops carried out 90 raids "
                + "around Orsk.",
        ])
        #expect(found.first { $0.value == 90 }?.source == nil, "\(dump(found))")
    }

    @Test func aPossessedStatementIsItsOwners() {
        let found = TestData.figures([
            "A car bomb went off in a market in Vessa on Monday. The Kelvar Health Ministry's statement put the toll "
                + "at 19 dead."
        ])
        #expect(found.first { $0.value == 19 }?.source == "Kelvar Health Ministry", "\(dump(found))")
    }
}
