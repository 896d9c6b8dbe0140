import ArticleModel
import Testing

@testable import Extraction

/// A war's total that names nothing of its own takes, besides the war's start, the country whose
/// nationality names the war in the sentence before (`The Yemeni conflict broke out in 2011 …`) as its
/// earlier sentence's place; not a crisis of refugees named so.
@Suite struct FigureWarNationalityBeforeTotalTests {
    func figure(_ value: Double, in paragraphs: [String]) throws -> Figure {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return try #require(TestData.extractor.extract(from: article).figures.first { $0.value == value })
    }

    @Test func theWarsNationalityBeforeNamesTheTotalsCountry() throws {
        let text = [
            "The Yemeni conflict broke out in March 2011 and soon grew into a wider civil war. "
                + "More than 90,000 people have been killed and millions have fled, aid groups estimate."
        ]
        let total = try figure(90_000, in: text)
        #expect(total.period == "since March 2011")
        #expect(total.site == nil)
        #expect(total.earlierSite == "Yemen")
    }

    @Test func aCrisisNamedByANationalityNamesNoCountry() throws {
        let text = [
            "The Yemeni refugee crisis broke out in March 2011 as a wider civil war spread. "
                + "More than 90,000 people have been killed and millions have fled, aid groups estimate."
        ]
        #expect(try figure(90_000, in: text).earlierSite == nil)
    }
}
