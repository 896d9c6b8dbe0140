import Testing

@testable import Extraction

/// Unnamed descriptions credit no one (`Kelvari security sources`, a list of places run into `informed
/// sources`), an organisation's own sources credit it, and a stretch of time framing a report (`Over 14 hours
/// of hearings, Vell told the panel that …`) is no part of it. Sentences written for these tests.
@Suite struct FigureUnnamedSourceTests {
    func source(of value: Double, in paragraphs: [String]) -> String? {
        TestData.figures(paragraphs).first { $0.value == value }?.source
    }

    @Test(arguments: [
        "Gunmen shot dead 14 guards near Dornholm, Kelvari security sources said.",
        "The Kelvari security sources said 14 guards were shot dead near Dornholm.",
        "Many families tried to reach Tarvan Vessa or Maresk informed sources said, adding that 14 guards were held.",
        "Gunmen shot dead 14 guards near Dornholm, informed sources told the Vessa Courier.",
    ])
    func unnamedSourcesCreditNoOne(text: String) {
        #expect(source(of: 14, in: [text]) == nil, "\(text)")
    }

    @Test(arguments: [
        "It's predicted that by 2031 some 14 towns in Kelvar will run a tram line.",
        "It\u{2019}s predicted that 14 new ferries will sail from Dornholm by spring.",
        "They're forecast to sell 14 ferries to the Vessa navy.",
    ])
    func aPronounWithItsVerbRunOnCreditsNoOne(text: String) {
        #expect(source(of: 14, in: [text]) == nil, "\(text)")
    }

    @Test func anOrganisationsOwnSourcesCreditIt() {
        let text = "Gunmen shot dead 14 guards near Dornholm, Tarvan Health Ministry sources said."
        #expect(source(of: 14, in: [text]) == "Tarvan Health Ministry")
    }

    @Test(arguments: [
        "Over 14 hours of hearings before a Vessa judge, Mr Vell has repeatedly told the panel that he kept no ledgers.",
        "Mr Vell, who has spent 14 years in the Tarvan parliament, said that the budget was never approved.",
    ])
    func aDurationFramingAReportIsNoPartOfIt(text: String) {
        let found = source(of: 14, in: ["Joran Vell, the former treasurer of Kelvar Rail, spoke on Monday.", text])
        #expect(found == nil, "\(text)")
    }

    @Test func aDurationBeforeAReportOfThatPronounIsTheReporters() {
        let text = "We never ran the pump for 14 hours straight, but Kelvar Rail says that is what it lasts."
        #expect(source(of: 14, in: [text]) == "Kelvar Rail")
    }

    @Test func aDurationInsideTheReportIsTheReporters() {
        let text = "Mr Vell told the panel that the audit of Kelvar Rail took 14 weeks."
        let found = source(of: 14, in: ["Joran Vell, the former treasurer of Kelvar Rail, spoke on Monday.", text])
        #expect(found == "Joran Vell")
    }
}
