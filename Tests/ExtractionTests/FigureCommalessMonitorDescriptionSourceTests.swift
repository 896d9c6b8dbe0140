import Testing

@testable import Extraction

/// A toll closed by an inverted `said` and a war monitor's description with the comma lost (`… on Monday said
/// a monitoring group.`): the description stands for the article's monitor, as it does after a comma. Not a
/// description that may be anyone (`said the jihadist group`), nor one after a short subject (`The army said
/// the monitor …`, what was said).
@Suite struct FigureCommalessMonitorDescriptionSourceTests: FigureSourceChecks {
    static let monitorNamed = "The Tarn Observatory for Civil Rights has tracked the fighting around Vessa for years."

    @Test(arguments: [
        "At least 14 civilians were killed in shelling on Kestrel Hill on Monday said a monitoring group.",
        "At least 14 civilians were killed in shelling on Kestrel Hill says a Vessa-based monitoring group.",
        "At least 14 civilians were killed in shelling on Kestrel Hill said the war monitor adding that the toll may rise.",
    ])
    func theMonitorsDescriptionCreditsTheToll(text: String) throws {
        let found = TestData.figures([Self.monitorNamed, text])
        let fourteen = try figure(14, in: found)
        #expect(fourteen.source == "Tarn Observatory for Civil Rights", "\(described(found))")
    }

    @Test(arguments: [
        "At least 14 civilians were killed in shelling on Kestrel Hill on Monday said the jihadist group.",
        "At least 14 civilians were killed in shelling on Kestrel Hill said the group.",
    ])
    func aDescriptionOfAnyoneCreditsNoMonitor(text: String) throws {
        let found = TestData.figures([Self.monitorNamed, text])
        let fourteen = try figure(14, in: found)
        #expect(fourteen.source != "Tarn Observatory for Civil Rights", "\(described(found))")
    }
}
