import ArticleModel
import Testing

@testable import Extraction

/// A town's name is its club's when a competition, a transfer or a result at its ground speaks of it:
/// `meet X in the … Cup`, `to join X`, `a 2-1 win at X`, `X left-back`. A country stays a place (its
/// national side), and a town with none of these beside it stays a place.
@Suite struct EntityClubCueTests {
    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aTownBeforeACompetitionsNameIsItsClub() {
        let text = ["The holders face Bergamo in the Kelvar Cup next week after a quiet month."]
        #expect(kind("Bergamo", in: text) == .organization)
        // A country there is its national side, a place; a town before any other `in the` stays a place.
        #expect(kind("Portugal", in: ["The holders face Portugal in the Kelvar Cup next week."]) == .place)
        #expect(kind("Bergamo", in: ["Tom Hale grew up in Bergamo in the Tarvan valley."]) == .place)
        // A town after `at` (or `in`) is where the game is played: a place, though a competition follows.
        #expect(kind("Bergamo", in: ["The two sides will meet at Bergamo in the Kelvar League on Friday."]) == .place)
    }

    @Test func aTownAPlayerMovesToIsItsClub() {
        #expect(kind("Ipswich", in: ["Keeper Tom Hale is set to join Ipswich on loan for a month."]) == .organization)
        #expect(kind("Oviedo", in: ["Tom Hale left the club in May, only to join Oviedo."]) == .organization)
        // (`to join X in …` may be a city's government joining another in something.)
        #expect(kind("Oviedo", in: ["The mayor is expected to join Oviedo in protesting the levy."]) != .organization)
    }

    @Test func aResultAtATownAfterACompetitionOrAScoreIsItsClub() {
        #expect(
            kind("Grimsby", in: ["Tom Hale was hurt during the Kelvar Cup defeat at Grimsby on Sunday."]) == .organization)
        #expect(kind("Lecce", in: ["The leaders snatched a late 2-1 win at Lecce on Saturday."]) == .organization)
        // A tennis match's sets before it: the town where it was played.
        #expect(kind("Lecce", in: ["Ann Roe sealed a 6-4 6-3 win at Lecce on Saturday."]) != .organization)
        // No competition and no score: a win at the town.
        #expect(kind("Lecce", in: ["The mayor hailed a famous win at Lecce for the region."]) == .place)
    }

    @Test func aTownBeforeAPlayersPositionIsItsClub() {
        #expect(kind("Rotherham", in: ["Rotherham left-back Tom Hale could miss the rest of the season."]) == .organization)
        #expect(kind("Harrogate", in: ["Harrogate right-back Ian Cole signed a new deal."]) == .organization)
    }
}
