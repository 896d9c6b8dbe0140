import ArticleModel
import Testing

@testable import Extraction

/// Who reports, named before an aside that lost its commas: `Rana Oster the director of the Tarvo clinic
/// told reporters …`, `The Vesk Rescue Service a group of volunteers said …`.
@Suite struct FigureBareAsideSourceTests {
    func source(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.source
    }

    @Test(arguments: [
        (
            "Rana Oster the director of the Tarvo clinic told reporters the clinic had recorded 7 deaths.",
            "Rana Oster"
        ),
        (
            "The Vesk Rescue Service a group of volunteers working in the hills said it had recorded 7 deaths.",
            "Vesk Rescue Service"
        ),
    ])
    func theNameBeforeABareAsideReports(text: String, name: String) {
        #expect(source(of: 7, in: text) == name, "\(TestData.bodyFigures(text).map { ($0.value, $0.source ?? "-") })")
    }

    @Test(arguments: [
        // The aside is a clause of its own.
        "Rana Oster the director of the Tarvo clinic was there when 7 deaths were recorded, a nurse said.",
        // A place opens the sentence, not someone who speaks.
        "Tarvo the largest town in the valley said farewell to 7 victims of the flood.",
    ])
    func noNameBeforeABareAsideOtherwise(text: String) {
        #expect(source(of: 7, in: text) == nil, "\(TestData.bodyFigures(text).map { ($0.value, $0.source ?? "-") })")
    }

    /// Capitals that run on over the reporting verb (`The Kelvar Courier REPORTED that …`) are read as one
    /// mention of the name and the verb: no aside stands between them, and reading one does not trap on a
    /// range that ends before it starts.
    @Test func aNameThatRunsOverItsVerbHasNoAside() {
        let text = "The Kelvar Courier REPORTED that 7 people had died."
        #expect(TestData.bodyFigures(text).contains { $0.value == 7 })
    }

    @Test func aRelativeClauseInsideTheAsideReportsForItsOwnSubject() {
        let text = "The Vesk Front a group which Ostria says killed 7 guards denied the claim."
        #expect(source(of: 7, in: text) != "Vesk Front", "\(TestData.bodyFigures(text).map { ($0.value, $0.source ?? "-") })")
    }
}
