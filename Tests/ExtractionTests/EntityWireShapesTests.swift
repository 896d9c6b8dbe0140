import ArticleModel
import Testing

@testable import Extraction

/// Wire copy's layouts that name people and sides by where they stand: scorers lines, a ranking's row
/// with one time, a player before a country in parentheses, the United Kingdom's nations as sides, and
/// company forms of the Nordic countries. Every line here is written for these tests.
@Suite struct EntityWireShapesTests {
    func entities(_ title: String, _ lines: [String]) -> [ExtractedEntity] {
        let article = Article(title: title, paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name || $0.aliases.contains(name) }?.kind
    }

    @Test func aScorersLineNamesItsPlayersAndItsSides() {
        let found = entities(
            "SOCCER - VESSA DRAW IN GRAZ",
            [
                "Vessa drew with Austria's under-21 side in a warm-up match on Tuesday .",
                "Scorers : Austria - Brenndorfer 12 , Ostaller 70 ; Vessa - Kaldun 44",
                "Austria - Hemmerle ( 81st minute )",
                "Vessa - Tarnik ( 30th , 88th pen )",
            ])
        for player in ["Brenndorfer", "Ostaller", "Kaldun", "Hemmerle", "Tarnik"] {
            #expect(kind(player, in: found) == .person, "\(player)")
        }
        #expect(kind("Austria", in: found) == .place)
        #expect(kind("Vessa", in: found) == .organization)
    }

    @Test func substitutionsAreNoScorersLine() {
        let found = entities(
            "RUGBY UNION - TEAMS",
            [
                "The home side made two changes late in the game .",
                "Replacements : Brenner for Tarvik ( 61 ) , Ostaller for Kaldun ( 70 )",
            ])
        #expect(!found.contains { $0.name.contains(" for ") })
    }

    @Test func resultsAndTablesAreNoScorersLines() {
        let found = entities(
            "SOCCER - LEAGUE TABLE",
            [
                "Results of the weekend 's matches :",
                "Kelvar 2 Vessa 1",
                "Standings :",
                "Kelvar 5 3 1 1 9 4 10",
                "Vessa 5 2 1 2 7 7 7",
            ])
        #expect(kind("Kelvar", in: found) == .organization)
        #expect(kind("Vessa", in: found) == .organization)
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aRankingRowWithOneTimeNamesItsAthlete() {
        let found = entities(
            "ATHLETICS - RESULTS IN OSLO",
            [
                "Results of an evening meeting on Thursday :",
                "Men 's 400 metres hurdles",
                "1. Tomas Rendvik ( Norway ) 48.06",
                "2. Kofi Ansaldo ( Ghana ) 48.51",
            ])
        #expect(kind("Tomas Rendvik", in: found) == .person)
        #expect(kind("Kofi Ansaldo", in: found) == .person)
        #expect(kind("Norway", in: found) == .place)
        #expect(kind("Ghana", in: found) == .place)
    }

    @Test func aPlayerNamedLikeTwoTownsBeforeACountryIsAPerson() {
        let found = entities(
            "TENNIS - QUALIFYING RESULTS",
            [
                "Results from the final qualifying round on Sunday :",
                "Ron Holt ( U.S. ) beat Pieter Vosloo ( South Africa ) 6-2 7-5",
                "Dana Holt ( U.S. ) beat Ines Carrow ( Ireland ) 6-1 6-4",
            ])
        #expect(kind("Ron Holt", in: found) == .person)
        #expect(kind("Dana Holt", in: found) == .person)
        #expect(!found.contains { $0.name == "Ron" || $0.name == "Dana" || $0.name == "Holt" })
        #expect(kind("United States", in: found) == .place)
    }

    @Test func theUnitedKingdomsNationsInATableArePlaces() {
        let found = entities(
            "RUGBY UNION - CHAMPIONSHIP TABLE",
            [
                "Standings in the championship after Saturday 's games :",
                "Wales 3 3 0 0 70 31 6",
                "Scotland 3 1 0 2 40 52 2",
                "Kent 3 1 0 2 35 44 2",
            ])
        #expect(kind("Wales", in: found) == .place)
        #expect(kind("Scotland", in: found) == .place)
        // A county stays its club.
        #expect(kind("Kent", in: found) == .organization)
    }

    @Test func aNordicCompanyFormMakesAnOrganisation() {
        let found = entities(
            "Results",
            [
                "Paper maker Korvala Oyj reported a weaker third quarter on Tuesday .",
                "Korvala said pulp prices had fallen .",
                "Truck maker Vesko AB said orders rose .",
            ])
        #expect(kind("Korvala Oyj", in: found) == .organization)
        #expect(kind("Vesko AB", in: found) == .organization)
    }

    @Test func leadingScorersRowsNamePlayersAndTheirClubs() {
        let found = entities(
            "SOCCER - LEADING SCORERS",
            [
                "Leading scorers in the first division after the weekend 's games :",
                "9 - Joris Wendel ( Kelvar )",
                "8 - Anton Brekke ( Vessa ) , Lucas Ferrin ( Brenvik )",
                "6 - Tarvelli ( Maresk )",
            ])
        for player in ["Joris Wendel", "Anton Brekke", "Lucas Ferrin", "Tarvelli"] {
            #expect(kind(player, in: found) == .person, "\(player)")
        }
        for club in ["Kelvar", "Vessa", "Brenvik", "Maresk"] {
            #expect(kind(club, in: found) == .organization, "\(club)")
        }
    }

    @Test func aNoteAfterTheScoresKeepsTheResultsLine() {
        let found = entities(
            "SOCCER - CUP RESULT",
            [
                "Result of a cup replay on Tuesday :",
                "Tarvik 1 Olden 1 ( Tarvik win 5-4 on penalties )",
            ])
        #expect(kind("Tarvik", in: found) == .organization)
        #expect(kind("Olden", in: found) == .organization)
    }

    @Test func theSideYetToBatEndsAScoresLine() {
        let found = entities(
            "CRICKET - CLOSE OF PLAY",
            [
                "Close of play score on the first day on Wednesday :",
                "Vessa 301-6 ( K. Holloway 121 , P. Rennick 40 ) v Kelvar",
            ])
        #expect(kind("K. Holloway", in: found) == .person)
        #expect(kind("P. Rennick", in: found) == .person)
        #expect(kind("Vessa", in: found) == .organization)
        #expect(kind("Kelvar", in: found) == .organization)
    }

    @Test func aTitleBeforeAnOrganisationsHeadOpensTheBodysName() {
        let found = entities(
            "Results",
            ["Results of Major League Baseball games played on Tuesday were delayed by rain in the east ."])
        #expect(kind("Major League Baseball", in: found) == .organization)
        #expect(!found.contains { $0.kind == .person })
        // A form of address or a rank before a surname titles a person, whatever the surname.
        let person = entities("Talks", ["\"We were not warned ,\" Mr Cross said on Tuesday ."])
        #expect(!person.contains { $0.name.contains("Cross") && $0.kind == .organization })
        // A role closing the run names nobody.
        let role = entities("Talks", ["Ann Tarvo, the State Department Spokesperson, said talks would go on ."])
        #expect(!role.contains { $0.kind == .organization })
    }
}
