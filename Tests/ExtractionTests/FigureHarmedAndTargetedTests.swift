import ArticleModel
import Testing

@testable import Extraction

/// Events of counts whose harm the words around them name in other shapes: a subject naming the harmed
/// (`those killed … include 14 children`), people treated for wounds, places a bombardment was aimed at,
/// a victim's participle with a count after it, people trapped (not killed), and the participle clause after
/// a count of strikes (what they did, not what befell them).
@Suite struct FigureHarmedAndTargetedTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    // MARK: - The harmed as the subject

    @Test(arguments: [
        ("Medics said those killed in the two raids on Lenfield include 14 students and five teachers.", "killed"),
        ("Those wounded overnight included 23 farmers, the council said.", "injured"),
        ("Among those killed were 9 guards and two nurses.", "killed"),
        ("The dead included 11 villagers from the valley.", "killed"),
        ("Those arrested on Friday were 30 students from the college.", "arrested"),
    ])
    func peopleAfterTheHarmedAsSubjectShareTheHarm(text: String, event: String) {
        let found = TestData.bodyFigures(text).filter { $0.kind == .count && $0.value != 2 }
        #expect(!found.isEmpty, "\(text)")
        for figure in found { #expect(figure.event == event, "\(text): \(figure.text)") }
    }

    @Test func aLaterCountOfTheListSharesTheHarm() {
        let text = "Those killed in the shelling include 14 students, six nurses and four guards."
        #expect(figure(6, in: text)?.event == "killed")
        #expect(figure(4, in: text)?.event == "killed")
    }

    @Test func theHarmedOfAnotherClauseGiveNothing() {
        // A noun after `the dead`: the dead man is no subject naming the harmed.
        #expect(figure(3, in: "The dead man's family includes 3 sons who live abroad.")?.event == nil)
    }

    @Test(arguments: [
        // Another clause, with a subject of its own, after `, and`, `, but`, `;` or a bare `and`.
        "Divers brought back those killed, and the crews included 12 volunteers from the port.",
        "Nurses looked after the wounded, but the shifts were 12 hours long for 12 orderlies.",
        "Medics sorted the injured; the teams included 12 volunteers from the port.",
        "Divers brought back the dead and the crews included 12 volunteers from the port.",
        "Divers brought back the dead while the crews were 12 volunteers from the port.",
        // The harmed as the object of a verb before them, not the linking verb's subject.
        "The men who buried those killed in the raid were 12 volunteers from the port.",
        "Crews carrying the wounded were 12 volunteers from the port.",
        "Relatives of those killed in the raid were 12 volunteers from the port.",
    ])
    func theHarmedOfAnotherClauseOrAsAnObjectGiveNothing(text: String) {
        #expect(figure(12, in: text)?.event == nil, "\(text)")
    }

    @Test(arguments: [
        ("Officials said those killed and the wounded included 12 students.", nil),
        ("Officials said those killed, most of them in the market, included 12 students.", "killed"),
        ("Those killed when the bus overturned were 12 students and a driver.", "killed"),
        ("Officials confirmed those wounded in the blast include 12 students.", "injured"),
        ("Divers brought back those killed in the flood, including 12 students.", "killed"),
        ("Those killed in the shelling and the air raids on Lenfield included 12 students.", "killed"),
        ("Those killed and wounded included 12 students.", nil),
        ("The blast hit the market, and those killed included 12 students.", "killed"),
    ] as [(String, String?)])
    func theHarmedAsSubjectOverAsidesAndTheirOwnClauses(text: String, event: String?) {
        #expect(figure(12, in: text)?.event == event, "\(text)")
    }

    // MARK: - Treated for wounds

    @Test(arguments: [
        "Two died and 12 are being treated for wounds at the clinic.",
        "Twelve residents are being treated in a field hospital for gunshot wounds.",
        "Another 12 were being treated for their burns, the hospital said.",
    ])
    func peopleTreatedForWoundsWereInjured(text: String) {
        let found = figure(12, in: text)
        #expect(found?.event == "injured", "\(text)")
        #expect(found?.kind == .count, "\(text)")
    }

    @Test func sufferingKeepsItsShortReach() {
        #expect(figure(40, in: "The 40 workers suffered pay freezes and later job cuts.")?.event == nil)
    }

    // MARK: - Bombarded places

    @Test(arguments: [
        ("Government forces shelled the three villages on Tuesday.", 3.0, "village"),
        ("Jets bombed 12 hospitals across the valley last year.", 12, "hospital"),
        ("The militia stormed two checkpoints near the bridge.", 2, "checkpoint"),
    ])
    func placesABombardmentHitWereTargeted(text: String, value: Double, unit: String) {
        let found = figure(value, in: text)
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.event == "targeted", "\(text)")
    }

    @Test func peopleAttackedAreNoTargetOfAStrike() {
        #expect(figure(3, in: "Gunmen attacked three guards outside the bank.")?.event == nil)
        #expect(figure(2, in: "Rebels shelled the town 2 times overnight.")?.event == nil)
    }

    // MARK: - A victim's participle, and the trapped

    @Test func aVictimsParticipleWithACountAfterItIsTheVictims() {
        let text = "Marlow 3 March: 1 child killed 4 children and their father still under rubble after the raid"
        #expect(figure(1, in: text)?.event == "killed")
        #expect(figure(4, in: text)?.event == nil)
    }

    @Test func anArmedSubjectStillKillsTheCountAfterIt() {
        #expect(figure(6, in: "Police said 3 gunmen killed 6 shoppers in the market.")?.event == "killed")
    }

    @Test(arguments: [
        "The raid killed two men and 5 children trapped under the rubble.",
        "Rescuers said 5 children were still trapped in the basement.",
        "Medics reached the site, where 5 children were still under the rubble after the strike killed two.",
    ])
    func trappedPeopleAreNotKilled(text: String) {
        let found = figure(5, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.event == nil, "\(text)")
    }

    // MARK: - What strikes did

    @Test(arguments: [
        "The coalition said it conducted 16 airstrikes near Tarrow destroying bridges and supply routes.",
        "Allied jets carried out 9 air raids over the province on Friday, destroying two depots.",
    ])
    func aCountOfStrikesIsLaunchedWhateverTheyDestroyed(text: String) {
        let found = TestData.bodyFigures(text).first { $0.unit == "airstrike" || $0.unit == "raid" }
        #expect(found?.event == "launched", "\(text)")
    }

    @Test func thingsTheStrikesDestroyedStayDestroyed() {
        let text = "Allied jets carried out 9 air raids over the province on Friday, destroying two depots."
        #expect(figure(2, in: text)?.event == "destroyed")
    }
}
