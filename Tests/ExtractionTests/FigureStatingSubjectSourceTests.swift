import Testing

@testable import Extraction

/// Who states a figure without a verb of saying (`X expects`, `X's report found`), and the organisation
/// `according to the` names when the text lost the comma before the clause it reports.
@Suite struct FigureStatingSubjectSourceTests {
    func source(of value: Double, in text: String) -> String? {
        TestData.figures([text]).first { $0.value == value }?.source
    }

    @Test(arguments: [
        ("Kelvan Aerospace chief Mara Tolvi expects to build four heavy rockets by 2027.", 4.0, "Mara Tolvi"),
        ("Orvel Motors expects sales to rise 9% this year.", 9, "Orvel Motors"),
        ("Mara Tolvi also reckons 300 engineers will be hired.", 300, "Mara Tolvi"),
    ])
    func aNamedSubjectOfExpectingStatesTheFigure(text: String, value: Double, name: String) {
        #expect(source(of: value, in: text) == name, "\(text)")
    }

    @Test(arguments: [
        ("The Dornholm Health Institute found that 4,200 villagers caught the fever in Tarvan last year.", 4200.0,
         "Dornholm Health Institute"),
        ("At the Kelvar summit, Premier Mara Tolvi pledged that her cabinet would open 40 new bridges by 2030.", 40,
         "Mara Tolvi"),
        ("The Vessa Water Board concluded that 80 dams along the river needed repair.", 80, "Vessa Water Board"),
        ("Mara Tolvi also showed that 300 ledgers had been altered before the audit.", 300, "Mara Tolvi"),
    ])
    func aNamedSubjectOfFindingOrPledgingStatesItsThatClause(text: String, value: Double, name: String) {
        #expect(source(of: value, in: text) == name, "\(text)")
    }

    @Test(arguments: [
        // No that-clause: finding or showing a thing states nothing.
        "The Dornholm Health Institute found 12 crates of old vaccine in a shed.",
        "Mara Tolvi showed 12 paintings at the Kelvar fair.",
        // A count before the verb is no part of the clause the name states.
        "After 12 weeks of tests the Dornholm Health Institute found that the water was clean.",
    ])
    func findingWithoutAThatClauseOrBeforeTheVerbStatesNothing(text: String) {
        #expect(source(of: 12, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("She cited Peter Vaski's testimony that concluded there was only a 40 percent chance of success.", 40.0, "Peter Vaski"),
        ("Peter Vaski's report found 18 faults in the fuel system.", 18, "Peter Vaski"),
    ])
    func theOwnerOfAFindingStatesItsFigure(text: String, value: Double, name: String) {
        #expect(source(of: value, in: text) == name, "\(text)")
    }

    @Test(arguments: [
        // Passive: no one named expects it.
        "Sales of 9% more are expected by Orvel Motors dealers.",
        // A figure before the verb is no part of what the name expects.
        "Sales rose 9% last year and Orvel Motors expects more growth.",
        // A headline's shortened passive: the name is expected, it expects nothing.
        "Orvel Motors expected to lift output 9% as new plant opens",
    ])
    func noNamedSubjectOrAFigureBeforeTheVerbStatesNothing(text: String) {
        #expect(source(of: 9, in: text) == nil, "\(text)")
    }

    @Test func theOrganisationAccordingToTheIsNotTheCountryThatOpensItsClause() {
        let text =
            "According to the World Heath Organisation Yemen is the most dangerous country for nurses with 135 attacks on clinics last year."
        let found = source(of: 135, in: text)
        // (The entity pass may glue the country to the name it follows; the source is never the country.)
        #expect(found?.hasPrefix("World Heath Organisation") == true, "\(String(describing: found))")
    }

    @Test func aPlaceInsideTheNameStaysInIt() {
        let text = "According to the Bank of England inflation is expected to reach 3% next year."
        #expect(source(of: 3, in: text) != "England")
    }
}
