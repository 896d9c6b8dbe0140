import ArticleModel
import Testing

@testable import Extraction

/// Wire copy: headlines in capitals, datelines, results lines and tables, players listed with their
/// countries. Every sentence here is written for these tests.
@Suite struct EntityWireTests {
    func entities(_ title: String, _ lines: [String]) -> [ExtractedEntity] {
        let article = Article(title: title, paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    @Test func aCountryInParenthesesIsWhereAPlayerComesFrom() {
        let found = entities(
            "Tennis results",
            [
                "Petr Kovac (Czech Republic) beat Luis Ortega (Spain) 6-4 6-2 on the hard court.",
                "Kovac said he was pleased with his serve.",
            ])
        #expect(kind("Petr Kovac", in: found) == .person)
        #expect(kind("Luis Ortega", in: found) == .person)
        #expect(kind("Czech Republic", in: found) == .place)
        #expect(kind("Spain", in: found) == .place)
        #expect(!found.contains { $0.aliases.contains("Czech Republic") || $0.aliases.contains("Spain") })
    }

    @Test func namesInACapitalHeadlineFoldToTheBodysSpelling() {
        let texts = [
            "TENNIS - KOVAC ENDS VIENNA SAGA WITH WIN OVER HUNGARY",
            "Petr Kovac of the Czech Republic beat a Hungarian qualifier in Vienna on Wednesday.",
        ]
        let found = entities(texts[0], Array(texts.dropFirst()))
        let kovac = found.first { $0.name == "Petr Kovac" }
        #expect(kovac?.kind == .person)
        #expect(kovac?.mentions.contains { words(of: $0, in: texts) == "KOVAC" } == true)
        #expect(found.first { $0.name == "Vienna" }?.mentions.contains { words(of: $0, in: texts) == "VIENNA" } == true)
        #expect(kind("Hungary", in: found) == .place)
        // A town named like an English word is no name when it is written in capitals.
        #expect(!found.contains { $0.name == "Saga" })
    }

    @Test func aDatelineOpensWithPlaces() {
        let found = entities(
            "RUGBY - HOSTS HOLD ON",
            [
                "BEIT HANAN, Moravia Province 1997-04-02",
                "The hosts held on to win a tense qualifier in front of a small crowd on Wednesday.",
            ])
        let town = found.first { $0.name == "Beit Hanan" }
        #expect(town?.kind == .place)
        #expect(town?.aliases.contains("BEIT HANAN") == true)
        #expect(kind("Moravia Province", in: found) == .place)
    }

    @Test func aDatelineWithAMonthOpensWithAPlace() {
        let found = entities(
            "Markets steady", ["TALLINN Nov 4", "Share prices held steady in thin trade on Tuesday, dealers said."])
        #expect(kind("Tallinn", in: found) == .place)
    }

    @Test func resultsLinesNameTeamsAndCountries() {
        let found = entities(
            "SOCCER - LEAGUE RESULTS",
            [
                "Results of league matches on Saturday:",
                "Arsenal 2 Everton 1",
                "Leeds 3 Norwich 0",
                "Manchester United 1 Aston Villa 1",
                "Results of the friendly internationals:",
                "Kenya 21 Uganda 18",
                "Standings (tabulate under played, won, lost, points):",
                "Zimbabwe 3 3 0 9",
            ])
        for club in ["Arsenal", "Everton", "Leeds", "Norwich", "Manchester United", "Aston Villa"] {
            #expect(kind(club, in: found) == .organization, "\(club)")
        }
        for country in ["Kenya", "Uganda", "Zimbabwe"] {
            #expect(kind(country, in: found) == .place, "\(country)")
        }
    }

    @Test func playersWithTheirCountriesBeforeScores() {
        let found = entities(
            "GOLF - LEADING SCORES",
            [
                "Leading first-round scores on Thursday:", "Anders Holmqvist (Sweden) 68 70",
                "Kenji Watanabe (Japan) 69 71",
            ])
        #expect(kind("Anders Holmqvist", in: found) == .person)
        #expect(kind("Kenji Watanabe", in: found) == .person)
        #expect(kind("Sweden", in: found) == .place)
        #expect(kind("Japan", in: found) == .place)
    }

    @Test func aSignatureWithOneNumberIsNoResultsLine() {
        let found = entities("Notes", ["The council met on Monday to discuss the budget.", "MKT 11"])
        #expect(!found.contains { $0.name == "MKT" || $0.name == "Mkt" })
    }

    @Test func scorersInParenthesesAfterATeamsScore() {
        let found = entities(
            "SOCCER - CUP SUMMARY",
            [
                "Summary of the cup match played on Sunday:",
                "Halvard United 2 ( Lindqvist 23 , Moreau 56 ) Brekke 1 ( Aasen 80 ). Halftime 1-0.",
            ])
        #expect(kind("Halvard United", in: found) == .organization)
        #expect(kind("Brekke", in: found) == .organization)
        for player in ["Lindqvist", "Moreau", "Aasen"] { #expect(kind(player, in: found) == .person, "\(player)") }
        #expect(!found.contains { $0.name == "Halftime" })
    }

    @Test func aRunnersTimeIsAScore() {
        let found = entities(
            "ATHLETICS - RESULTS",
            [
                "Results of the women 's 10,000 metres on Tuesday :", "1. Anja Vehko ( Finland ) 31:04.18",
                "2. Ruth Chepkoech ( Kenya ) 31:09.77",
            ])
        #expect(kind("Anja Vehko", in: found) == .person)
        #expect(kind("Ruth Chepkoech", in: found) == .person)
        #expect(kind("Finland", in: found) == .place)
        #expect(kind("Kenya", in: found) == .place)
    }

    @Test func aYearOrAFigureInThousandsIsNoScore() {
        let found = entities("Facts", ["The district council published its figures .", "Population 1,500 Area 12.5"])
        #expect(!found.contains { $0.name == "Population" || $0.name == "Area" })
    }

    @Test func initialsGroundsAndConnectorsInACricketLine() {
        let found = entities(
            "CRICKET - SCORES",
            [
                "Close of play scores on Thursday :",
                "At Derby : Derbyshire 288 ( K. Barlow 77 , S. Penrose 51 ; J. Tolley 5-60 ) v Durham 40-1 .",
                "Hampshire 150 and 201-6 .",
            ])
        #expect(kind("Derby", in: found) == .place)
        for team in ["Derbyshire", "Durham", "Hampshire"] { #expect(kind(team, in: found) == .organization, "\(team)") }
        for player in ["K. Barlow", "S. Penrose", "J. Tolley"] {
            #expect(kind(player, in: found) == .person, "\(player)")
        }
    }

    @Test func aClubNamedLikeATownIsTheClubThroughoutTheReport() {
        let found = entities(
            "SOCCER - NANTES GO SECOND",
            ["Nantes went second with a late goal on Sunday .", "Result of the match on Sunday :", "Nantes 2 Bastia 1"])
        #expect(kind("Nantes", in: found) == .organization)
        #expect(kind("Bastia", in: found) == .organization)
    }

    @Test func anAgencyInParenthesesAfterADatelinePlaceIsItsCredit() {
        let found = entities(
            "Rates held",
            ["OSLO ( Reuters ) - Norway 's central bank left its rates unchanged on Thursday , as expected ."])
        #expect(kind("Oslo", in: found) == .place)
        #expect(kind("Reuters", in: found) == .organization)
        #expect(!found.contains { $0.aliases.contains("Reuters") && $0.name != "Reuters" })
        let credited = entities("Rates held", ["LIMA (AP) - The central bank left its rates unchanged on Thursday."])
        #expect(kind("Lima", in: credited) == .place)
        #expect(kind("Associated Press", in: credited) == .organization)
        let twoWords = entities("Rates held", ["PORT ELLIS (AP) — The harbour board met on Thursday."])
        #expect(kind("Port Ellis", in: twoWords) == .place)
        #expect(!twoWords.contains { $0.name == "PORT" || $0.name == "ELLIS" || $0.name == "Port" })
    }

    @Test func europeanCompanyFormsEndCompanies() {
        let found = entities(
            "Stocks", ["Dealers said Kestrel Mining Plc and Banco Arvela SA were firmer , and Halvik NV fell ."])
        for company in ["Kestrel Mining Plc", "Banco Arvela SA", "Halvik NV"] {
            #expect(kind(company, in: found) == .organization, "\(company)")
        }
    }

    @Test func sportsEventsAreNoOrganisations() {
        let found = entities(
            "Golf", ["Leading scores at the Dutch Open and at the Monaco Grand Prix were delayed by rain on Sunday ."])
        #expect(!found.contains { ["Dutch Open", "Prix", "Grand Prix", "Monaco Grand Prix"].contains($0.name) })
    }

    @Test func aRidersTeamAfterTheCountry() {
        let found = entities(
            "CYCLING - STAGE RESULTS",
            ["Leading results of the stage on Sunday :", "1. Anna Berg ( Norway ) Team Veloce 4:35:12"])
        #expect(kind("Anna Berg", in: found) == .person)
        #expect(kind("Norway", in: found) == .place)
        #expect(kind("Team Veloce", in: found) == .organization)
    }

    @Test func aNoteAfterAScoreNamesNothing() {
        let found = entities(
            "BASKETBALL - RESULTS", ["Results of games on Tuesday :", "Halden Hawks 101 Brekke 95 ( OT )"])
        #expect(kind("Halden Hawks", in: found) == .organization)
        #expect(kind("Brekke", in: found) == .organization)
        #expect(!found.contains { $0.name == "OT" || $0.name == "Ot" })
    }

    @Test func aSquadListNamesPeople() {
        let found = entities(
            "SOCCER - SQUAD",
            [
                "Italy named the following squad on Monday :", "Goalkeepers - Gianluca Bruni , Marco Fontana .",
                "Defenders - Paolo Rinaldi ; Stefano Conte ; Luca Moretti .",
            ])
        for player in ["Gianluca Bruni", "Marco Fontana", "Paolo Rinaldi", "Stefano Conte", "Luca Moretti"] {
            #expect(kind(player, in: found) == .person, "\(player)")
        }
        // A town that shares the player's surname is no place here.
        #expect(!found.contains { $0.name == "Fontana" })
    }

    @Test func aListOfPlacesIsNoSquad() {
        let found = entities("Travel", ["Stops on the tour :", "Places : Victoria Falls , Table Mountain ."])
        #expect(kind("Victoria Falls", in: found) == .place)
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aNameAndTheOfficeHeldIsNoList() {
        let found = entities(
            "Launch dates", ["The agency set the dates on Monday .", "Dana Whitcombe , ESA Administrator"])
        #expect(!found.contains { $0.name.hasSuffix("Administrator") })
    }

    @Test func aTownOfSeveralWordsInAStandingsTableIsItsTeam() {
        let found = entities(
            "BASEBALL - STANDINGS",
            [
                "Standings after games played on Wednesday :",
                "W L PCT GB",
                "NEW YORK 61 50 .550 -",
                "SAN DIEGO 58 53 .523 3",
                "CLEVELAND 52 59 .468 9",
            ])
        #expect(kind("New York", in: found) == .organization)
        #expect(kind("San Diego", in: found) == .organization)
        #expect(kind("Cleveland", in: found) == .organization)
        #expect(!found.contains { $0.kind == .place })
    }

    @Test func aCountryInAStandingsTableStaysAPlace() {
        let found = entities(
            "SOCCER - GROUP STANDINGS",
            [
                "Standings in group two after Wednesday's matches :",
                "NEW ZEALAND 3 2 1 0 5 2 7",
                "SOUTH KOREA 3 1 1 1 4 4 4",
            ])
        #expect(kind("New Zealand", in: found) == .place)
        #expect(kind("South Korea", in: found) == .place)
    }

    @Test func aLabelledListOfPlacesOrWordsIsNoLineUp() {
        let found = entities(
            "Guide",
            [
                "Venues : Wembley , Twickenham , Murrayfield , Cardiff , Croke Park .",
                "Sections - News , Sport , Weather , Shop , Earth , Travel .",
            ])
        #expect(kind("Cardiff", in: found) != .person)
        #expect(kind("Wembley", in: found) != .person)
        #expect(kind("Weather", in: found) != .person)
        #expect(kind("Travel", in: found) != .person)
        // A line-up with a surname that is also a town's (`Kettering`) still names its players.
        let team = entities(
            "Team news", ["Vesk - Drobny ; Halloran , Kettering , Moscardi , Pellew ; Tarrant , Okafor ."])
        #expect(kind("Pellew", in: team) == .person)
        // A squad's label names players, though most of the surnames are towns' or words.
        let subs = entities("Team news", ["Subs : Baker , Kettering , Weir , Ostrava , Pellew ."])
        #expect(kind("Weir", in: subs) == .person)
        #expect(kind("Pellew", in: subs) == .person)
    }

    @Test func aNumberedListsItemIsNoRankingRow() {
        let found = entities("List", ["1. Paris 3", "Visitors flock to Paris every spring."])
        #expect(kind("Paris", in: found) == .place)
    }

    @Test func aCountrysInitialsInARankingRowStayInCapitals() {
        let found = entities("Rankings", ["1. Helga Marsh ( UK ) 4,851", "2. Ana Ruiz ( Spain ) 3,913"])
        #expect(kind("United Kingdom", in: found) == .place)
        #expect(!found.contains { $0.name == "Uk" })
    }
}

