import ArticleModel
import Testing

@testable import Extraction

/// Parentheses after a name give its other names (`(SDF)`) and only those: a label the page gives it, a
/// place beside it or the team a player plays for is no alias, so two things sharing one stay apart.
@Suite struct EntityParentheticalNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aLabelEndingInALetterIsNoAlias() {
        let found = entities([
            "Norway (Group C): the hosts drew twice in the spring.",
            "Portugal (Group C): the visitors lost once at home.",
            "Peru (Pool B) won the opening game.",
        ])
        for country in ["Norway", "Portugal", "Peru"] {
            #expect(entity(found, country)?.aliases == [], "\(country)")
        }
        #expect(!found.contains { $0.aliases.contains("Group C") || $0.aliases.contains("Pool B") })
    }

    @Test func anotherKnownPlaceInParenthesesIsNoAlias() {
        let found = entities(["Fans travelled from Lisbon (Portugal) and from Bergen (Norway) for the final."])
        #expect(entity(found, "Lisbon")?.aliases == [])
        #expect(entity(found, "Bergen")?.aliases == [])
        #expect(entity(found, "Portugal")?.kind == .place)
    }

    @Test func aPlayersTeamIsNoAliasOfThePlayer() {
        let found = entities([
            "The coach said Tom Reddick (Harbour Rovers) scored twice, Ian Colvane (Harbour Rovers) scored once "
                + "and Sam Pettifer (Lakeside United) was hurt."
        ])
        for player in ["Tom Reddick", "Ian Colvane", "Sam Pettifer"] {
            #expect(entity(found, player)?.aliases == [], "\(player)")
        }
    }

    @Test func aOneWordNicknameStaysAnAlias() {
        let found = entities(["The singer Paul Marrick (Zavo) opened the show."])
        #expect(entity(found, "Paul Marrick")?.aliases.contains("Zavo") == true)
    }

    @Test func initialsAndAnotherSpellingStayAliases() {
        let found = entities([
            "The Northern Valley Alliance (NVA) took the town, and Abu Omar al-Tarni (Abu Omar al-Tarny) led it."
        ])
        #expect(entity(found, "Northern Valley Alliance")?.aliases.contains("NVA") == true)
        #expect(entity(found, "Abu Omar al-Tarni")?.aliases.contains("Abu Omar al-Tarny") == true)
    }
}
