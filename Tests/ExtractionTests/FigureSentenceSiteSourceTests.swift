import ArticleModel
import Testing

@testable import Extraction

/// Sites and sources the figure's own sentence gives in shapes other than `said X … in Y`: a place after
/// a possessive, an aside about the reporter, a chain of one unnamed source, an unnamed monitor, and the
/// count that did the killing.
@Suite struct FigureSentenceSiteSourceTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        TestData.figures(paragraphs)
    }

    func figure(_ value: Double, in found: [Figure]) -> Figure? {
        found.first { $0.value == value }
    }

    @Test(arguments: [
        // A place after a possessive, modifying the place noun it names.
        ("Jets killed 12 fighters in their Mosul stronghold on Monday.", 12.0, "Mosul"),
        ("Shelling wounded 7 soldiers at its Kirkuk base.", 7, "Kirkuk"),
    ])
    func aPlaceAfterAPossessiveIsTheSite(text: String, value: Double, site: String) {
        #expect(figure(value, in: TestData.bodyFigures(text))?.site == site)
    }

    @Test(arguments: [
        "Save the Children, a charity that works in Yemen, said jets hit 2 schools.",
        "Helping Hands – a group that runs clinics in Yemen – said jets hit 2 schools.",
        "The Red Crescent, which works in Yemen, said jets hit 2 schools.",
    ])
    func aPlaceInAnAsideAboutTheReporterIsNoSite(text: String) {
        let found = TestData.bodyFigures(text)
        #expect(figure(2, in: found) != nil)
        #expect(figure(2, in: found)?.site == nil)
    }

    @Test func anAsideAboutTheReporterLeavesThePlaceOfTheEvent() {
        let found = TestData.bodyFigures(
            "Save the Children, a charity that works in Yemen, said jets hit 2 schools in Aden.")
        #expect(figure(2, in: found)?.site == "Aden")
    }

    @Test(arguments: [
        "Officials said progress in the Iran trade talks stalled over a 10 percent tariff.",
        "Under the Paris climate accord, emissions must fall 10 percent.",
    ])
    func aPlaceNamingTalksOrADealIsNoSite(text: String) {
        let found = TestData.bodyFigures(text)
        #expect(figure(10, in: found) != nil)
        #expect(figure(10, in: found)?.site == nil)
    }

    @Test func theSourceAddedTakesTheOrganisationOfTheSourceIntroduced() {
        let found = figures([
            "A source at Tarrow Police Command told SANA that a car bomb killed 3 people in Tarrow.",
            "The source added that 5 people were injured in the blast.",
            "Later the source said 2 more people died in hospital.",
        ])
        #expect(figure(3, in: found)?.source == "Tarrow Police Command")
        #expect(figure(5, in: found)?.source == "Tarrow Police Command")
        #expect(figure(2, in: found)?.source == "Tarrow Police Command")
    }

    @Test func theSourcePuttingTheTollTakesTheOrganisation() {
        let found = figures([
            "A source at Tarrow Police Command told SANA that rockets hit the market.",
            "The source earlier put the death toll at 5 civilians.",
        ])
        #expect(figure(5, in: found)?.source == "Tarrow Police Command")
    }

    @Test func aNameBeforeAReportingRelativeClauseReports() {
        let found = figures(["The Green Party, which believes it can win up to 50 seats, launched its campaign."])
        #expect(figure(50, in: found)?.source == "Green Party")
    }

    @Test func aNewSourceOfNoOrganisationEndsTheChain() {
        let found = figures([
            "A source at Tarrow Police Command said a car bomb killed 3 people in Tarrow.",
            "A military source said 6 soldiers were wounded nearby.",
            "The source added that 4 vehicles were destroyed.",
        ])
        #expect(figure(3, in: found)?.source == "Tarrow Police Command")
        #expect(figure(6, in: found)?.source == nil)
        #expect(figure(4, in: found)?.source == nil)
    }

    @Test func theSourcesSaidTakesOnlyTheLastSourcesIntroduced() {
        let found = figures([
            "A source at Tarrow Police Command said a car bomb killed 3 people in Tarrow.",
            "Shells hit Delmont, according to local sources.",
            "The sources said 4 people were injured.",
            "The source added that 2 children died.",
        ])
        #expect(figure(4, in: found)?.source == nil)
        #expect(figure(2, in: found)?.source == nil)
    }

    @Test func aRoleAsideAfterANameLeavesTheNameAsSource() {
        let found = figures([
            "Ali Hassan, head of the health office in Taiz, said the raid hit a market, adding that it had killed 40 people."
        ])
        #expect(figure(40, in: found)?.source == "Ali Hassan")
        #expect(figure(40, in: found)?.site == nil)
    }

    @Test func aPostposedDescriptionWithAPlaceModifierTakesTheOrganisation() {
        let found = figures([
            "The Syrian Observatory for Human Rights said 20 people died in Aleppo.",
            "The strikes also wounded 30 people, said the Britain-based monitor.",
        ])
        #expect(figure(30, in: found)?.source == "Syrian Observatory for Human Rights")
    }

    @Test(arguments: [
        // A count that is the object of a verb before it, then a second count, in text that lost its commas.
        ("An attack on a clinic has killed two patients injured eight others.", 2.0, "killed"),
        ("Rocket attacks kill 10 civilians injure 16", 10, "killed"),
    ])
    func anObjectCountKeepsItsVerb(text: String, value: Double, event: String) {
        #expect(figure(value, in: TestData.bodyFigures(text))?.event == event)
    }

    @Test func aPlaceBeforeAPrepositionalAgreementStaysTheSite() {
        let found = TestData.bodyFigures("Shelling killed 120 people in Homs under an agreement with the army.")
        #expect(figure(120, in: found)?.site == "Homs")
    }

    @Test func anUnnamedMonitorIsNotTheStateAgency() {
        let found = figures([
            "Rockets killed 5 people in Harwick, a monitoring group said.",
            "The state news agency SANA said 4 people died in Delmont.",
        ])
        #expect(figure(5, in: found) != nil)
        #expect(figure(5, in: found)?.source != "SANA")
        #expect(figure(4, in: found)?.source == "SANA")
    }

    @Test(arguments: [
        ("Three suicide bombers killed at least 12 people in the market.", 3.0, 12.0),
        ("Two gunmen shot dead 5 guards at the gate.", 2, 5),
        ("Four attackers have wounded 9 policemen near the station.", 4, 9),
    ])
    func theCountThatKillsIsNotKilled(text: String, agent: Double, victims: Double) {
        let found = TestData.bodyFigures(text)
        #expect(figure(agent, in: found)?.event == nil)
        #expect(["killed", "injured"].contains(figure(victims, in: found)?.event))
    }

    @Test(arguments: [
        // Two counts, each with its own participle, as headlines list them.
        ("Blast: 6 Civilians Killed 35 Injured", 6.0, "killed"),
        ("6 people were killed and 35 wounded in the blast.", 6, "killed"),
    ])
    func aCountWithItsOwnParticipleKeepsIt(text: String, value: Double, event: String) {
        #expect(figure(value, in: TestData.bodyFigures(text))?.event == event)
    }
}
