import ArticleModel
import Testing

@testable import Extraction

/// A part of a group counted before it (`including 14 children`, `eight of them children`) stores the
/// group as its whole and takes its event, so that no view counts it as an incident of its own.
@Suite struct FigurePartTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        ("Air strikes killed 56 civilians in the town, eight of them children.", 8.0, 56.0, "killed"),
        ("The blast killed 31 people, of whom 12 were children.", 12, 31, "killed"),
        ("Gunmen wounded 9 guards, among them 2 officers.", 2, 9, "injured"),
        ("The earthquake killed 40 people, including 11 children.", 11, 40, "killed"),
        ("Jets have carried out 325 raids since May, including 29 strikes in the past four days.", 29, 325, "launched"),
    ])
    func aPartStoresItsWhole(text: String, value: Double, whole: Double, event: String) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.of == whole, "\(text)")
        #expect(part.event == event, "\(text)")
    }

    @Test func aPartSaysWhatItCountsAfterThePronoun() {
        #expect(figure(8, in: "Air strikes killed 56 civilians in the town, eight of them children.")?.unit == "child")
    }

    @Test(arguments: [
        // Two counts side by side are no part and whole.
        ("Shelling killed 12 soldiers and wounded 30 civilians.", 30.0),
        ("Rebels killed 14 soldiers, and jets killed 5 rebels.", 5),
    ])
    func notAPart(text: String, value: Double) {
        #expect(figure(value, in: text)?.of == nil, "\(text)")
    }
}
