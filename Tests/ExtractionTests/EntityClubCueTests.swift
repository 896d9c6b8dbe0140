import ArticleModel
import Testing

@testable import Extraction

/// A town's name is its club's when a competition, a transfer or a result at its ground speaks of it:
/// `meet X in the … Cup` (with a word of a game in the sentence), `signed a deal to join X`, `a 2-1 win at
/// X`, `X left-back`. A country stays a place (its national side), and a town with none of these beside it
/// stays a place.
@Suite struct EntityClubCueTests {
    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aTownBeforeACompetitionsNameIsItsClub() {
        let text = ["After a quiet month the Dornholm squad face Bergamo in the Kelvar Cup on Tuesday."]
        #expect(kind("Bergamo", in: text) == .organization)
        // A country there is its national side, a place; a town before any other `in the` stays a place.
        let country = ["After a quiet month the Dornholm squad face Portugal in the Kelvar Cup."]
        #expect(kind("Portugal", in: country) == .place)
        #expect(kind("Bergamo", in: ["Tom Hale grew up in Bergamo in the Tarvan valley."]) == .place)
        // A town after `at` (or `in`) is where the game is played: a place, though a competition follows.
        let ground = ["Both clubs are due to meet at Bergamo in the Kelvar League on Friday."]
        #expect(kind("Bergamo", in: ground) == .place)
    }

    @Test func aTownBeforeALeagueOfStatesOrNoGameStaysAPlace() {
        // No word of a game in the sentence, and a league of states: the city stays a place.
        #expect(kind("Tunis", in: ["Gulf states moved to suspend Tunis in the Arab League."]) == .place)
        // `League of …`: a body's name, though the sentence speaks of a club.
        let body = ["The club's chairman, Tom Hale, backed Bergamo in the League of Mayors vote."]
        #expect(kind("Bergamo", in: body) == .place)
    }

    @Test func aTownAPlayerMovesToIsItsClub() {
        #expect(kind("Ipswich", in: ["Keeper Tom Hale is set to join Ipswich on loan for a month."]) == .organization)
        let signed = ["Vessa sold Tom Hale in May and he signed a contract to join Oviedo."]
        #expect(kind("Oviedo", in: signed) == .organization)
        // (`to join X in …` may be a city's government joining another in something.)
        #expect(kind("Oviedo", in: ["The mayor is expected to join Oviedo in protesting the levy."]) == .place)
        // (A list of cities after `to join`, and no word of a transfer: places.)
        #expect(kind("Oslo", in: ["Tarvan is set to join Oslo, Madrid and Vienna in banning diesel cars."]) == .place)
    }

    @Test func aResultAtATownAfterACompetitionOrAScoreIsItsClub() {
        #expect(
            kind("Grimsby", in: ["Tom Hale was hurt during the Kelvar Cup defeat at Grimsby on Sunday."]) == .organization)
        let away = ["Marrowby Rovers recovered from a poor start to earn a 2-1 win at Lecce."]
        #expect(kind("Lecce", in: away) == .organization)
        // A tennis match's sets before it: the town where it was played.
        #expect(kind("Lecce", in: ["Ann Roe sealed a 6-4 6-3 win at Lecce on Saturday."]) == .place)
        // No competition and no score: a win at the town.
        #expect(kind("Lecce", in: ["The mayor hailed a famous win at Lecce for the region."]) == .place)
    }

    @Test func aTownBeforeAPlayersPositionIsItsClub() {
        let doubtful = ["Rotherham left-back Tom Hale is doubtful for the last six fixtures after a knee injury."]
        #expect(kind("Rotherham", in: doubtful) == .organization)
        #expect(kind("Harrogate", in: ["Harrogate right-back Ian Cole signed a new deal."]) == .organization)
    }
}
