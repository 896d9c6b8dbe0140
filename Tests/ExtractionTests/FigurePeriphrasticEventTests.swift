import ArticleModel
import Testing

@testable import Extraction

/// Death counts whose verb stands apart or is told round about: a passive of saying before it (`were said
/// to be killed`), an apposition on all of them between commas, a name after `identified as`, the noun
/// `martyrdom`, `slaughtered`; and the head of a compound after a noun whose plural is its singular.
@Suite struct FigurePeriphrasticEventTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        "Five Vessan smugglers were said to be killed near the Dornholm crossing on Monday.",
        "Four herders are said to have died when the Kelvar dam burst.",
        "Five guards were also said to have been killed at the Maresk depot.",
    ])
    func aPassiveOfSayingLeadsToTheVerb(_ text: String) {
        let count = TestData.bodyFigures(text).first { $0.kind == .count }
        #expect(count?.event == "killed")
    }

    @Test func whatWasSaidIsStillANewReport() {
        // The guards said it; the 30 are no victims of the report's verb.
        let text = "Thirty guards said the Maresk depot was hit twice."
        #expect(figure(30, in: text)?.event == nil)
    }

    @Test(arguments: [
        "Nine guards, all members of the Kelvar patrol, were killed near Maresk on Sunday.",
        "Two drivers, both natives of Dornholm, were wounded by the blast in Tarvan.",
    ])
    func anAppositionOnAllOfThemKeepsTheVerb(_ text: String) {
        let count = TestData.bodyFigures(text).first { $0.kind == .count }
        #expect(count?.event != nil)
    }

    @Test func allWithAVerbIsNoApposition() {
        let text = "Nine guards, all were sent home, and the Kelvar patrol was killed near Maresk."
        #expect(figure(9, in: text)?.event == nil)
    }

    @Test func aNameAfterIdentifiedAsKeepsTheVerb() {
        let text = "Three other smugglers one identified as Kel Maro of Vessa were killed in a raid near Tarvan."
        #expect(figure(3, in: text)?.event == "killed")
    }

    @Test func asOfAnotherClauseStillEndsTheCount() {
        let text = "Three smugglers waited as the Kelvar guards were killed by the flood."
        #expect(figure(3, in: text)?.event == nil)
    }

    @Test(arguments: [
        "A car bomb went off in the Kestrel Hill district, resulting in the martyrdom of 4 residents.",
        "The shelling of Dornholm led to the martyrdom of 4 farmers on Friday.",
    ])
    func martyrdomIsDeath(_ text: String) {
        #expect(figure(4, in: text)?.event == "killed")
    }

    @Test func aGroupNamedWithSlaughteredStaysTheSource() {
        let text = "Jets struck Tarvan killing at least 10 civilians activist group Vessa Is Being Slaughtered Quietly said."
        #expect(figure(10, in: text)?.source?.hasPrefix("Being Slaughtered") != false)
    }

    @Test func slaughteredIsKilled() {
        let text = "Ten shepherds were reportedly slaughtered in the hills above Maresk."
        #expect(figure(10, in: text)?.event == "killed")
    }

    @Test(arguments: [
        ("The monitor said 17 Kelvar militia fighters were killed in the battle for Tarvan.", 17.0, "fighter"),
        ("Three staff members were sacked by the Maresk council.", 3.0, "member"),
        ("Two aircraft carriers sailed from Dornholm at dawn.", 2.0, "carrier"),
    ])
    func theHeadOfACompoundFollowsAnInvariantNoun(text: String, value: Double, unit: String) {
        #expect(figure(value, in: text)?.unit == unit)
    }

    @Test func anInvariantNounBeforeAVerbIsTheHead() {
        let text = "Some 40 militia killed two herders near Dornholm."
        #expect(figure(40, in: text)?.unit == "militia")
    }

    @Test func twoCountsShareTheVerbAfterACompound() {
        let text = "It said at least 30 Tarvan rebels and 12 Vessan militia fighters had been killed near Maresk."
        #expect(figure(30, in: text)?.event == "killed")
        #expect(figure(12, in: text)?.unit == "fighter")
        #expect(figure(12, in: text)?.event == "killed")
    }
}

