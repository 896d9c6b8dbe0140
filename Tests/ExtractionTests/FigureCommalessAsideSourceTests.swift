import ArticleModel
import Testing

@testable import Extraction

/// Who reports after an inverted `said` when the description of the one named runs on with no comma (text
/// that lost its commas): `… said the Tarn Observatory a Vessa-based rights group.`, `… said Monitor director Ann
/// Roe.` (sentences written for these tests).
@Suite struct FigureCommalessAsideSourceTests {
    func source(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.source
    }

    func dump(_ text: String) -> String { "\(TestData.bodyFigures(text).map { ($0.value, $0.source ?? "-") })" }

    @Test(arguments: [
        (
            "The Kelvar Observatory for Civil Rights counts the dead each week. Shelling of Dornholm killed 13 farmers on "
                + "Sunday said the Observatory a Vessa-based rights group.",
            "Kelvar Observatory for Civil Rights"
        ),
        (
            "Shelling of Dornholm killed 13 farmers on Sunday said the Kelvar Observatory for Civil Rights monitoring group.",
            "Kelvar Observatory for Civil Rights"
        ),
        (
            "The Kelvar Observatory for Civil Rights counts the dead each week. Shelling of Dornholm killed 13 farmers on "
                + "Sunday said the Observatory which relies on volunteers in every village.",
            "Kelvar Observatory for Civil Rights"
        ),
        (
            "The Kelvar Observatory for Civil Rights counts the dead each week. Among the dead were 13 farmers said "
                + "Monitor director Halvard Penrick.",
            "Halvard Penrick"
        ),
        (
            "Shelling of Dornholm killed 13 farmers on Sunday said Halvard Penrick head of the Maresk health office "
                + "adding that the clinic was full.",
            "Halvard Penrick"
        ),
    ])
    func theNameBeforeACommalessDescriptionReports(text: String, name: String) {
        #expect(source(of: 13, in: text) == name, "\(dump(text))")
    }

    @Test(arguments: [
        // What is said, after its sayer: the name opens a clause.
        "The Kelvar Observatory for Civil Rights counts the dead each week. Shelling of Dornholm killed 13 "
            + "farmers, he said the Observatory a rights group had found.",
        // A time, no description.
        "The Kelvar Observatory for Civil Rights counts the dead each week. Shelling of Dornholm killed 13 "
            + "farmers said the Observatory a day after the raid.",
        // A place is no sayer.
        "Shelling of Dornholm killed 13 farmers as Tarvan troops said Kelvar which they hold was calm.",
    ])
    func noSayerOtherwise(text: String) {
        let found = source(of: 13, in: text)
        #expect(found != "Kelvar Observatory for Civil Rights" && found != "Kelvar", "\(dump(text))")
    }

    @Test(arguments: [
        // The sayer opens the sentence: the name after `said` is what it said.
        ("The army said Tarvan commander Halvard Penrick of the Maresk Brigades died with 13 of his fighters.",
         "Halvard Penrick"),
        ("Police said the Maresk Front a Vessa-based militia fired 13 rockets at the border post.", "Maresk Front"),
    ])
    func aNameAfterTheSubjectsSaidIsWhatItSaid(text: String, name: String) {
        #expect(source(of: 13, in: text) != name, "\(dump(text))")
    }
}
