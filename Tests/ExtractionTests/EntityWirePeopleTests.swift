import Testing

@testable import Extraction

/// Wire copy's people, companies and capitalised common words: a surname opening a sentence before a
/// competitor verb, a player `of` a country, a company in capitals, a common word in capitals. Every
/// sentence here is written for these tests.
@Suite struct EntityWirePeopleTests {
    /// The wire tests' own article making and kind lookup.
    let wire = EntityWireTests()
    func entities(_ title: String, _ lines: [String]) -> [ExtractedEntity] { wire.entities(title, lines) }
    func kind(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? { wire.kind(name, in: found) }

    @Test func aSentenceStartBeforeBeatAndAPersonIsAPerson() {
        let found = entities(
            "Tennis",
            [
                "The second seed Ilse Marwick reached the semi-finals on Thursday.",
                "Dravnik beat Marwick 7-5 6-2 in the evening match .",
            ])
        #expect(kind("Ilse Marwick", in: found) == .person)
        #expect(kind("Dravnik", in: found) == .person)
    }

    @Test func aSentenceStartBeforeBeatAndATeamIsNoPerson() {
        let found = entities(
            "Soccer",
            [
                "The second seed Ilse Marwick reached the semi-finals on Thursday.",
                "Stordal beat Lisbon 2-0 in the late game .",
            ])
        #expect(kind("Stordal", in: found) != .person)
    }

    @Test func twoUnknownNameWordsOfACountryAreAPlayerAndTheCountry() {
        let found = entities(
            "Tennis",
            [
                "Gorvan Tesslik of Croatia knocked out the top seed on Friday .",
                "Defending Ruslan Bekir of Turkey lost in three sets .",
            ])
        #expect(kind("Gorvan Tesslik", in: found) == .person)
        #expect(kind("Croatia", in: found) == .place)
        #expect(kind("Ruslan Bekir", in: found) == .person)
        #expect(kind("Turkey", in: found) == .place)
        #expect(!found.contains { $0.name.hasPrefix("Defending") })
    }

    @Test func anOrganisationOfACountryStaysWhole() {
        let found = entities(
            "Banking",
            ["He met the governor of the Central Bank of Ireland on Friday ."])
        #expect(!found.contains { $0.name == "Central Bank" && $0.kind == .person })
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aCommonWordInCapitalsInsideProseIsNoName() {
        let found = entities(
            "Soccer",
            [
                "Fixtures for Saturday ( home team in CAPS ) :",
                "Results on Friday ( winners in BOLD ) :",
            ])
        #expect(!found.contains { $0.name == "CAPS" || $0.name == "Caps" })
        #expect(!found.contains { $0.name == "BOLD" || $0.name == "Bold" })
    }

    @Test func anAcronymInCapitalsInsideProseStaysAName() {
        let texts = [
            "Business", "The British Guild of Harp Makers ( BARD ) met in Brussels on Friday .",
            "But BARD said prices would rise .",
        ]
        let found = entities(texts[0], Array(texts.dropFirst()))
        let bard = found.first { $0.mentions.contains { words(of: $0, in: texts) == "BARD" } }
        #expect(bard?.mentions.filter { words(of: $0, in: texts) == "BARD" }.count == 2)
        #expect(kind("Brussels", in: found) == .place)
    }

    @Test func aCompanyInCapitalsKeepsItsSuffix() {
        let found = entities(
            "Chemicals",
            [
                "German chemicals group KORVEN AG said on Friday its profit rose .",
                "KORVEN said sales would rise , while VELDT HOLLAND NV fell .",
            ])
        let korven = found.first { $0.name == "KORVEN AG" }
        #expect(korven?.kind == .organization)
        #expect(korven?.mentions.count == 2)
        #expect(kind("VELDT HOLLAND NV", in: found) == .organization)
        #expect(!found.contains { $0.name == "AG" || $0.name == "NV" || $0.name == "Holland" })
    }

    @Test func wordsInCapitalsWithoutASuffixStaySeparate() {
        let found = entities("News", ["Viewers of the BBC NEWS bulletin saw it on Friday ."])
        #expect(!found.contains { $0.name.uppercased() == "BBC NEWS" })
    }

    @Test func aBattingLineNamesTheBatsmanFielderAndBowler() {
        let found = entities(
            "CRICKET - SCOREBOARD",
            [
                "Scoreboard on the first day of the match on Thursday :",
                "K. Marlowe c Trennick b Osgood 27",
                "P. Haldane lbw b Osgood 4",
                "D. Quist not out 51",
                "Extras ( lb-3 w-1 nb-2 ) 6",
                "Total ( for 2 wickets ) 88",
                "Fall of wickets : 1-31 2-40",
            ])
        for name in ["K. Marlowe", "Trennick", "Osgood", "P. Haldane", "D. Quist"] {
            #expect(kind(name, in: found) == .person, "\(name)")
        }
        #expect(!found.contains { ["Extras", "Total", "Fall"].contains($0.name) })
    }

    @Test func proseWithAScoreIsNoBattingLine() {
        // Words of prose between the name and the runs: no scorecard's layout to say who is named.
        let found = entities("Cricket", ["Sarrow was run out for 27 after lunch on Friday ."])
        #expect(!found.contains { $0.name == "Sarrow" })
    }
}
