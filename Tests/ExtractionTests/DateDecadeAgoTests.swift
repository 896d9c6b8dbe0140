import ArticleModel
import Testing

@testable import Extraction

/// `a decade ago`, `two decades ago`: ten or twenty years before the page's year, read as `five years ago` is
/// (a year's grain; no value when the page has no date). Sentences written for these tests.
@Suite struct DateDecadeAgoTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    @Test(arguments: [
        ("The Kelvar mill closed a decade ago.", "a decade ago", "2010"),
        ("The bridge at Dornholm fell two decades ago.", "two decades ago", "2000"),
    ])
    func decadesAgo(text: String, words: String, year: String) {
        let found = dates(text)
        #expect(found.map(\.text) == [words], "\(found.map(\.text))")
        #expect(found.first?.value == year && found.first?.grain == .year)
    }

    @Test func aPageWithNoDateGivesNoValue() {
        let found = dates("The Kelvar mill closed a decade ago.", published: nil)
        #expect(found.map(\.text) == ["a decade ago"], "\(found.map(\.text))")
        #expect(found.first?.value == nil)
    }

    @Test func decadesAgoWithoutACountIsNoDate() {
        #expect(dates("The Kelvar mill closed decades ago.").isEmpty)
    }
}
