import ArticleModel
import Testing

@testable import Extraction

/// A genre's noun (`thriller`, `comedy`, `drama`, `biopic`) before capitalised words names a work: the
/// title is no person, place or organisation, even a town's name standing alone.
@Suite struct EntityGenreTitleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aDramasTitleIsNoPerson() {
        let found = entities([
            "She starred in the crime drama Vera Tollan, which ran for six years on Tarvan television."
        ])
        #expect(!found.contains { $0.name == "Vera Tollan" })
    }

    @Test func aComedysTitleIsNoPlace() {
        let found = entities(["His breakthrough came in the teen comedy Harlow Lane, a hit with young audiences."])
        #expect(!found.contains { $0.name.hasPrefix("Harlow") })
    }

    @Test func aBiopicsTitleEndingLikeAStreetIsNoPlace() {
        let found = entities(["Her first role was in the biopic Marrowby Road, about a miner's son."])
        #expect(!found.contains { $0.name.hasPrefix("Marrowby") })
    }

    @Test func aKnownCitysNameAfterAWorksNounAndACommaIsATitle() {
        let found = entities(["Critics loved the road movie Tampere, which opens in cinemas next month."])
        #expect(!found.contains { $0.name == "Tampere" })
    }

    @Test func aKnownCitysNameAfterAWorksNounAndByIsATitle() {
        let found = entities(["Her debut album Tampere by the Kelvar Quartet sold well in the winter."])
        #expect(!found.contains { $0.name == "Tampere" })
    }

    @Test func aKnownCityWhereAMovieWasShotStaysAPlace() {
        let found = entities(["The crew shot the road movie in Tampere, the producer said."])
        #expect(found.contains { $0.name == "Tampere" && $0.kind == .place })
    }
}
