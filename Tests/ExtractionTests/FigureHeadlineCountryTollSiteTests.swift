import ArticleModel
import Testing

@testable import Extraction

/// A headline opening on a country, then the strife in it and the verb of its toll, puts its count in the
/// country; an attack the country may have made does not.
@Suite struct FigureHeadlineCountryTollSiteTests {
    func headlineFigures(_ headline: String) -> [Figure] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .headline, text: headline), Paragraph(kind: .body, text: "More soon.")])
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
    }

    @Test(arguments: [
        ("Lebanon tribal violence kills 12 herders", 12.0, "Lebanon"),
        ("Nigeria farmland clashes leave 9 dead", 9, "Nigeria"),
    ])
    func theCountryOpeningTheHeadlineIsTheSite(headline: String, value: Double, site: String) {
        let found = headlineFigures(headline)
        #expect(found.first { $0.value == value }?.site == site, "\(found.map { ($0.text, $0.site ?? "-") })")
    }

    @Test func aCountrysAttackPlacesNothing() {
        let found = headlineFigures("Norway border drone raid kills 12 smugglers")
        #expect(found.first { $0.value == 12 }?.site == nil, "\(found.map { ($0.text, $0.site ?? "-") })")
    }
}
