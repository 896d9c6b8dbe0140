import ArticleModel
import Testing

@testable import Extraction

/// A line that gives a game's result and nothing else names its two sides: `Kelvar 2-1 Dornholm` as a
/// headline or a line of its own, `Kelvar 4, Dornholm 1:` opening a round-up's paragraph. Countries stay
/// the national sides' places; a one-word side that is a player's surname in the article stays unstored
/// as a team.
@Suite struct EntityScoreLineTests {
    func entities(headline: String, body: [String]) -> [ExtractedEntity] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .headline, text: headline)] + body.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, headline: String, body: [String]) -> ExtractedEntity.Kind? {
        entities(headline: headline, body: body).first { $0.name == name }?.kind
    }

    @Test func theSidesOfAHeadlineScoreLineAreTeams() {
        let body = ["The hosts scored twice after the break to win a scrappy game in the rain."]
        #expect(kind("Kelvar Rovers", headline: "Kelvar Rovers 2-1 Dornholm", body: body) == .organization)
        #expect(kind("Dornholm", headline: "Kelvar Rovers 2-1 Dornholm", body: body) == .organization)
    }

    @Test func aCountryInAScoreLineStaysAPlace() {
        let body = ["The visitors led at the break but faded in the last quarter."]
        #expect(kind("Portugal", headline: "Portugal 17-28 Vessa Harlequins", body: body) == .place)
        #expect(kind("Vessa Harlequins", headline: "Portugal 17-28 Vessa Harlequins", body: body) == .organization)
    }

    @Test func aTownOfTwoWordsOpeningOnAGivenNameIsItsClub() {
        let body = ["The visitors were sharper all afternoon and deserved the three points."]
        #expect(kind("Milton Keynes", headline: "Kelvar Albion 0-2 Milton Keynes", body: body) == .organization)
    }

    @Test func aLineOfItsOwnIsAScoreLine() {
        let body = ["Tarvan Albion 0-3 Maresk", "A poor display left the home fans quiet long before the end."]
        #expect(kind("Tarvan Albion", headline: "Report", body: body) == .organization)
        #expect(kind("Maresk", headline: "Report", body: body) == .organization)
    }

    @Test func aRoundUpParagraphOpeningWithBothScoresNamesItsSides() {
        let body = [
            "Wardens 4, Lanterns 1: Tom Marsk scored twice and the Wardens pulled clear in the third period."
        ]
        #expect(kind("Wardens", headline: "Round-up", body: body) != .person)
        #expect(kind("Lanterns", headline: "Round-up", body: body) == .organization)
    }

    @Test(arguments: [
        "Article 5, Paragraph 2: the Vessa council must publish its budget every spring.",
        "Chapter 3, Section 1: tenants in Kelvar may appeal a rent rise within a month.",
    ])
    func aNumberedPartOfATextIsNoScoreLine(text: String) {
        let found = entities(headline: "Rules", body: [text])
        for name in ["Article", "Paragraph", "Chapter", "Section"] {
            #expect(!found.contains { $0.name == name }, "\(name)")
        }
    }

    @Test func nicknamesThatAreCommonPluralsAreStillTeams() {
        let body = [
            "Hawks 3, Herons 2: Lena Vorst scored in overtime and the Hawks moved level with the Herons at the top."
        ]
        #expect(kind("Herons", headline: "Round-up", body: body) == .organization)
    }

    @Test func aPlayersSurnameInAScoreLineIsNoTeam() {
        let body = ["Ann Dorvik won the last three frames, and Kim Hallet could not answer in the decider."]
        #expect(kind("Dorvik", headline: "Dorvik 5-3 Hallet", body: body) != .organization)
        #expect(kind("Hallet", headline: "Dorvik 5-3 Hallet", body: body) != .organization)
    }

    @Test func aSentenceWithMoreThanAScoreIsNoScoreLine() {
        let body = ["Kelvar 2-1 Dornholm was the score when the lights failed at the ground."]
        #expect(kind("Dornholm", headline: "Report", body: body) != .organization)
    }
}
