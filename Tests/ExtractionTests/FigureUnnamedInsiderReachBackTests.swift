import Testing

@testable import Extraction

/// A sentence crediting what someone unnamed at an organisation said (`Kelvan News quoted a source at Vessa
/// Police Command as saying`, the frame closing the sentence) gives that organisation's own report: a toll of
/// the sentence before, which the later one does not give again, takes no source from it.
@Suite struct FigureUnnamedInsiderReachBackTests: FigureSourceChecks {
    @Test(arguments: [
        "Nine people were hurt in Thursday's shelling of Kestrel Hill. The attacks caused damage to shops and a bakery Kelvan News quoted a source at Vessa Police Command as saying.",
        "Nine people were hurt in Thursday's shelling of Kestrel Hill. The attacks caused damage to shops and a bakery, according to an official at the Vessa Police Command.",
    ])
    func anInsidersReportOfOtherThingsLeavesTheTollBeforeUnsourced(text: String) throws {
        let found = TestData.figures([text])
        let nine = try figure(9, in: found)
        #expect(nine.source == nil, "\(described(found))")
    }

    @Test func theOrganisationItselfReportingTheIncidentStillCreditsTheTollBefore() throws {
        let found = TestData.figures([
            "Nine people were hurt in Thursday's shelling of Kestrel Hill. The attacks caused damage to shops and a bakery, the Vessa Police Command said."
        ])
        let nine = try figure(9, in: found)
        #expect(nine.source == "Vessa Police Command", "\(described(found))")
    }
}
