import ArticleModel
import Testing

@testable import Extraction

/// A headline count that restates a body count of the same people takes the body's event, so that the
/// archive sees one incident reported twice rather than two incidents.
@Suite struct FigureRestatementTests {
    func headlineEvent(title: String, body: String, value: Double) -> String? {
        let article = Article(title: title, paragraphs: [Paragraph(kind: .body, text: body)])
        return TestData.extractor.extract(from: article).figures.first {
            $0.span.paragraph == 0 && $0.value == value
        }?.event
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
