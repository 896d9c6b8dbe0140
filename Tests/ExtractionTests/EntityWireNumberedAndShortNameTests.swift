import ArticleModel
import Testing

@testable import Extraction

/// Wire copy's names beyond the body's runs: an acronym in a capital headline beside the full name the body
/// gives, a company's first word for its full form, a brewer's name, a band's or an index's name ending in
/// a number, and a player whose given name is a month's short form before a bracketed country. Every line
/// here is written for these tests.
@Suite struct EntityWireNumberedAndShortNameTests {
    func entities(_ title: String, _ lines: [String]) -> [ExtractedEntity] {
        let article = Article(title: title, paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity? {
        found.first { $0.name == name || $0.aliases.contains(name) }
    }

    @Test func aHeadlinesAcronymJoinsTheFullNameOfTheBody() {
        let found = entities(
            "HOCKEY - RESULTS OF KTL GAMES .",
            [
                "VESSBURG 1996-11-05",
                "Results of Kestrel Tarvan League games on Monday ( home team in CAPS ) :",
                "DORNHOLM 4 Maresk 2",
            ])
        let league = entity("Kestrel Tarvan League", in: found)
        #expect(league?.kind == .organization)
        #expect(league?.aliases.contains("KTL") == true)
        #expect(found.filter { $0.name == "KTL" }.isEmpty)
    }

    @Test func aHeadlinesCapitalWordOfTheLanguageJoinsNothing() throws {
        // `WIN` spells no name, though `Westholm Industrial Network` has those initials.
        let found = entities(
            "WESTHOLM WIN SAFETY AWARD .",
            ["Westholm Industrial Network said on Tuesday it had won an award for its plant in Dornholm ."])
        let network = try #require(entity("Westholm Industrial Network", in: found))
        #expect(!network.aliases.contains("WIN"))
    }

    @Test func aCompanysFirstWordNamesItAfterItsFullForm() throws {
        let found = entities(
            "DORNVIK TO BUY PLANT .",
            [
                "Dornvik Electronics Inc said on Monday it would buy a plant in Vessburg .",
                "Dornvik chairman Tomas Harlow said the plant would open next year .",
                "Shares of Dornvik rose on the Nasdaq .",
            ])
        let company = entity("Dornvik Electronics Inc", in: found)
        #expect(company?.kind == .organization)
        #expect(company?.aliases.contains("Dornvik") == true)
        #expect(found.filter { $0.name == "Dornvik" }.isEmpty)
        #expect(entity("Nasdaq", in: found)?.kind == .organization)
        #expect(entity("Tomas Harlow", in: found)?.kind == .person)
    }

    @Test func aGivenNameFirstWordStaysWithThePerson() throws {
        // `Walter` is a given name: it stays no short form of the company.
        let found = entities(
            "REPORT .",
            [
                "Walter Systems Corp said on Monday sales rose .",
                "Walter Brenn , its founder , said he was pleased .",
            ])
        let company = try #require(entity("Walter Systems Corp", in: found))
        #expect(!company.aliases.contains("Walter"))
        #expect(entity("Walter Brenn", in: found)?.kind == .person)
    }

    @Test func aBrewersNameIsACompanys() {
        let found = entities(
            "LONDON STOCKS .",
            ["Vessing rose 2.1 percent , and Maresk Brewing added 1.4 percent after a broker raised its forecasts ."])
        #expect(entity("Maresk Brewing", in: found)?.kind == .organization)
    }

    @Test func aBandsNameMayEndInANumber() {
        let found = entities(
            "MUSIC .",
            [
                "The band Kelvo 7 played in Leeds on Friday , and the band Tarnwell 12 are touring Spain .",
                "The rock band Dornwick cancelled its show .",
            ])
        #expect(entity("Kelvo 7", in: found)?.kind == .organization)
        #expect(entity("Tarnwell 12", in: found)?.kind == .organization)
        #expect(entity("Dornwick", in: found)?.kind == .organization)
    }

    @Test func anIndexsNameMayEndInANumber() {
        // The number stays in the name, and the index is no body: neither is stored.
        let found = entities(
            "MARKETS .",
            ["The Tarvex 40 index closed up 12 points , while the Vessburg bourse was shut ."])
        #expect(entity("Tarvex 40", in: found) == nil)
        #expect(entity("Tarvex", in: found) == nil)
        #expect(!found.contains { $0.name.last?.isNumber == true })
    }

    @Test func aNumberAfterANameElsewhereStaysOutOfIt() {
        let found = entities(
            "SOCCER .",
            [
                "Results on Saturday :",
                "Kelvar 2 Vessa 1",
                "The band played for 2 hours while Kelvar 3 fans waited .",
            ])
        #expect(!found.contains { $0.name.last?.isNumber == true })
    }

    @Test func aMonthsShortFormBeforeABracketedCountryIsAGivenName() {
        let found = entities(
            "TENNIS - RESULTS .",
            [
                "Doubles , quarter-finals",
                "Karel Ebnar ( Austria ) / Jan Sedlov ( Czech Republic ) beat Marek Howl ( Poland ) / Dirk Vaal"
                    + " ( Netherlands ) 6-4 6-4",
            ])
        #expect(entity("Jan Sedlov", in: found)?.kind == .person)
        #expect(entity("Karel Ebnar", in: found)?.kind == .person)
    }

    @Test func firmsListedAfterAPluralNounOfFirmsAreOrganisations() {
        let found = entities(
            "FILM .",
            [
                "The picture was made by the studios Kelvora and Tarnfield , and it opens on Friday .",
                "Rival labels Brakemoor , Holtvane and Quellis passed on the album .",
            ])
        for firm in ["Kelvora", "Tarnfield", "Brakemoor", "Holtvane", "Quellis"] {
            #expect(entity(firm, in: found)?.kind == .organization, "\(firm)")
        }
    }

    @Test func peopleListedWithoutCommasAreOnePersonEach() {
        let found = entities(
            "FILM .",
            [
                "The cast includes Anna Roeling Tom Halvard and Jim Vellin ."
            ])
        for person in ["Anna Roeling", "Tom Halvard", "Jim Vellin"] {
            #expect(entity(person, in: found)?.kind == .person, "\(person)")
        }
        #expect(entity("Anna Roeling Tom Halvard", in: found) == nil)
    }

    @Test func aNameOfTwoGivenNamesStaysWhole() {
        let found = entities("REPORT .", ["Mary Anne Vellin and Tom Halvard spoke at the meeting ."])
        #expect(entity("Mary Anne Vellin", in: found)?.kind == .person)
    }
}
