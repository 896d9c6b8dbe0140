import ArticleModel
import Testing

@testable import Extraction

/// Casualty frames a hand audit of unseen war reporting found: verbs that kill only people, counts joined
/// to a casualty count, counts far from their verb, tolls, multipliers, participles describing the
/// counted people, and who gave a toll.
@Suite struct FigureCasualtyFrameTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    // MARK: - Verbs that kill people

    @Test(arguments: [
        "Border guards eliminated 30 gunmen near Tarvos on Monday.",
        "The brigade said it had destroyed at least 30 militants in Tarvos.",
        "Commandos wiped out 30 terrorists in the hills above Tarvos.",
        // The verb's second object.
        "Jets destroyed a convoy and 30 militants near Tarvos.",
        "The army destroyed their positions and 30 fighters.",
    ])
    func aVerbThatKillsPeopleKillsACountOfPeople(_ text: String) {
        #expect(figure(30, in: text)?.event == "killed")
    }

    @Test func destroyedThingsStayDestroyed() {
        #expect(figure(12, in: "Jets destroyed 12 lorries parked outside Tarvos.")?.event == "destroyed")
    }

    @Test func aCountAfterAndWithAVerbOfItsOwnIsNoSecondObject() {
        #expect(figure(30, in: "Jets destroyed a convoy and 30 militants fled into the hills.")?.event != "killed")
    }

    @Test func eliminatedThingsAreNoEvent() {
        #expect(figure(3, in: "The new rules eliminated 3 forms from the tax return.")?.event == nil)
    }

    // MARK: - Joined counts

    @Test(arguments: ["along with", "together with", "as well as"])
    func aCountAlongWithACasualtyCountSharesItsEvent(_ join: String) {
        let text = "Nine guards were killed in Orlen \(join) five raiders."
        #expect(figure(9, in: text)?.event == "killed")
        #expect(figure(5, in: text)?.event == "killed")
    }

    @Test func aCountAlongWithAPassiveCasualtyVerbTakesItsEvent() {
        #expect(figure(6, in: "Their commander was wounded along with 6 guards near Orlen.")?.event == "injured")
    }

    @Test func aJoinedCountWithAClauseOfItsOwnTakesNoEvent() {
        let text = "Nine guards were killed in Orlen along with five raiders who escaped."
        #expect(figure(5, in: text)?.event == nil)
    }

    @Test func twoVerbsEachKeepTheirCount() {
        let text = "The raid killed 6 and wounded 11 others in Orlen."
        #expect(figure(6, in: text)?.event == "killed")
        #expect(figure(11, in: text)?.event == "injured")
    }

    @Test func othersAfterAWomanOrAManAreNotOfTheirSex() {
        #expect(figure(4, in: "The shelling killed one woman and injured 4 others in Orlen.")?.unit == "person")
        #expect(figure(4, in: "Gunmen shot dead two men and wounded 4 others in Orlen.")?.unit == "person")
        // Others after a count of another kind are more of the same.
        #expect(figure(4, in: "The shelling killed two children and injured 4 others in Orlen.")?.unit == "child")
    }

    @Test func aListOfNamesBetweenACountAndItsVerbIsSteppedOver() {
        let text = "A group of 45 fighters from the Orlen Front, the Kelso Brigade and the Tarvos Legion were killed."
        #expect(figure(45, in: text)?.event == "killed")
    }

    @Test func aListOfNamesBeforeAnotherNounsVerbGivesNoEvent() {
        let text = "The hall that sheltered 50 families from Kelso, Tarvos and Orlen was destroyed."
        #expect(figure(50, in: text)?.event == nil)
    }

    // MARK: - Tolls

    @Test func aRisingNumberKilledIsAKilledWholeOfItsParts() {
        let text = "The number killed has risen to 27, including four nurses, officials in Kelso said."
        #expect(figure(27, in: text)?.event == "killed")
        #expect(figure(4, in: text)?.event == "killed")
        #expect(figure(4, in: text)?.of == 27)
    }

    @Test func aTollOfANumberCountsTheDead() {
        let found = figure(23, in: "Medics gave a toll of 23 after the blast in Kelso.")
        #expect(found?.event == "killed")
        #expect(found?.unit == "person")
    }

    // MARK: - Not casualties

    @Test(arguments: [
        "Seven times more people were killed in Kelso than the year before.",
        "Deaths among infants in Kelso reached seven times the norm.",
    ])
    func aMultiplierIsNoCasualtyCount(_ text: String) {
        #expect(figure(7, in: text)?.event == nil)
    }

    @Test func theDeathsOfDescribedPeopleAreDeaths() {
        let found = figure(14, in: "The monitor recorded the deaths of 14 detained teenagers in Kelso.")
        #expect(found?.event == "killed")
        #expect(found?.unit == "teenager")
    }

    @Test func aDescribingParticipleIsTheEventWhenTheClauseGivesNone() {
        let found = figure(2, in: "Two wounded soldiers were left behind near Kelso.")
        #expect(found?.event == "injured")
        #expect(found?.unit == "soldier")
    }

    @Test func anAsideAfterAVagueCountIsNotItsNoun() {
        let found = figure(100, in: "The raids killed hundreds mostly farmers in Kelso.")
        #expect(found?.unit == "person")
        #expect(found?.event == "killed")
    }

    @Test func anAsideOnPeopleWithNoEventStillCountsPeople() {
        #expect(figure(90, in: "Some 90 mostly guards had stayed behind in Kelso.")?.unit == "person")
    }

    // MARK: - Who gave the toll

    @Test func anOrganisationThatGaveATollReportsIt() {
        #expect(figure(35, in: "The Orlen Monitor gave a toll of 35 dead in Kelso.")?.source == "Orlen Monitor")
    }

    @Test(arguments: [
        "At least 19 people died in Kelso, according to a new toll from the Orlen Monitor.",
        "At least 19 people died, according to figures released by the Orlen Monitor in Kelso.",
        "According to a new report by the Orlen Monitor the raids killed at least 19 people.",
    ])
    func theOwnerOfATollAfterAccordingToReportsIt(_ text: String) {
        #expect(figure(19, in: text)?.source == "Orlen Monitor")
    }

    @Test func theMonitorOwningATollAfterAccordingToIsTheOneNamedBefore() {
        let found = TestData.figures([
            "The Orlen Monitor said fighting went on in Kelso.",
            "At least 19 people died in Kelso, according to a new toll from the monitor.",
        ])
        #expect(found.first { $0.value == 19 }?.source == "Orlen Monitor")
    }

    @Test func aNameThatGoesOnPastItsCapitalsAfterAReportByNamesNoOne() {
        let text = "At least 31 reporters have died, according to a report by the Kelso-based Fund to Guard Writers."
        #expect(figure(31, in: text)?.source == nil)
    }

    @Test(arguments: [
        "Sales rose 12% last year, according to figures released by the UK toy industry's trade body.",
        "The Orlen Monitor which has sources in France gave a toll of 12.",
    ])
    func capitalisedWordsModifyingADescriptionNameNoOne(_ text: String) {
        #expect(figure(12, in: text)?.source == nil)
    }

    @Test(arguments: [
        "State media gave a toll of 12 in Kelso.",
        "At least 12 people died in Kelso, according to a toll from state media.",
    ])
    func unnamedMediaGivingATollNameNoOne(_ text: String) {
        #expect(figure(12, in: text)?.source == nil)
    }
}
