import ArticleModel
import Testing

@testable import Extraction

/// Where and when someone was born or something was founded (`Born in 1950 in Marlow, …`) tells of a life
/// or a body: neither dates nor places a figure beside it.
@Suite struct FigureOriginClauseTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }
    }

    @Test(arguments: [
        "Born in 1948 in Aleppo, the colonel commanded 400 soldiers.",
        "The general, who was born on 2 June 1957 in Aleppo, led 400 soldiers.",
        "The militia, founded in 2012 in Aleppo, has 400 fighters.",
    ])
    func anOriginClauseGivesNoDateNorSite(text: String) throws {
        let count = try #require(figure(400, in: text), "\(text)")
        #expect(count.date == nil, "\(text)")
        #expect(count.site == nil, "\(text)")
    }

    @Test func theClausesOwnDayAndPlaceStay() throws {
        let count = try #require(figure(300, in: "Born in 1961 in Marlow, he led 300 soldiers into Saraqib on Sunday."))
        #expect(count.date == "2019-03-10")
        #expect(count.site == "Saraqib")
    }

    @Test func aDateClosingASincePhraseDatesNoIncident() throws {
        let text = "The blast, the first to hit the town since the start of the uprising in 2012, killed 14 guards."
        let guards = try #require(figure(14, in: text))
        #expect(guards.date == nil)
        let dated =
            "The blast, the first to hit the town since the start of the uprising in 2012, killed 14 guards on Sunday."
        #expect(try #require(figure(14, in: dated)).date == "2019-03-10")
    }

    @Test func aPlaceOfOriginIsNoEarlierSite() throws {
        let text = "The commander was born in Aleppo. Jets later killed 14 fighters."
        let fighters = try #require(figure(14, in: text))
        #expect(fighters.site == nil && fighters.earlierSite == nil)
    }
}
