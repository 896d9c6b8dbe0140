import ArticleModel
import Testing

@testable import Extraction

/// Frames with no event word that still say what happened (`lost 14 men`, `left 40 people with breathing
/// problems`, `uprooted 600 households`, `recovered 9 bodies`, `downed 3 planes`), later items of a list
/// under one verb, and counts of times that are a game's, not a strike's.
@Suite struct FigureEventFrameTests {
    func event(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        ("The rebels lost 14 men during the push on Marlow.", 14.0, "killed"),
        ("Government forces lost at least 9 soldiers in the clashes.", 9, "killed"),
        ("A gas shell left 40 people with breathing problems in Dunbridge.", 40, "injured"),
        ("The fighting uprooted 600 households in the valley.", 600, "displaced"),
        ("About 2,000 residents got out of the town before the siege.", 2000, "displaced"),
        ("A further 12 corpses lay in the morgue.", 12, "killed"),
        ("Rescuers recovered 9 bodies from the river on Sunday.", 9, "killed"),
        ("Another 6 bodies have not been identified.", 6, "killed"),
        ("Gunners downed 3 unmanned planes over the port.", 3, "destroyed"),
        ("Air defences shot down two helicopters near Marlow.", 2, "destroyed"),
    ])
    func aFrameSaysTheEvent(text: String, value: Double, expected: String) {
        #expect(event(value, in: text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("The company lost 300 jobs last year.", 300.0),
        ("The club lost 2 men to injury before the final.", 2),
        ("The storm left 3,000 homes without power.", 3000),
        ("The storm uprooted 50 trees in the park.", 50),
        ("He got out of the car with 3 children.", 3),
        ("Three regulatory bodies will merge next year.", 3),
    ])
    func noFrameNoEvent(text: String, value: Double) {
        #expect(event(value, in: text) == nil, "\(text)")
    }

    @Test func weaponsBroughtDownStayIntercepted() {
        #expect(event(5, in: "Air defences shot down 5 drones over the port.") == "intercepted")
    }

    @Test func fightersInterceptingPlanesDestroyNothing() {
        #expect(event(2, in: "Jets intercepted 2 planes near the border.") != "destroyed")
    }

    @Test func laterItemsOfAListShareTheVerb() {
        let text = "Gunners wrecked 2 tanks, 4 lorries and 6 pick-ups near Marlow."
        #expect(event(2, in: text) == "destroyed")
        #expect(event(4, in: text) == "destroyed")
        #expect(event(6, in: text) == "destroyed")
    }

    @Test func aListItemWithAVerbOfItsOwnKeepsIt() {
        let text = "Troops destroyed 7 tanks, 20 people fled the town."
        #expect(event(20, in: text) == "displaced")
    }

    @Test func whoReportsIsNoListItem() {
        let text = "Tanks shelled the town, killing four more civilians two residents said."
        #expect(event(4, in: text) == "killed")
        #expect(event(2, in: text) == nil)
    }

    @Test func aStretchOfTimeIsNoListItem() {
        #expect(event(30, in: "The army killed 12 people, 30 years after the first war.") == nil)
    }

    @Test func laterPartsOfAPartListArePartsToo() {
        let found = TestData.bodyFigures("Gunmen killed nine villagers, among them a farmer and his two daughters.")
        let daughters = found.first { $0.value == 2 }
        #expect(daughters?.event == "killed")
        #expect(daughters?.of == 9)
    }

    @Test func aGameInterceptionIsNoStrike() {
        let times = TestData.bodyFigures("Roe was intercepted 3 times in the second half.").first { $0.value == 3 }
        #expect(times != nil)
        #expect(times?.event == nil)
    }
}
