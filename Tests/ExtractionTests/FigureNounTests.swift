import ArticleModel
import Testing

@testable import Extraction

/// What a number counts, and numbers that count nothing: names, page furniture, pages in other languages.
@Suite struct FigureNounTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph > 0 }
    }

    @Test(arguments: [
        ("Engineers inspected the Seven Sisters Bridge and the Two Rivers reservoir after the storm.", 0),
        ("Work on the Three Valleys pipeline stopped, and 40 workers were sent home.", 1),
    ])
    func aCapitalisedNumberWordInsideASentenceBeginsAName(text: String, count: Int) {
        let found = figures([text])
        #expect(found.count == count, "\(found.map(\.text))")
    }

    @Test func aNumberBeforePageFurnitureCountsNothing() {
        let found = figures(["Flooding Hits the Coast (14) Related Storm Damages Harbour Tags weather"])
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func aPageInAnotherLanguageGivesNoFigures() {
        let portuguese = String(
            repeating:
                "O menino de 7 anos leu 40 palavras por minuto na escola da cidade, e a professora ficou feliz. ",
            count: 6)
        #expect(figures([portuguese]).isEmpty)
        let english = String(
            repeating: "The boy of 7 read 40 words a minute at the school in the city, and his teacher was pleased. ",
            count: 6)
        #expect(!figures([english]).isEmpty)
    }

    @Test(arguments: [
        ("The navy flew 26 sorties over the gulf.", 26.0, "sortie"),
        ("Troops seized four weapons caches and two munitions depots near the river.", 2, "depot"),
        ("Troops seized four weapons caches and two munitions depots near the river.", 4, "cache"),
        ("The militia freed two more hostages on Friday.", 2, "hostage"),
        ("The agency has funded nine NGO partners since May.", 9, "partner"),
    ])
    func countedNoun(text: String, value: Double, unit: String) {
        #expect(figures([text]).first { $0.value == value }?.unit == unit, "\(text)")
    }

    @Test func anAcronymIsNotAPlural() {
        let found = figures(["She met the nine EEAS envoys in Brussels."])
        #expect(found.first?.unit == "envoy", "\(found.map { $0.unit ?? "-" })")
    }

    @Test func oneSuchCountsNothing() {
        #expect(figures(["Scientists have now seen one such eruption directly."]).isEmpty)
    }

    /// A count with no noun of its own carries people over, not places: `left the two towns along with 2,200
    /// evacuated from …` counts people.
    @Test func aBareCountCarriesNoPlaceNoun() {
        let found = figures(["Some 900 people left the two villages along with 2,200 evacuated from the valley."])
        #expect(found.first { $0.value == 2_200 }?.unit == "person", "\(found.map { ($0.text, $0.unit ?? "-") })")
    }

    /// The counted noun is the head of its phrase: `2,200 town residents` counts residents.
    @Test func theHeadOfTheNounPhraseIsCounted() {
        let found = figures(["About 2,200 town residents were evacuated and 300 village families fled."])
        #expect(found.first { $0.value == 2_200 }?.unit == "resident")
        #expect(found.first { $0.value == 300 }?.unit == "family")
    }

    /// Places are not killed or wounded; they may be evacuated, and what an attack is on was targeted.
    @Test func aCountOfPlacesTakesNoEventOfPeople() {
        let found = figures(["The attack on two villages killed 15 civilians, and four towns were evacuated."])
        #expect(found.first { $0.value == 2 }?.event == "targeted", "\(found.map { ($0.text, $0.event ?? "-") })")
        #expect(
            figures(["Gunmen from two villages killed 15 civilians."]).first { $0.value == 2 }?.event == nil)
        #expect(found.first { $0.value == 15 }?.event == "killed")
        #expect(found.first { $0.value == 4 }?.event == "evacuated")
    }
}
