import Testing

@testable import Extraction

/// A sentence crediting what someone unnamed at an organisation said (`Marrowby Radio quoted an official at
/// Tarvan Border Office as saying`, the frame closing the sentence) gives that organisation's own report: a toll of
/// the sentence before, which the later one does not give again, takes no source from it.
@Suite struct FigureUnnamedInsiderReachBackTests: FigureSourceChecks {
    @Test(arguments: [
        "Nine people were hurt in Thursday's shelling of Kestrel Hill. The shelling caused damage to a warehouse and a bus depot Marrowby Radio quoted an official at Tarvan Border Office as saying.",
        "Nine people were hurt in Thursday's shelling of Kestrel Hill. The shelling caused damage to a warehouse and a bus depot, according to a source at the Tarvan Border Office.",
    ])
    func anInsidersReportOfOtherThingsLeavesTheTollBeforeUnsourced(text: String) throws {
        let found = TestData.figures([text])
        let nine = try figure(9, in: found)
        #expect(nine.source == nil, "\(described(found))")
    }

    @Test func theOrganisationItselfReportingTheIncidentStillCreditsTheTollBefore() throws {
        let found = TestData.figures([
            "Nine people were hurt in Thursday's shelling of Kestrel Hill. The shelling caused damage to a warehouse and a bus depot, the Tarvan Border Office said."
        ])
        let nine = try figure(9, in: found)
        #expect(nine.source == "Tarvan Border Office", "\(described(found))")
    }
}
