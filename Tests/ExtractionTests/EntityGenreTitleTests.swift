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

    @Test func aKnownTownsNameAfterAGenreIsATitle() {
        let found = entities(["The actor's next film, the supernatural thriller Constantine, opens in March."])
        #expect(!found.contains { $0.name == "Constantine" })
    }

    @Test func aKnownTownWhereAThrillerWasShotStaysAPlace() {
        let found = entities(["The crew shot the thriller in Constantine, the producer said."])
        #expect(found.contains { $0.name == "Constantine" && $0.kind == .place })
    }
}
