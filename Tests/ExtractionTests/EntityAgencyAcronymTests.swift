import ArticleModel
import Testing

@testable import Extraction

/// A news agency's acronym that spells a town the gazetteer holds (`HILO`, `RUMA`) is the agency where it
/// reports, and an acronym in brackets after a place is no other name of the place unless it abbreviates it.
@Suite struct EntityAgencyAcronymTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], named name: String) -> ExtractedEntity? {
        found.first { $0.name == name || $0.aliases.contains(name) }
    }

    @Test(arguments: [
        "Six people drowned in Tarvo on Monday, HILO reported.",
        "Nine houses collapsed in Kelvan, according to HILO.",
        "The state news agency HILO said twelve fishermen were missing.",
        "HILO news agency said the bridge had been closed since Monday.",
    ])
    func anAcronymThatReportsIsAnAgencyNotTheTownItSpells(text: String) {
        let found = entities([text])
        #expect(entity(found, named: "HILO")?.kind == .organization, "\(text): \(found.map { ($0.name, $0.kind) })")
        #expect(!found.contains { $0.name == "Hilo" }, "\(text)")
    }

    @Test func aDatelineInCapitalsIsStillItsTown() {
        let found = entities(["HILO - Heavy rain closed the harbour on Monday."])
        #expect(entity(found, named: "Hilo")?.kind == .place, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func anAgencysCreditAfterADatelineIsNoOtherNameOfTheTown() {
        let found = entities(["BEIRUT (RUMA) - Five people were hurt when a gas cylinder exploded in a market."])
        let town = found.first { $0.name == "Beirut" }
        #expect(town?.kind == .place, "\(found.map { ($0.name, $0.kind, $0.aliases) })")
        #expect(!(town?.aliases.contains("RUMA") ?? false))
        #expect(entity(found, named: "RUMA")?.kind == .organization, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func anUnknownAcronymAfterADatelineIsNoOtherNameOfTheTown() {
        let found = entities(["BEIRUT (TNQ) - Five people were hurt when a gas cylinder exploded in a market."])
        let town = found.first { $0.name == "Beirut" }
        #expect(town?.kind == .place)
        #expect(!(town?.aliases.contains("TNQ") ?? false), "\(found.map { ($0.name, $0.kind, $0.aliases) })")
    }

    @Test func aKnownAgencyAfterADatelineInCapitalsIsNoOtherNameOfTheTown() {
        let found = entities(["BEIRUT (Xinhua) Five people were hurt when a gas cylinder exploded in a market."])
        #expect(!(found.first { $0.name == "Beirut" }?.aliases.contains("Xinhua") ?? false),
            "\(found.map { ($0.name, $0.kind, $0.aliases) })")
    }

    @Test func anAcronymAfterAPlaceItAbbreviatesIsItsOtherName() {
        let found = entities(["Exports from the United Arab Emirates (UAE) rose again in March."])
        let country = found.first { $0.name == "United Arab Emirates" }
        #expect(country?.aliases.contains("UAE") == true, "\(found.map { ($0.name, $0.kind, $0.aliases) })")
    }
}
