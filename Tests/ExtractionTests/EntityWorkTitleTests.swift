import ArticleModel
import Testing

@testable import Extraction

/// The title of a work after the noun for it is no person, place or organisation, whatever its last word.
@Suite struct EntityWorkTitleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aTitleEndingLikeAPlaceAfterItsNounIsNoPlace() {
        let found = entities(["She wrote the book Marwick Street about her childhood in the docks."])
        #expect(!found.contains { $0.name.hasPrefix("Marwick") })
    }

    @Test func aShowsTitleIsNoPerson() {
        let found = entities(["The show Dockside Nights was cancelled after one season."])
        #expect(!found.contains { $0.name == "Dockside Nights" })
    }

    @Test func aBroadcastersSeriesTitleIsNoPerson() {
        let found = entities(["The BBC series Kenton Hall drew four million viewers."])
        #expect(!found.contains { $0.name == "Kenton Hall" })
        #expect(found.first { $0.name == "BBC" }?.kind == .organization)
    }

    @Test func aTeamPlayingAnotherStaysATeam() {
        let found = entities(["On Sunday Chelsea play Real Madrid in London."])
        #expect(found.contains { $0.name == "Real Madrid" })
    }
}
