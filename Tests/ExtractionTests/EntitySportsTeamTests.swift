import ArticleModel
import Testing

@testable import Extraction

/// Sports teams are organisations when a result says so: a nickname after `the` beside a result verb or a
/// win-loss record, a name without `the` beside a result verb and a score; players in individual sports
/// stay people.
@Suite struct EntitySportsTeamTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        entities(paragraphs).first { $0.name == name }?.kind
    }

    @Test func aNicknameBesideAResultVerbIsATeam() {
        let text = ["The Pelicans beat the Grizzlies on a late basket, and the Grizzlies said little afterwards."]
        #expect(kind("Pelicans", in: text) == .organization)
        #expect(kind("Grizzlies", in: text) == .organization)
    }

    @Test func aNicknameBeforeAWinLossRecordIsATeam() {
        #expect(kind("Ravens", in: ["Next up for the Ravens (5-2) is a trip north."]) == .organization)
        // A pitcher's record after a person's name says nothing of a team.
        #expect(kind("Mary Pellwick", in: ["Mary Pellwick (3-4) pitched six innings."]) != .organization)
    }

    @Test func sidesOfAResultWithAScoreAreTeams() {
        let text = ["Morvale beat Castrith 2-0 in the league on Saturday."]
        #expect(kind("Morvale", in: text) == .organization)
        #expect(kind("Castrith", in: text) == .organization)
        #expect(kind("Dunmere", in: ["The visitors lost to Dunmere 31-17 on a wet night."]) == .organization)
    }

    @Test func aTownOnASideOfAResultWithAScoreIsItsClub() {
        let text = [
            "Southampton beat Norwich 3-1 on Saturday, and Norwich stay bottom.",
            "Derby drew with Bologna 1-1 in the friendly.",
        ]
        #expect(kind("Southampton", in: text) == .organization)
        #expect(kind("Norwich", in: text) == .organization)
        #expect(kind("Bologna", in: text) == .organization)
        // A country (or a home nation, a region to the gazetteer) is the national side, still a place; a
        // town with no score beside it stays a place.
        #expect(kind("Portugal", in: ["Portugal beat Estonia 2-0 in the qualifier."]) == .place)
        #expect(kind("Wales", in: ["Wales beat Estonia 2-0 in the qualifier."]) == .place)
        #expect(kind("Southampton", in: ["Southampton beat the odds to host the fair."]) == .place)
    }

    @Test func aTownBeforeAWordForItsPlayersOrStaffIsItsClub() {
        let text = [
            "Southampton striker Tom Hale was injured, and Norwich's keeper saved twice.",
            "Derby fans booed after Derby v Bologna ended goalless, and the Derby side left quickly.",
        ]
        #expect(kind("Southampton", in: text) == .organization)
        #expect(kind("Norwich", in: text) == .organization)
        #expect(kind("Derby", in: text) == .organization)
        // A country keeps its place; a research team in a town is no club.
        #expect(kind("Portugal", in: ["Portugal striker Tom Hale scored twice."]) == .place)
        #expect(kind("Derby", in: ["The Derby team reported its findings in a journal."]) == .place)
    }

    @Test func aDescribingWordOpeningTheSentenceBeforeAPlayersWordIsNoClub() {
        // An adjective's ending (`-ous`, `-ional`, `-less`) on the word that opens the sentence: it describes the player.
        #expect(kind("Industrious", in: ["Industrious winger Tom Hale was booked twice."]) == nil)
        #expect(kind("Motivational", in: ["Motivational skipper Ann Roe rallied the side."]) == nil)
        #expect(kind("Tireless", in: ["Tireless full-back Sam Ward ran all game."]) == nil)
    }

    @Test func aNameBeforeAWordForAClubsPlayersIsAClub() {
        // Names no list knows, and a given name, before a player's or a manager's position.
        #expect(kind("Chelsea", in: ["The Chelsea boss Tom Hale praised his players."]) == .organization)
        #expect(kind("Vesk Rovers", in: ["Vesk Rovers coach Tom Hale was sent off."]) == .organization)
        // A body's head alone is no club.
        #expect(kind("Committee", in: ["Committee chairman Tom Hale said the report was fair."]) == nil)
    }

    @Test func aCompetitionNamedByWhoPlaysInItIsNoOrganization() {
        let text = ["Vesk play Harlow in the Champions League, and the Six Nations starts next week."]
        #expect(kind("Champions League", in: text) == nil)
        #expect(kind("Six Nations", in: text) == nil)
        // Bodies of their members stay.
        #expect(kind("Arab League", in: ["The Arab League met on Monday."]) == .organization)
    }

    @Test func aTownWrittenAsAPlaceElsewhereStaysAPlace() {
        let text = [
            "Leeds beat Hull 3-0 on Saturday.",
            "On Sunday police arrested a man at a flat in Leeds.",
        ]
        #expect(kind("Leeds", in: text) == .place)
        #expect(kind("Hull", in: text) == .organization)
    }

    @Test func aVotesCountIsNoScore() {
        let text = ["London beat Paris 54-50 in the final round of voting to host the Games."]
        #expect(kind("London", in: text) == .place)
        #expect(kind("Paris", in: text) == .place)
    }

    @Test func aCollegeTeamKeepsItsStateWord() {
        let found = entities(["Kestrel State defeated Harlan State 24-17 in the opener."])
        #expect(found.first { $0.name == "Kestrel State" }?.kind == .organization)
        #expect(found.first { $0.name == "Harlan State" }?.kind == .organization)
        #expect(!found.contains { $0.name == "Kestrel" })
    }

    @Test func playersOfASportForOneStayPeople() {
        let text = [
            "Tomas Vrestik reached the final at the weekend.",
            "Vrestik beat Orlan Mesic 6-4, 6-3 to take the title.",
        ]
        #expect(kind("Tomas Vrestik", in: text) == .person)
        let tieBreak = ["Tomas Vrestik won.", "Vrestik beat Orlan Mesic 7-6 (7-2) 6-4 in the final."]
        #expect(kind("Orlan Mesic", in: tieBreak) != .organization)
        let frames = ["Peter Varnstow won the first frame.", "Varnstow beat Brandle 5-3 in the last eight."]
        #expect(kind("Peter Varnstow", in: frames) == .person)
    }

    @Test func aSurnameWithAScoreInAnotherSportIsNoTeam() {
        // No result verb: a score alone says nothing of who played.
        #expect(kind("Pellam", in: ["Pellam said the vote went 5-3 in the end."]) != .organization)
    }

    @Test func aGeneralVerbOfWinningSaysNoTeam() {
        func teamEvidence(_ text: String) -> EntityExtractor.Evidence? {
            let paragraph = AnalyzedArticle(Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)]))
                .paragraphs[1]
            return EntityExtractor(gazetteer: TestData.gazetteer)
                .teamEvidence(1..<2, in: paragraph, sentence: paragraph.sentences[0])
        }
        #expect(teamEvidence("The Vesks topped the Rich List for a third year.") == nil)
        #expect(teamEvidence("The Vesks stunned their neighbours with the sale.") == nil)
        #expect(teamEvidence("The Vesks defeated the Tarns on Saturday.")?.kind == .organization)
        #expect(teamEvidence("The Vesks topped the Tarns 3-1 on Saturday.")?.kind == .organization)
    }
}
