import Testing

@testable import Extraction

/// A press role and where it stands (`Kelvan News Agency reporter in Dornholm said`): the place, known to the
/// gazetteer or not, is never who reports; the outlet named before the role is, and with none named, no one.
@Suite struct FigurePressRolePlaceSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "Kelvan News Agency reporter in Dornholm said rockets struck the grain market, killing six traders.",
        "A Kelvan News Agency correspondent in Dornholm reported that rockets struck the grain market, killing six traders.",
        "Kelvan News Agency correspondent at Dornholm said that rockets struck the grain market, killing six traders.",
    ])
    func theOutletBeforeTheRoleReportsNotThePlace(text: String) throws {
        let found = TestData.figures([text])
        let six = try figure(6, in: found)
        #expect(six.source == "Kelvan News Agency", "\(described(found))")
    }

    @Test(arguments: [
        "A correspondent in Dornholm said rockets struck the grain market, killing six traders.",
        "Our reporter in Dornholm said that rockets struck the grain market, killing six traders.",
    ])
    func aRoleWithNoOutletDoesNotCreditItsPlace(text: String) throws {
        let found = TestData.figures([text])
        let six = try figure(6, in: found)
        #expect(six.source == nil, "\(described(found))")
    }
}
