import ArticleModel
import Testing

@testable import Extraction

/// A headline count that restates a body count of the same people takes the body's event, so that the
/// archive sees one incident reported twice rather than two incidents.
@Suite struct FigureRestatementTests {
    func headlineFigure(title: String, body: String, value: Double) -> Figure? {
        let article = Article(title: title, paragraphs: [Paragraph(kind: .body, text: body)])
        return TestData.extractor.extract(from: article).figures.first { $0.span.paragraph == 0 && $0.value == value }
    }

    func headlineEvent(title: String, body: String, value: Double) -> String? {
        headlineFigure(title: title, body: body, value: value)?.event
    }

    @Test(arguments: [
        (
            "Insurgents execute 14 children",
            "Fighters killed 14 children near the border on Monday, a rights group said.", 14.0,
            "killed"
        ),
        (
            "Police arrest 30 students at rally", "Officers detained 30 students outside the university on Friday.", 30,
            "detained"
        ),
    ])
    func aRestatedCountTakesTheBodysEvent(title: String, body: String, value: Double, event: String) {
        #expect(headlineEvent(title: title, body: body, value: value) == event, "\(title)")
    }

    func headlineSite(title: String, body: String, value: Double) -> String? {
        headlineFigure(title: title, body: body, value: value)?.site
    }

    @Test(arguments: [
        // The headline's site is what its own words name, even when the body names a town in it.
        ("Shelling kills 23 in eastern Ukraine", "Shelling killed 23 people in Donetsk on Monday, officials said.", 23.0, "Ukraine"),
        ("Rebels kill 9 in Mali", "Rebels killed 9 soldiers in the town of Taberkat in Gao region on Monday.", 9, "Mali"),
    ])
    func aRestatedCountKeepsItsOwnSite(title: String, body: String, value: Double, site: String) {
        #expect(TestData.bodyFigures(body).first { $0.value == value }?.site != nil, "\(body)")
        #expect(headlineSite(title: title, body: body, value: value) == site, "\(title)")
    }

    @Test func aRestatedCountInAnotherCountryKeepsItsSite() {
        let site = headlineSite(
            title: "Floods kill 40 in Kenya", body: "Floods killed 40 people in Kampala on Monday, officials said.",
            value: 40)
        #expect(site == "Kenya")
    }

    @Test(arguments: [
        // Another number, other people, or another harm: a headline of its own.
        ("Insurgents execute 14 children", "Fighters killed 15 children near the border on Monday.", 14.0, "executed"),
        ("Insurgents execute 14 prisoners", "Shelling injured 14 prisoners near the border on Monday.", 14, "executed"),
        ("Insurgents execute 14 prisoners", "Floods displaced 14 families near the border on Monday.", 14, "executed"),
    ])
    func anotherCountKeepsItsOwnEvent(title: String, body: String, value: Double, event: String) {
        #expect(headlineEvent(title: title, body: body, value: value) == event, "\(title)")
    }
}
