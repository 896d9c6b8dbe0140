import Testing

@testable import Extraction

/// Who reports a count when the verb of saying is followed by the clause it reports: the group named with
/// its acronym in brackets after `said` acts in the clause (`… said Vessa Defence Units (VDU) killed 14`)
/// and reports nothing; and `local` after a preposition's place opens an unnamed source of its own (`… near
/// the town of Dornholm local media reported`) (sentences written for these tests).
@Suite struct FigureSpeakerBeforeReportedClauseTests {
    func described(_ found: [Figure]) -> String { "\(found.map { ($0.value, $0.unit ?? "-", $0.source ?? "-") })" }

    @Test(arguments: [
        "The Tarvan Observatory head also said Vessa Defence Units (VDU) killed 14 Maresk gunmen over two days.",
        "The Tarvan Observatory head said Vessa Defence Units (VDU) backed by hill militias killed 14 Maresk gunmen.",
    ])
    func theGroupAfterSaidWithItsAcronymActsAndReportsNothing(text: String) {
        let found = TestData.figures([text])
        let count = found.first { $0.value == 14 }
        #expect(count != nil, "\(described(found))")
        #expect(count?.source?.contains("Vessa") != true, "\(described(found))")
    }

    @Test func theGroupWithItsAcronymClosingTheSentenceStillReports() {
        let found = TestData.figures([
            "Shelling killed 14 farmers near Kestrel Hill on Sunday, said the Vessa Relief Union (VRU)."
        ])
        #expect(found.first { $0.value == 14 }?.source == "Vessa Relief Union", "\(described(found))")
    }

    @Test(arguments: [
        "Tarvan troops killed 9 insurgents in clashes near the town of Dornholm local media reported.",
        "Tarvan troops killed 9 insurgents in clashes outside Dornholm local sources said.",
    ])
    func aTownBeforeLocalIsNoOwnerOfTheSource(text: String) {
        let found = TestData.figures([text])
        let count = found.first { $0.value == 9 }
        #expect(count != nil, "\(described(found))")
        #expect(count?.source?.contains("Dornholm") != true, "\(described(found))")
    }
}
