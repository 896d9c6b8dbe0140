import ArticleModel
import Testing

@testable import Extraction

/// Sources written as a description or a name that looks like one: a description before a relative clause that
/// lost its commas, a business described by its nationality and trade, a name that ends in a word for figures.
@Suite struct FigureDescribedSourceTests {
    func source(of value: Double, in paragraphs: [String]) -> String? {
        TestData.figures(paragraphs).first { $0.value == value }?.source
    }

    func sources(_ paragraphs: [String]) -> String {
        "\(TestData.figures(paragraphs).map { ($0.value, $0.source ?? "-") })"
    }

    @Test(arguments: [
        "The monitor which earlier gave a toll of 12 said 17 people were killed in the strike.",
        "The Tarvo-based monitor which had earlier reported 12 dead said 17 people were killed in the strike.",
    ])
    func aDescriptionBeforeACommalessRelativeClauseReports(second: String) {
        let paragraphs = ["The Vesk Observatory for Civil Rights said 30 people died in Tarvo on Monday.", second]
        #expect(source(of: 17, in: paragraphs) == "Vesk Observatory for Civil Rights", "\(sources(paragraphs))")
    }

    @Test func aDescriptionBeforeARelativeClauseWithAVerbOfItsOwnReportsNothing() {
        let paragraphs = [
            "The Vesk Observatory for Civil Rights said 30 people died in Tarvo on Monday.",
            "The army which took the town was blamed after 17 people were killed, witnesses said.",
        ]
        #expect(source(of: 17, in: paragraphs) != "Vesk Observatory for Civil Rights", "\(sources(paragraphs))")
    }

    @Test func aBusinessDescriptionTakesTheCompanyInReach() {
        let paragraphs = [
            "Kelvar Motors unveiled a new wagon at the show in Tarvo.",
            "The German carmaker said it sold 300,000 cars last year.",
        ]
        #expect(source(of: 300_000, in: paragraphs) == "Kelvar Motors", "\(sources(paragraphs))")
    }

    @Test(arguments: [
        "The German carmaker said it sold 300,000 cars last year.",
        "Britain's biggest drugmaker said it sold 300,000 doses last year.",
        "South Korea's top car maker said it sold 300,000 cars last year.",
    ])
    func aBusinessDescriptionWithNoCompanyInReachIsNoSource(text: String) {
        #expect(source(of: 300_000, in: [text]) == nil, "\(sources([text]))")
    }

    @Test(arguments: [
        "Sales fell by 12% this year, the head of a big European car maker told Tarvo Radio.",
        "Sales fell by 12% this year, a German carmaker told Tarvo Radio.",
        "Sales fell by 12% this year, the German carmaker said in an interview with Tarvo Radio.",
    ])
    func anOutletADescribedCompanyTalksToIsNotTheCompany(text: String) {
        let paragraphs = ["Tarvo Radio reported on the motor show in Kessel on Monday.", text]
        #expect(source(of: 12, in: paragraphs) != "Tarvo Radio", "\(sources(paragraphs))")
    }

    @Test func aCompanyDescribedWithAnIndefiniteArticleIsNoneInReach() {
        let paragraphs = [
            "Kelvar Motors unveiled a new wagon at the show in Tarvo.",
            "A German carmaker said it sold 300,000 cars last year.",
        ]
        #expect(source(of: 300_000, in: paragraphs) != "Kelvar Motors", "\(sources(paragraphs))")
    }

    @Test func aCentralBankStaysAsWritten() {
        let paragraphs = ["The Danish central bank said prices rose 4% in May."]
        #expect(source(of: 4, in: paragraphs) != nil, "\(sources(paragraphs))")
    }

    @Test(arguments: [
        ("Prices rose 2% in May, the Office for Rural Statistics said.", "Office for Rural Statistics"),
        ("Prices rose 2% in May, the Central Bureau of Statistics (CBS) added.", "Central Bureau of Statistics"),
    ])
    func aNameEndingInAWordForFiguresIsWhole(text: String, name: String) {
        #expect(source(of: 2, in: [text]) == name, "\(sources([text]))")
    }

    @Test func aNameThatIsASentenceIsReadWholeAfterCalled() {
        let paragraphs = [
            "Activists in Tarvo reported heavy shelling on Monday. The network called Tarvo Is Being Wiped Out Quietly "
                + "said 12 children were among the dead."
        ]
        #expect(source(of: 12, in: paragraphs) == "Tarvo Is Being Wiped Out Quietly", "\(sources(paragraphs))")
    }

    @Test func figuresAfterANameAreStillItsFigures() {
        let text = "Vesk Trade Department figures showed exports rose 6% in May."
        #expect(source(of: 6, in: [text]) == "Vesk Trade Department", "\(sources([text]))")
    }
}
