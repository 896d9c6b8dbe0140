import ArticleModel
import Testing

@testable import Extraction

/// A place that lost people is the side that lost them, not where they fell; and a brand's model number in a
/// title-case headline is no count. Every sentence here is written for these tests.
@Suite struct FigureLosingSideAndTitleModelTests {
    @Test(arguments: [
        "Tanzania lost 12 soldiers in the fighting , officials said .",
        "Tanzania has lost three players to injury before the final .",
        "Tanzania lost another 40 men in the clashes , the army said .",
    ])
    func aPlaceThatLostPeopleIsNoSite(text: String) {
        let figures = TestData.bodyFigures(text)
        #expect(!figures.isEmpty, "\(text)")
        #expect(figures.allSatisfy { $0.site == nil }, "\(text)")
    }

    @Test func aPlaceNamedWhereTheyFellStaysTheSite() {
        let figures = TestData.bodyFigures("Tanzania lost 12 soldiers in fighting near Dodoma , officials said .")
        #expect(figures.first { $0.value == 12 }?.site == "Dodoma")
    }

    func headlineFigures(_ title: String) -> [Figure] {
        let article = Article(
            title: title, paragraphs: [Paragraph(kind: .body, text: "The report gave no further details .")])
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
    }

    @Test(arguments: ["Vesko 20 Graphics Card Reviewed", "Tarvo Unveils Kelvo 5 Phones In Dornholm"])
    func aModelNumberInATitleCaseHeadlineIsNoCount(title: String) {
        #expect(headlineFigures(title).isEmpty, "\(title)")
    }

    @Test(arguments: [("Vesk 20 Killed In Clash", 20.0), ("Dornholm Ships 30 Phones To Tarvan", 30)])
    func aTitleCaseCountStays(title: String, value: Double) {
        #expect(headlineFigures(title).contains { $0.value == value }, "\(title)")
    }
}
