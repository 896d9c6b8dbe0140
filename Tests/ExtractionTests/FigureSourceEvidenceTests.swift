import Testing

@testable import Extraction

/// A figure's source only where the text gives evidence for it: an unnamed monitor is not another
/// sentence's broadcaster, a pronoun is not a fragment the entity pass made a person, and a toll closed by
/// an organisation alone (its `said` lost) is that organisation's.
@Suite struct FigureSourceEvidenceTests {
    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    @Test func anUnnamedMonitorIsNotABroadcasterThatReportedLater() {
        let found = TestData.figures([
            "Gunmen killed 6 soldiers near Tarvo on Monday, a monitoring group said.",
            "Two of them were officers, the Vesk Network television reported.",
            "Meanwhile Kalden Radio said 3 more guards died in Tarvo.",
        ])
        #expect(source(of: 6, in: found) == nil)
        #expect(source(of: 3, in: found) == "Kalden Radio")
    }

    @Test func anUnnamedMonitorIsTheMonitorThatReported() {
        let found = TestData.figures([
            "Gunmen killed 6 soldiers near Tarvo on Monday, a monitoring group said.",
            "The Tarvo Observatory for Human Rights said 3 more guards died in the town.",
        ])
        #expect(source(of: 3, in: found) == "Tarvo Observatory for Human Rights")
        #expect(source(of: 6, in: found) == "Tarvo Observatory for Human Rights")
    }

    @Test(arguments: [
        "Gunmen killed 6 soldiers near Tarvo on Monday, a monitor said.",
        "Gunmen killed 6 soldiers near Tarvo on Monday a monitoring group said.",
    ])
    func anUnnamedMonitorIsTheArticlesOneMonitorThoughItReportedNoFigure(text: String) {
        // The monitor is named only through its director, in a sentence with no figure.
        let found = TestData.figures([
            text, "Pell Varo, head of the Tarvo Observatory for Human Rights, said the fighting went on all night.",
        ])
        #expect(source(of: 6, in: found) == "Tarvo Observatory for Human Rights", "\(text)")
    }

    @Test func anUnnamedMonitorIsNoOneAmongTwoMonitors() {
        let found = TestData.figures([
            "Gunmen killed 6 soldiers near Tarvo on Monday, a monitor said.",
            "The Tarvo Observatory for Human Rights and the Vesk Observatory both condemned the attack.",
        ])
        #expect(source(of: 6, in: found) == nil)
    }

    @Test func anUnnamedWarMonitorIsNoRightsGroupThatReportedNothing() {
        let found = TestData.figures([
            "Gunmen killed 6 soldiers near Tarvo on Monday, a Britain-based war monitor said.",
            "Human Rights Watch has long documented abuses in the region.",
        ])
        #expect(source(of: 6, in: found) == nil)
    }

    @Test func anUnnamedMonitorIsNoOrganisationOfNoMonitorsKind() {
        let found = TestData.figures([
            "Gunmen killed 6 soldiers near Tarvo on Monday, a monitor said.",
            "The Kelvan Brigade denied any part in the attack.",
        ])
        #expect(source(of: 6, in: found) == nil)
    }

    @Test(arguments: [
        ("Militia fighters killed 12 guards near the border, the UK-based Kelvan Observatory.", "Kelvan Observatory"),
        ("Militia fighters killed 12 guards near the border the UK-based Kelvan Observatory.", "Kelvan Observatory"),
        (
            "Shelling killed 12 civilians in Marvo on Sunday the Vesk-based Ostrian Health Ministry.",
            "Ostrian Health Ministry"
        ),
        ("Shelling killed 12 civilians in Marvo on Sunday, the state news agency SANA.", "SANA"),
    ])
    func aTollClosedByAnOrganisationAloneIsItsReport(text: String, source: String) {
        #expect(self.source(of: 12, in: TestData.bodyFigures(text)) == source, "\(text)")
    }

    @Test(arguments: [
        // An object, not a credit.
        "Militants killed 12 guards in an attack on the Ostrian Health Ministry.",
        // A list of objects.
        "Rockets hit 12 buildings, the court, the school, the Ostrian Health Ministry.",
        // A name of no reporting kind.
        "Militants killed 12 guards near the border, the Kelvan Brigade.",
        // A name set beside the noun it renames.
        "The blast killed 12 staff of the state broadcaster, the Kelvan Broadcasting Agency.",
        "A car bomb killed 12 guards outside the army headquarters, the Ostrian Defence Ministry.",
        // After a comma alone, a ministry may be the last thing named as well as the credit.
        "Shelling killed 12 civilians near the offices of its parent body, the Ostrian Health Ministry.",
    ])
    func anOrganisationClosingASentenceIsNoCreditOtherwise(text: String) {
        #expect(source(of: 12, in: TestData.bodyFigures(text)) == nil, "\(text)")
    }

    @Test func aPronounIsNotAFragmentMadeAPerson() {
        // (`Facility`, cut from the organisation's name, is taken for a person by default.)
        let found = TestData.figures([
            "Deputy minister Karl Ostrander backed the plan. Gordon Vale wants an International Finance Facility."
                + " The Facility would raise $50bn a year. Earlier, he told Vesk Radio the fund had lent $4bn to 12"
                + " states."
        ])
        #expect(source(of: 12, in: found) != "Facility")
        #expect(source(of: 12, in: found) == "Gordon Vale")
    }

    @Test(arguments: ["Army Chief", "Chief Executive", "Secretary of State"])
    func aRoleEndingOnATitleThatCanModifyShowsAPerson(role: String) {
        // (`Chief`, `Executive` and `State` modify a title only where one follows them in the role.)
        let found = TestData.figures([
            "\(role) Orvek visited the camp on Friday after the raid.", "He said 14 guards had died there.",
        ])
        #expect(source(of: 14, in: found) == "Orvek", "\(role)")
    }

    @Test func aPronounStandsForAPersonTheTextShows() {
        let found = TestData.figures([
            "Deputy minister Karl Ostrander visited Tarvo on Monday.",
            "He said 30 schools had been rebuilt.",
        ])
        #expect(source(of: 30, in: found) == "Karl Ostrander")
    }
}

extension FigureSourceEvidenceTests {
    @Test func whoCitesACountReportsIt() {
        let found = TestData.bodyFigures(
            "The Ostrian Army had declared the truce over, citing 300 violations by rebels.")
        #expect(source(of: 300, in: found) == "Ostrian Army")
        // A name that only modifies the subject's noun is no subject.
        let modifier = TestData.bodyFigures("Kelvan forces ended the truce, citing 300 violations by rebels.")
        #expect(source(of: 300, in: modifier) == nil)
    }
}
