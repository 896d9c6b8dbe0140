import ArticleModel
import Testing

@testable import Extraction

/// The people a place serves, is home to or houses are its population: no verb of harm in the clause
/// befell them. Sentences written for these tests.
@Suite struct FigureServedPopulationTests {
    func figures(_ text: String) -> [Figure] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph >= 1 }
    }

    @Test(arguments: [
        ("A strike on a clinic serving thousands of refugees in Marlow has left two patients dead.", 1000.0),
        ("Shells hit Tovin, home to 30,000 people, killing four residents.", 30000),
        ("Jets bombed a school which houses 400 families, killing nine people.", 400),
    ])
    func aServedPopulationIsNoCasualty(text: String, population: Double) {
        let found = figures(text)
        let served = found.first { $0.value == population }
        #expect(served?.event == nil, "\(found.map { ($0.text, $0.event ?? "-") })")
        #expect(found.contains { $0.value != population && $0.event == "killed" })
    }

    @Test func aHarmedCountAfterAServingWordKeepsItsEvent() {
        let found = figures("The town now hosts 20,000 displaced people.")
        #expect(found.first?.event == "displaced", "\(found.map { ($0.text, $0.event ?? "-") })")
    }
}
