import Testing

@testable import Extraction

/// What a count counts: a plural in `-es` whose singular ends in `e` (`prizes` → `prize`), a multiplier
/// (`12 times as many`) that counts no times, a `one` picked out of a few (`one of the two main types`), and
/// a bare toll that restates no count of children (sentences written for these tests).
@Suite struct FigurePickedOutAndMultipliedUnitTests {
    func described(_ found: [Figure]) -> String { "\(found.map { ($0.value, $0.unit ?? "-") })" }

    @Test func aPluralOfANounEndingInEKeepsTheE() {
        let found = TestData.figures(["The jury in Dornholm handed out four prizes and three boxes of medals."])
        #expect(found.first { $0.value == 4 }?.unit == "prize", "\(described(found))")
        #expect(found.first { $0.value == 3 }?.unit == "box", "\(described(found))")
    }

    @Test(arguments: [
        "Officials in Vessa later admitted that the province had recorded 12 times as many infections as first announced.",
        "The new Maresk reactor is 12 times larger than the old one near Kestrel Hill.",
    ])
    func aMultiplierCountsNoTimes(text: String) {
        let found = TestData.figures([text])
        #expect(!found.contains { $0.value == 12 && $0.unit == "time" }, "\(described(found))")
    }

    @Test func occasionsAreStillCounted() {
        let found = TestData.figures(["The Tarvan striker has scored 12 times this season for Dornholm Rovers."])
        #expect(found.contains { $0.value == 12 && $0.unit == "time" }, "\(described(found))")
    }

    @Test func oneOfTheTwoTypesCountsNothing() {
        let found = TestData.figures([
            "Doctors in Maresk treated her for the lung form, one of the two main types of the fever."
        ])
        #expect(!found.contains { $0.value == 1 }, "\(described(found))")
        #expect(found.contains { $0.value == 2 }, "\(described(found))")
    }

    @Test func oneOfABodysOwnThingsIsStillCounted() {
        let found = TestData.bodyFigures("Kelvar Motors said it would shut one of its two plants in Vessa next spring.")
        #expect(found.contains { $0.value == 1 }, "\(described(found))")
    }

    @Test func oneOfTheThreeSoldiersIsStillCounted() {
        let found = TestData.figures(["One of the three Tarvan soldiers was killed near Kestrel Hill on Friday."])
        #expect(found.contains { $0.value == 1 }, "\(described(found))")
    }

    @Test func aBareTollRestatesNoCountOfChildren() {
        let found = TestData.figures([
            "The Kelvar monitor said at least eight children were among those killed in the raids on Dornholm. "
                + "The militia has shelled the town before, including on March 3 when it fired dozens of mortars "
                + "at the market, killing eight."
        ])
        let bare = found.last { $0.value == 8 }
        #expect(bare?.unit == "person", "\(described(found))")
    }
}
