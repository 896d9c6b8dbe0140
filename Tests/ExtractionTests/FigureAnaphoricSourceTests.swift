import Testing

@testable import Extraction

/// Sources named before and referred back to (`the report said`, `the German automaker says`), sources that
/// close a sentence with no comma (`… Tarn News mentioned.`), and the outer report of reported speech (`The
/// Vesk Herald on Monday said Kalo told …`). Sentences written for these tests.
@Suite struct FigureAnaphoricSourceTests {
    func sources(_ paragraphs: [String]) -> [Double: String] {
        var found: [Double: String] = [:]
        for figure in TestData.figures(paragraphs) { found[figure.value] = figure.source ?? "-" }
        return found
    }

    @Test(arguments: [
        "The Tarn Monitor released a report on Tuesday about the fighting. The report said 70 fighters died.",
        "According to a report by the Tarn Monitor, the town was shelled. The report said 70 homes burned.",
        "The Tarn Monitor reported on Tuesday that jets struck the town. The report said 70 fighters died.",
        // A report by its publisher in a sentence that attributes nothing, then `according to the report`.
        "A report by the Tarn Monitor documented abuses in the camps. According to the report, 70 detainees died.",
    ])
    func theReportIsItsPublishers(text: String) {
        #expect(sources([text])[70] == "Tarn Monitor", "\(sources([text]))")
    }

