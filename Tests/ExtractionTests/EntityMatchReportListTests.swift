import ArticleModel
import Testing

@testable import Extraction

/// The lists at the foot of a match report: a side's players as a paragraph of their own (the team's
/// name dropped), a squad's unused substitutes, the referee. Every sentence here is written for these tests.
@Suite struct EntityMatchReportListTests {
    func entities(_ lines: [String]) -> [ExtractedEntity] {
        let article = Article(
            title: "Kestrel Hill edge past Marrowby",
            paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name || $0.aliases.contains(name) }?.kind
    }

    let report = "The visitors took the lead before the break and held on through a long second half."

    @Test func aParagraphOfPlayersWithSubstitutesNamesPeople() {
        let found = entities([
            report,
            "Vessan, Orrick, Hennock, Bardle, Tolvey (Tamber 70), Quarne, Ostrik, Pellow, Drask (Fenwold 81), Marrin, Ruskel.",
            "Subs Not Used: Gandry, Loxer.",
        ])
        for name in ["Vessan", "Orrick", "Tolvey", "Tamber", "Drask", "Fenwold", "Ruskel", "Gandry", "Loxer"] {
            #expect(kind(name, in: found) == .person, "\(name)")
        }
    }

    @Test func aSquadLineMaySayItsPlayersWereNotUsed() {
        let found = entities([report, "Subs not used: Gandry, Loxer, Tembrel."])
        #expect(kind("Gandry", in: found) == .person)
        #expect(kind("Tembrel", in: found) == .person)
        // Its label's lowercase words are its only ones: a sentence goes on as prose.
        let prose = entities([report, "Subs: Gandry came on late and Loxer stayed on the bench."])
        #expect(kind("Loxer", in: prose) != .person)
    }

    @Test func aShortSquadLineOfPlainWordsNamesNobody() {
        let found = entities([report, "Subs: None."])
        #expect(!found.contains { $0.name == "None" })
    }

    @Test func theRefereeIsAPerson() {
        let labelled = entities([report, "Referee: T Varden (Kelmshire)"])
        #expect(kind("T Varden", in: labelled) == .person)
        let afterCrowd = entities([report, "Att: 31,200 Ref: J Morrance (Dornholm)."])
        #expect(kind("J Morrance", in: afterCrowd) == .person)
        let alone = entities([report, "P Quenby (Tarvan)."])
        #expect(kind("P Quenby", in: alone) == .person)
    }

    @Test func aParagraphOfWordsOrFewNamesIsNoLineUp() {
        let words = entities([report, "Politics, Business, Sport, Weather, Travel, Science, Health, Music."])
        for name in ["Politics", "Sport", "Weather", "Travel", "Health"] {
            #expect(kind(name, in: words) != .person, "\(name)")
        }
        // Four names alone are too few to tell a side's players from anything else.
        let short = entities([report, "Vessan, Orrick, Hennock, Bardle."])
        #expect(kind("Hennock", in: short) != .person)
        // Players with their clubs in parentheses, no minute: the clubs are no substitutes.
        let clubs = entities([
            report,
            "T Varden (Kelmshire), R Oskin (Dornholm), P Quenby (Tarvan), L Gandry (Vessa), M Loxer (Marrowby), "
                + "D Tembrel (Kelvar), J Orrick (Kestrel Hill).",
        ])
        #expect(kind("Dornholm", in: clubs) != .person)
        #expect(kind("Kelmshire", in: clubs) != .person)
        // A list of countries is no line-up.
        let countries = entities([report, "France, Germany, Italy, Spain, Portugal, Belgium, Austria."])
        #expect(kind("France", in: countries) == .place)
        // An initial before a plain word and a bracket is no referee.
        let show = entities([report, "X Factor (Kelvar)."])
        #expect(kind("X Factor", in: show) != .person)
    }
}

@Suite struct EntityInitialFormTests {
    func entities(_ lines: [String]) -> [ExtractedEntity] {
        let article = Article(
            title: "Kestrel Hill edge past Marrowby",
            paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func anInitialAndSurnameJoinTheOnePersonTheyFit() {
        let found = entities([
            "Tomas Varden refereed the match and waved play on before the visitors scored late.",
            "T Varden (Kelmshire).",
        ])
        let varden = found.filter { $0.name.hasSuffix("Varden") }
        #expect(varden.count == 1)
        #expect(varden.first?.name == "Tomas Varden")
    }

    @Test func anInitialThatFitsTwoPeopleStaysApart() {
        let found = entities([
            "Tomas Varden and his sister Tilda Varden both played in the second half at Marrowby.",
            "T Varden (Kelmshire).",
        ])
        #expect(found.contains { $0.name == "Tomas Varden" })
        #expect(found.contains { $0.name == "Tilda Varden" })
        #expect(found.contains { $0.name == "T Varden" })
    }
}
