import ArticleModel
import Testing

@testable import Extraction

/// A war's total that names nothing of its own takes, besides the war's start, the country whose
/// nationality names the war in the sentence before (`The Yemeni conflict broke out in 2011 …`) as its
/// earlier sentence's place; not a crisis of refugees named so, nor a nationality before a war the sentence
/// places itself (it names the side that fights there).
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

    @Test func aNationalityBeforeAWarWithPlacesNamesNoCountry() throws {
        let text = [
            "The American war in Chile and Peru began in 2014 and spread along the coast. "
                + "More than 10,000 people have been killed, local monitors estimate."
        ]
        let total = try figure(10_000, in: text)
        #expect(total.period == "since 2014", "\(total)")
        #expect(total.earlierSite == nil, "\(total)")
    }
}
