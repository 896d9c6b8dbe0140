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
