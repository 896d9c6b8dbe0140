import ArticleModel
import Testing

@testable import Extraction

/// Events and units a count takes from the words around it in shapes the event finders passed over: more or
/// other people listed after someone named (`killing Tal Brenner, a commander …, and 12 more militants`), a
/// group's long name between the count and its verb (`two members of the (pro-army) Kelso Defence Corps were
/// killed`), people taken to hospital or hurt after a passive verb, two harms with one count joined by a comma,
/// and a bare count paired with a count of another harm (`killed 12 and wounded 30 militants`).
@Suite struct FigureListedVictimTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        (
            "Soldiers raided the farm, killing Tal Brenner, a commander of the Kelso Front, and 12 more militants.",
            12.0, "killed"
        ),
        ("The strike killed Omar Vask a field commander of the brigade and eight more fighters.", 8, "killed"),
        (
            "Police said Dan Ferro was arrested along with the driver Sam Hale and three other members of the crew.",
            3, "arrested"
        ),
        ("Gunmen abducted Rina Solt and two others on the coast road.", 2, "kidnapped"),
    ])
    func othersOfANamedVictimShareItsVerb(text: String, value: Double, event: String) {
        #expect(figure(value, in: text)?.event == event, "\(text)")
    }

    @Test(arguments: [
        // The count has no `more` or `other`: it is no addition to the named one.
        "Troops killed Tal Brenner and 12 militants fled the camp.",
        // A verb of its own stands between the name and the count.
        "Rebels killed Omar Vask, who had recruited hundreds, and 9 other men joined them.",
        // The named one was praised, not harmed.
        "The mayor praised Dan Ferro and three other volunteers.",
    ])
    func noVerbIsBorrowedOverAClause(text: String) {
        let found = TestData.bodyFigures(text).first { $0.value == 12 || $0.value == 9 || $0.value == 3 }
        #expect(found?.event != "killed" && found?.event != "arrested", "\(text)")
    }

    @Test(arguments: [
        (
            "Two members of the (pro-army) Kelso Defence Corps rebel group were also killed in the raid.", 2.0,
            "killed"
        ),
        ("At least 30 members of the TKP and vasrani were killed when the depot blew up.", 30, "killed"),
        ("Some 14 fighters of the so-called Tarvos Front militia were wounded near the dam.", 14, "injured"),
    ])
    func aGroupsLongNameStandsBeforeTheVerb(text: String, value: Double, event: String) {
        #expect(figure(value, in: text)?.event == event, "\(text)")
    }

    @Test func aGroupsNameDoesNotLendAVerbOfAnotherClause() {
        let text = "Six members of the Kelso council that the rebels later seized were killed."
        #expect(figure(6, in: text)?.event == nil)
    }

    @Test(arguments: [
        ("After the shelling four people died and over 15 residents have been hospitalized.", 15.0),
        ("Nine passengers were taken to hospital after the roof gave way.", 9),
        ("Police said 12 were rushed to the hospital with burns.", 12),
        ("One of the guards was struck by a rock and suffered minor injuries.", 1),
    ])
    func peopleTakenToHospitalOrHurtWereInjured(text: String, value: Double) {
        #expect(figure(value, in: text)?.event == "injured", "\(text)")
    }

    @Test(arguments: [
        "About 40 children were hospitalised with flu last winter.",
        "Seven nurses were taken to the hospital gates by bus.",
        "Two stewards were praised and suffered no loss of pay.",
    ])
    func noHarmIsMadeUpFromAHospital(text: String) {
        let found = TestData.bodyFigures(text).first { [40, 7, 2].contains($0.value) }
        #expect(found?.event != "injured", "\(text)")
    }

    @Test func twoHarmsJoinedByACommaGiveTheCountNeither() {
        #expect(figure(12, in: "Army Kills, Wounds Dozens Of Rebels Near Kelso")?.event == nil)
    }

    @Test(arguments: [
        ("Troops killed 12 and wounded 30 militants near the border.", 12.0, "militant"),
        ("The raid killed 4, injuring 9 soldiers at the post.", 4, "soldier"),
    ])
    func aBareCountTakesThePairedCountsPeople(text: String, value: Double, unit: String) {
        let found = figure(value, in: text)
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.event == "killed", "\(text)")
    }

    @Test func aBareCountKeepsPeopleWhenThePairNamesOthers() {
        #expect(figure(12, in: "Troops killed 12 and wounded 30 others near the border.")?.unit == "person")
    }
}

/// Figures the count pass missed or made up: power in capitals (`12,600 MW`, `3.7 GW`), a model's number
/// written against its name between the count and its noun, a singular event noun counted, an age after a
/// name's `Jr.`, and a channel's number word (`BBC Four viewers`) that counts nothing.
@Suite struct FigureUnitShapeTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("The new dam will produce 8,400 MW of electricity.", 8_400.0, "megawatt"),
        ("The firm opened a 250MW solar farm.", 250, "megawatt"),
        ("Output reached 2.6 GW at the end of the year.", 2.6, "gigawatt"),
        ("The country will add 40 gigawatts of wind power.", 40, "gigawatt"),
    ])
    func powerIsAMeasureOfPower(text: String, value: Double, unit: String) {
        let found = figure(value, in: text)
        #expect(found?.kind == .power, "\(text)")
        #expect(found?.unit == unit, "\(text)")
    }

    @Test func aRangeOfPowerIsPowerNotTheCountBefore() {
        let found = figure(20, in: "The group built 14 turbines, each rated at 20-350 MW.")
        #expect(found?.kind == .power)
        #expect(found?.maxValue == 350)
    }

    @Test func aModelsNumberBetweenTheCountAndItsNoun() {
        #expect(figure(4, in: "Mechanics replaced the four VX-220 engines on the jet.")?.unit == "engine")
        #expect(figure(2, in: "The crew fitted two KR40 pumps on the boat.")?.unit == "pump")
    }

    @Test func aSingularEventNounIsCounted() {
        #expect(figure(1, in: "The agency closed the year with one launch.")?.unit == "launch")
        #expect(figure(1, in: "Police made one arrest in the town.")?.unit == "arrest")
    }

    @Test func anAgeAfterAPostNominalIsAnAge() {
        let found = figure(47, in: "Brian Tolley Jr., 47, was charged on Monday.")
        #expect(found?.kind == .age)
    }

    @Test(arguments: [
        "The drama drew five million BBC Four viewers.",
        "Channel Five audiences fell in the spring.",
        "A poll on BBC Radio Two listeners ran all week.",
    ])
    func aChannelsNumberCountsNothing(text: String) {
        let found = TestData.bodyFigures(text).filter { [2, 4, 5].contains($0.value) }
        #expect(found.isEmpty, "\(text)")
    }
}
