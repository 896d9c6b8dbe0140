import ArticleModel
import Testing

@testable import Extraction

/// A casualty participle after a count of victims is theirs (`1 child killed 6 children …`), but after
/// people who can do harm, with a count after it, it is their verb: `two boys wounded three officers`.
@Suite struct FigureVictimParticipleTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test func peopleWhoCanDoHarmWoundTheCountAfterThem() {
        let text = "Two teenage girls wounded three security guards in Hollin."
        let guards = figure(3, in: text)
        #expect(guards != nil)
        #expect(guards?.event == "injured")
        #expect(figure(2, in: text)?.event != "injured")
    }

    @Test func aYoungVictimsParticipleIsStillTheirs() {
        let text = "1 infant killed 4 infants and their nurse still missing after the shelling"
        let first = figure(1, in: text)
        #expect(first != nil)
        #expect(first?.event == "killed")
    }
}