/// South Asia's scales (`5 lakh`, `2 crore`) and `under` before a stretch someone was put through.
@Suite struct NumberSouthAsianScaleTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("Officials in Vessa handed out 5 lakh face shields last week.", 500_000.0),
        ("The Maresk trust raised two lakh rupees for the clinic.", 200_000.0),
        ("The Dornholm board approved 3 crore rupees for new roads.", 30_000_000.0),
        ("Nearly 12 lakh voters turned out in Kelvar.", 1_200_000.0),
    ])
    func aLakhOrACroreMultiplies(text: String, value: Double) {
        #expect(TestData.bodyFigures(text).contains { $0.value == value })
    }

    @Test(arguments: [
        "The mayor of Tarvan faced under 20 hours of questioning from Kelvar police.",
        "Under 20 hours of interrogation, the Maresk clerk kept silent.",
    ])
    func underAStretchOfQuestioningIsNoBound(_ text: String) {
        let hours = figure(20, in: text)
        #expect(hours?.approx == .exact)
        #expect(hours?.text.lowercased().hasPrefix("under") == false)
    }

    @Test func underAStretchOfSleepIsStillABound() {
        let text = "Night nurses in Tarvan get under 20 hours of sleep a week."
        #expect(figure(20, in: text)?.approx == .under)
    }
}

/// Tolls of the whole world or of every year are totals over a stretch, never one day's incident; a share
/// of such a toll in the next sentence is a part of it.
@Suite struct FigureWorldTollTests {
    @Test(arguments: [
        ("Dirty wells caused 4 million early deaths around the world in 2015, the Kelvar institute found.", 4_000_000.0),
        ("Road crashes kill 1.2 million people worldwide.", 1_200_000.0),
        ("The fever kills some 40,000 children every year in the Kelvar basin.", 40_000.0),
        ("Last year 300 people died in floods across the globe.", 300.0),
    ])
    func aWorldOrYearlyTollIsATotal(text: String, value: Double) {
        let toll = TestData.bodyFigures(text).first { $0.value == value }
        #expect(toll?.isRunningTotal == true)
    }

    @Test func theYearNamedIsThePeriod() {
        let text = "Dirty wells caused 4 million early deaths around the world in 2015, the Kelvar institute found."
        #expect(TestData.bodyFigures(text).first { $0.value == 4_000_000 }?.period == "2015")
    }

    @Test func everyYearIsThePeriodWhenNoOtherIsNamed() {
        let text = "The fever kills some 40,000 children every year in the Kelvar basin."
        #expect(TestData.bodyFigures(text).first { $0.value == 40_000 }?.period == "every year")
    }

    @Test(arguments: [
        "A bomb killed 12 people in Maresk a year ago.",
        "Twelve people were killed in Maresk, the worst attack in a year.",
        "The Tarvan fund sold 12 million tickets worldwide.",
        "The bombing, condemned around the world, killed 12 people in Maresk on Friday.",
    ])
    func oneIncidentOrAnotherCountIsNoWorldToll(_ text: String) {
        let count = TestData.bodyFigures(text).first { $0.value == 12 || $0.value == 12_000_000 }
        #expect(count?.isRunningTotal == false)
    }

    @Test func aShareOfTheWorldTollIsAPartOfIt() {
        let figures = TestData.figures([
            "Dirty wells caused 4 million early deaths around the world in 2015, the Kelvar institute found. "
                + "Vessa bore the heaviest share, with over 900,000 of those deaths."
        ])
        let share = figures.first { $0.value == 900_000 }
        #expect(share?.isRunningTotal == true)
        #expect(share?.of == 4_000_000)
        #expect(share?.period == "2015")
    }

    @Test func themAfterACountOfItsOwnSentenceIsThatCount() {
        let figures = TestData.figures([
            "Fevers killed 9,000 people in Kelvar over the past year, the ministry said. "
                + "Floods killed 700 people in Maresk, the ministry added, saying 90 of them were children."
        ])
        let part = figures.first { $0.value == 90 }
        #expect(part?.of == 700)
        #expect(part?.isRunningTotal == false)
    }

    @Test func aShareOfOneIncidentStaysAnIncident() {
        let figures = TestData.figures([
            "A blast killed 40 people in Maresk on Sunday. Twelve of them were guards from Tarvan."
        ])
        #expect(figures.first { $0.value == 12 }?.isRunningTotal == false)
    }
}

/// Digits inside a name (`the 6 Nations opener`) count nothing; a part of the dead keeps its verb.
@Suite struct FigureDigitNameTests {
    @Test(arguments: [
        "Kelvar meet Vessa in the 6 Nations opener at Dornholm next week.",
        "Saturday's 6 Nations title race ended in Maresk.",
    ])
    func digitsInANameCountNothing(_ text: String) {
        #expect(!TestData.bodyFigures(text).contains { $0.value == 6 })
    }

    @Test(arguments: [
        "Delegates from the 6 Nations in the Kelvar bloc met in Maresk.",
        "The 6 Nations signed the Dornholm pact on Monday.",
    ])
    func aCountOfNationsIsACount(_ text: String) {
        #expect(TestData.bodyFigures(text).contains { $0.value == 6 })
    }

    @Test func guardsAmongThoseKilledWereKilled() {
        let text = "Four soldiers guarding the Maresk bridge were among those killed on Sunday."
        #expect(TestData.bodyFigures(text).first { $0.value == 4 }?.event == "killed")
    }
}
