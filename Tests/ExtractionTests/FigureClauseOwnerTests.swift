import ArticleModel
import Testing

@testable import Extraction

/// A count's event comes from its own verb: not from the verb of a later count, nor from the verb of the
/// noun whose `of`-phrase the count stands in.
@Suite struct FigureClauseOwnerTests {
    func event(of value: Double, in text: String) -> String?? {
        TestData.bodyFigures(text).first { $0.value == value }.map(\.event)
    }

    @Test func eachCountTakesItsOwnVerbWithNoAndBetween() {
        let text = "A car bomb killed 14 people wounded 40 at the market in Marlow on Friday."
        #expect(event(of: 14, in: text) == "killed")
        #expect(event(of: 40, in: text) == "injured")
    }

    @Test func aParticipleAfterABareNumberIsItsOwn() {
        let text = "Four miners killed 11 injured in tunnel collapse near Dunmore"
        #expect(event(of: 4, in: text) == "killed")
        #expect(event(of: 11, in: text) == "injured")
    }

    @Test func aParticipleAfterANumberWithAPlusIsItsOwn() {
        #expect(event(of: 15, in: "Early accounts of 15+ killed and dozens hurt in the market blast.") == "killed")
    }

    @Test func aParticipleAfterTheNounStillCounts() {
        #expect(event(of: 20, in: "The blast left 20 people injured at the depot.") == "injured")
    }

    @Test(arguments: [
        "The widows of the seven miners were also among the dead.",
        "Relatives of the 12 hostages were wounded when the convoy was hit.",
    ])
    func aCountInsideAnotherNounsOfPhraseTakesNotItsVerb(text: String) {
        let figure = TestData.bodyFigures(text).first
        #expect(figure != nil, "\(text)")
        #expect(figure?.event == nil, "\(text)")
    }

    @Test(arguments: [
        ("A group of 30 migrants were rescued off the coast.", 30.0, "rescued"),
        ("The majority of the 300 residents fled the village.", 300, "displaced"),
        ("Two of the 17 missiles were intercepted.", 2, "intercepted"),
        ("A complex of four clinics was targeted by jets near Dunmore.", 4, "targeted"),
    ])
    func aCountMakingUpItsGroupKeepsItsVerb(text: String, value: Double, expected: String) {
        #expect(event(of: value, in: text) == expected, "\(text)")
    }

    @Test(arguments: ["Militants execute 12 hostages in desert town", "Militants Executes 12 Hostages"])
    func aHeadlineExecuteIsAnExecution(title: String) {
        let article = Article(title: title, paragraphs: [Paragraph(kind: .body, text: "No other news.")])
        let figures = TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
        #expect(figures.map(\.event) == ["executed"], "\(title)")
    }
}
