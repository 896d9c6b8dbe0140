import ArticleModel
import Testing

@testable import Extraction

/// A spelled-out `one` is a count only where something happens to what it counts; a label's number is no
/// count; and a singular count's unit is its head noun, not the word before it.
@Suite struct FigureLoneOneTests {
    @Test(arguments: [
        "The poet Maria Ortez, one of her publishers, read the foreword aloud.",
        "One of the letters was signed in green ink.",
        "If there is one lesson in the memoir, it is patience.",
        "She never wrote in one style for long.",
    ])
    func aOneAboutNoEventIsNoFigure(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("One of the guards was wounded in the blast.", "guard"),
        ("Police said one man was shot dead at the checkpoint.", "man"),
        ("One rocket landed in an orchard outside the village.", "rocket"),
        ("Rescuers pulled one body from the flooded basement.", "body"),
    ])
    func aOneInASentenceOfHarmOrStrikesStays(text: String, unit: String) {
        let figures = TestData.bodyFigures(text)
        #expect(figures.map(\.value) == [1], "\(text)")
        #expect(figures.first?.unit == unit, "\(text)")
    }

    @Test(arguments: [
        ("Analysts expect one more price increase before the spring.", "increase"),
        ("The storm left one power station in the valley flooded.", "station"),
        ("Doctors said one severe injury killed the driver.", "injury"),
        ("One young soldier died and one aid worker was hurt.", "soldier"),
    ])
    func aSingularCountTakesItsHeadNoun(text: String, unit: String) {
        #expect(TestData.bodyFigures(text).first?.unit == unit, "\(text)")
    }

    @Test func anAidWorkerCountsWorkers() {
        let figures = TestData.bodyFigures("One young soldier died and one aid worker was hurt.")
        #expect(figures.map(\.unit) == ["soldier", "worker"])
    }

    @Test(arguments: [
        ("Her son was found to have Type 2 diabetes last spring.", 2.0),
        ("Doctors found stage 3 tumours in the two patients.", 3),
        ("Forecasters said Category 4 winds reached the coast overnight.", 4),
    ])
    func aLabelsNumberIsNoCount(text: String, label: Double) {
        #expect(!TestData.bodyFigures(text).contains { $0.value == label }, "\(text)")
    }
}