    /// `A report by` words that name none of the article's entities: no publisher to point back to.
    @Test func aReportByAnUnnamedPublisherIsNoOnesKnown() {
        let text = "A report by local doctors documented abuses in the camps. According to the report, 70 detainees died."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    /// `A report from` a country says where it came from: a country is no publisher.
    @Test func aReportFromACountryIsNoOnesKnown() {
        let text = "A report from Iran documented abuses in the camps. According to the report, 70 detainees died."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    @Test(arguments: [
        "In a statement on Monday, the Tarn Health Ministry condemned the raid. Seventy people were killed, said the "
            + "statement.",
        "The Tarn Health Ministry's statement condemned the raid. Seventy people were killed, the statement said.",
        "The Tarn Health Ministry condemned the raid in a statement. Seventy people were killed, the statement added.",
    ])
    func aNewStatementIsTheOneOrganisationItsSentenceNames(text: String) {
        #expect(sources([text])[70] == "Tarn Health Ministry", "\(sources([text]))")
    }

    @Test func aStatementByAnUnnamedPublisherTakesNoEarlierOne() {
        let text =
            "The Tarn Monitor reported on Tuesday that jets struck the town. The ministry issued a statement on the "
            + "raid. Seventy people were killed, said the statement."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    @Test func aStatementOfASourceNoneOfTheArticlesIsNobodys() {
        let text =
            "The Tarn Monitor reported on Tuesday that jets struck the town. The ministry said in a statement on its "
            + "Vesk Post page that the raid was over. Seventy people were killed, said the statement."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    /// A report the one organisation named asks for or denies is not its own.
    @Test(arguments: [
        "The Tarn Health Ministry has called for an independent report into the strike. The report said 40 died.",
        "The Tarn Health Ministry rejected a report on the strike. The report said 40 died.",
    ])
    func aReportAskedForIsNotTheAskers(text: String) {
        #expect(sources([text])[40] != "Tarn Health Ministry", "\(sources([text]))")
    }

    @Test func aNewReportIsNoOnesKnown() {
        let text = "The Tarn Monitor released a report on Tuesday. A report said 70 fighters were killed."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    @Test func twoPublishersInReachLeaveTheReportUnnamed() {
        let text =
            "The Tarn Monitor released a report on Tuesday. The Orlen Relief Agency issued a report on Wednesday. "
            + "The report said 70 fighters were killed."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    @Test func aReportNamedLongBeforeIsOutOfReach() {
        let text =
            "The Tarn Monitor released a report on Tuesday. Jets struck the town. Crowds fled to the hills. "
            + "Rain fell on the camps. Aid trucks waited at the border. The report said 70 fighters were killed."
        #expect(sources([text])[70] == "-", "\(sources([text]))")
    }

    @Test func aCriticOfTheReportIsNoPublisher() {
        let text =
            "Ann Roe, a Vesk government spokeswoman, said the report was flawed. "
            + "The report said 40 people were killed in Marlow."
        #expect(sources([text])[40] == "-", "\(sources([text]))")
    }

    @Test func aCriticOfTheReportLeavesItsPublisher() {
        let text =
            "The Tarn Monitor for Human Rights released a report on Monday. "
            + "Ann Roe, a Vesk government spokeswoman, said the report was flawed. "
            + "The report said 40 people were killed in Marlow."
        #expect(sources([text])[40] == "Tarn Monitor for Human Rights", "\(sources([text]))")
    }

    @Test func aSourceSayingInAStatementPublishedIt() {
        let text =
            "The Orlen Relief Agency said in a statement that the camps were full. "
            + "The statement said 60 families were waiting at the border."
        #expect(sources([text])[60] == "Orlen Relief Agency", "\(sources([text]))")
    }

    @Test func aBusinessNounRefersBackToTheOneCompanyNamed() {
        let found = sources([
            "Kelvar Motors unveiled a new electric wagon on Monday.",
            "The German automaker says the wagon will go 300 miles on one charge.",
        ])
        #expect(found[300] == "Kelvar Motors", "\(found)")
    }

    @Test func aBusinessNounBeforeAnAsideRefersBackToo() {
        let found = sources([
            "Kelvar Motors unveiled a new electric wagon on Monday.",
            "The German automaker, which has long built electric cars, says the wagon will go 300 miles.",
        ])
        #expect(found[300] == "Kelvar Motors", "\(found)")
    }

    @Test func theSubjectBeforeARelativeAsideReports() {
        let found = sources(["The Tarn Monitor, which tracks the war, said the army killed 30 fighters near the town."])
        #expect(found[30] == "Tarn Monitor", "\(found)")
    }

    @Test func aPlaceBeforeAnAsideIsNoSubject() {
        let found = sources(["Thirty fighters died in Vesk, which was shelled all week, said the Tarn Monitor."])
        #expect(found[30] == "Tarn Monitor", "\(found)")
    }

    @Test func addingAnObjectAfterAnAsideReportsNothing() {
        let found = sources(["Ann Roe, who came off the bench at the break, added a late try to reach 1,000 points."])
        #expect(found[1000] == "-", "\(found)")
    }

    @Test func aBusinessNounWithTwoCompaniesInReachIsNobody() {
        let found = sources([
            "Kelvar Motors and Dunmore Motors unveiled new electric wagons on Monday.",
            "The automaker says the wagon will go 300 miles on one charge.",
        ])
        #expect(found[300] == "-", "\(found)")
    }

    @Test(arguments: [
        ["Fighters of the Vesk Liberation Front attacked a gold mine near Marlow on Monday.", "The company said"],
        ["The Tarn Red Crescent sent tents to a gold mine near Marlow on Monday.", "The company said"],
        ["Vesk Radio covered a strike at a gold mine near Marlow on Monday.", "The mining firm said"],
    ])
    func anUnlabelledOrganisationIsNoCompany(lines: [String]) {
        let found = sources([lines[0], lines[1] + " 20 miners were killed."])
        #expect(found[20] == "-", "\(found)")
    }

    @Test func aCompanyWhoseSharesMovedIsABusiness() {
        let found = sources([
            "Shares in Dunmore rose sharply on Monday after the talks.",
            "The company said 300 jobs would go at its plant.",
        ])
        #expect(found[300] == "Dunmore", "\(found)")
    }

    @Test func aMinistryIsNoCompany() {
        let found = sources([
            "The Tarn Health Ministry opened two clinics on Monday.",
            "The company says 300 nurses will staff them.",
        ])
        #expect(found[300] == "-", "\(found)")
    }

    @Test(arguments: ["mentioned", "noted", "reported"])
    func anAgencyClosingTheSentenceWithNoComma(verb: String) {
        let found = sources([
            "Tarn News said the army moved north.",
            "The army killed more than 30 fighters and destroyed their vehicles Tarn News \(verb).",
        ])
        #expect(found[30] == "Tarn News", "\(found)")
    }

    @Test func mentionedInsideTheSentenceReportsNothing() {
        let found = sources(["Ann Roe mentioned 30 fighters in her speech to the council on Monday."])
        #expect(found[30] == "-", "\(found)")
    }

    @Test func theOuterReportOfReportedSpeech() {
        let found = sources([
            "The Vesk Herald on Monday said Piet Kalo told the party leader to aim for 25 to 30 more seats."
        ])
        #expect(found[25] == "Vesk Herald", "\(found)")
    }
}
