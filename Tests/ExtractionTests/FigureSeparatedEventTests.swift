import ArticleModel
import Testing

@testable import Extraction

/// Events that stand apart from their count: a breakdown between the count and its verb, two modifiers
/// joined before the counted noun, a toll whose noun stands several words before its verb of rising, and
/// the dead counted as bodies that bear wounds.
@Suite struct FigureSeparatedEventTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    // MARK: - A breakdown between the count and its verb

    @Test(arguments: [
        "At least 14 villagers including three boys and a nurse were killed when jets struck Tarvos.",
        "At least 14 villagers, including three boys and a nurse, were killed when jets struck Tarvos.",
        "At least 14 villagers among them three boys and a nurse were killed in Tarvos on Monday.",
        "Some 14 villagers including women and old men died in the shelling of Tarvos.",
    ])
    func aBreakdownDoesNotHideTheCountsVerb(_ text: String) {
        #expect(figure(14, in: text)?.event == "killed")
        #expect(figure(14, in: text)?.unit == "villager")
    }

    @Test func aBreakdownWithACommaKeepsTheVerbAfterIt() {
        #expect(figure(9, in: "Nine tourists, including a pilot, have been detained near Tarvos.")?.event == "detained")
    }

    @Test func aPartsParticipleIsNotTheWholesVerb() {
        // The part was wounded; what happened to the 300 the sentence does not say.
        let text = "The camp holds 300 families including 47 wounded in the spring raids."
        #expect(figure(300, in: text)?.event == nil)
    }

    @Test func aClauseAfterAClosedBreakdownIsNotTheCountsVerb() {
        let text = "The club has won nine cups, including two doubles, since its players first hit the headlines."
        #expect(figure(9, in: text)?.event == nil)
    }

    // MARK: - Two modifiers joined before the counted noun

    @Test(arguments: [
        "At least 64 rebel and army fighters have been killed in two days of battles near Tarvos.",
        "At least 64 army or rebel fighters were killed in the hills above Tarvos.",
    ])
    func joinedModifiersShareTheirNoun(_ text: String) {
        #expect(figure(64, in: text)?.unit == "fighter")
        #expect(figure(64, in: text)?.event == "killed")
    }

    @Test func aVerbAfterAndIsNoModifier() {
        #expect(figure(4, in: "The generator burned 4 grade diesel and pumped huge amounts of soot.")?.unit != "amount")
    }

    @Test func aNounOfItsOwnBeforeAndStaysTheCountsNoun() {
        #expect(figure(20, in: "Jets killed 20 soldiers and militia fighters near Tarvos.")?.unit == "soldier")
    }

    // MARK: - A toll that rose, named words before its verb

    @Test(arguments: [
        "The death toll from the air raid on the Tarvos market rose to 47, the monitor said.",
        "The toll in the bombing of Tarvos has risen to 47, medics said on Monday.",
        "The casualty toll from Sunday's blasts in Tarvos climbed to 47.",
        "The death toll from the ferry disaster reached 47 on Tuesday.",
    ])
    func aTollThatRoseCountsTheDead(_ text: String) {
        #expect(figure(47, in: text)?.event == "killed")
        #expect(figure(47, in: text)?.unit == "person")
    }

    @Test func aRiseOfSomethingElseIsNoToll() {
        #expect(figure(47, in: "The number of tourists visiting Tarvos rose to 47 last spring.")?.event == nil)
        #expect(figure(47, in: "The death toll was not known but prices rose to 47 pence.")?.event != "killed")
        #expect(figure(40, in: "His goal tally rose to 40 goals this season.")?.event == nil)
        #expect(figure(41, in: "The death tally rose to 41 on Sunday.")?.event == "killed")
    }

    // MARK: - The dead bear wounds

    @Test func bodiesBearingWoundsAreDead() {
        let text = "Farmers found 11 bodies bearing gunshot wounds in a ditch outside Tarvos."
        #expect(figure(11, in: text)?.event == "killed")
    }

    @Test func peopleWithWoundsStayInjured() {
        #expect(figure(11, in: "Medics treated 11 people for gunshot wounds in Tarvos.")?.event != "killed")
    }

    // MARK: - A gas is no plural

    @Test func gasIsNotAPlural() {
        #expect(figure(3, in: "Engineers capped 3 gas wells near Tarvos.")?.unit == "well")
    }
}

/// A count that does the harm to an object of its own was not harmed.
@Suite struct FigureAgentObjectTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        "Pundits ranked the 10 budget decisions killing rural schools in Tarvos.",
        "Gunmen fired on 20 worshippers killing the imam of the Tarvos mosque.",
    ])
    func aCountThatHarmsAnObjectIsNotHarmed(_ text: String) {
        let value: Double = text.contains("10") ? 10 : 20
        #expect(figure(value, in: text)?.event == nil)
    }

    @Test func aCountKilledInAPlaceStaysKilled() {
        #expect(figure(20, in: "Jets hit the market, 20 villagers killed in Tarvos.")?.event == "killed")
    }
}

/// A difference between two tolls is not a toll.
@Suite struct FigureComparisonTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        "The new speed limits would mean 140 fewer serious injuries on Tarvos roads each year.",
        "The ward saw 140 more deaths than in the spring.",
    ])
    func aDifferenceIsNoCasualty(_ text: String) {
        #expect(figure(140, in: text)?.event == nil)
    }

    @Test func moreCasualtiesAddToAToll() {
        #expect(figure(8, in: "Medics in Tarvos reported 8 more deaths on Tuesday.")?.event == "killed")
    }
}

/// A breakdown by number between commas, before the count's verb.
@Suite struct FigureNumberedAsideTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test func aNumberedBreakdownBetweenCommasKeepsTheVerb() {
        let text = "Twelve villagers, eight women and a shepherd, were killed in the shelling of Tarvos."
        #expect(figure(12, in: text)?.event == "killed")
    }

    @Test func aSecondClauseAfterACommaIsNotABreakdown() {
        #expect(figure(12, in: "Twelve villagers fled Tarvos, 8 women were injured.")?.event != "injured")
        #expect(figure(12, in: "Officials counted twelve villagers, 8 women were injured in the raid.")?.event == nil)
    }
}
