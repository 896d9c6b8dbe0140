import ArticleModel
import Testing

@testable import Extraction

/// How a capitalised run splits into names, through the extractor: names whose separating commas were
/// lost, a nationality before a person, a role that runs on into a known name.
@Suite struct EntityNameSplittingTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func knownNamesRunTogetherSplitApart() {
        let found = entities(["Delegates from Saudi Arabia Turkey and Qatar met in Doha on Monday."])
        #expect(entity(found, "Saudi Arabia")?.kind == .place)
        #expect(entity(found, "Turkey")?.kind == .place)
        #expect(!found.contains { $0.name.contains("Arabia Turkey") })
    }

    @Test func aNationalityBeforeAPersonIsItsOwnName() {
        let found = entities(["The talks stalled, and American Kevin King was freed on Monday."])
        #expect(entity(found, "Kevin King")?.kind == .person)
        #expect(entity(found, "American")?.kind == .nationality)
    }

    @Test func aRoleRunningIntoAKnownNameNamesNobody() {
        let found = entities(["He met the President of Iran in Geneva on Monday."])
        #expect(entity(found, "Iran")?.kind == .place)
        #expect(!found.contains { $0.name.contains("President") || $0.kind == .person })
    }

    @Test func aPersonOfAnOrganisationIsTwoNames() {
        let found = entities([
            "Winners included Dana Reyes of NRP and Tomas Brandt of Harbour Party, and the Bank of Ireland stayed silent."
        ])
        #expect(entity(found, "Dana Reyes")?.kind == .person)
        #expect(entity(found, "NRP")?.kind == .organization)
        #expect(entity(found, "Tomas Brandt")?.kind == .person)
        #expect(entity(found, "Harbour Party")?.kind == .organization)
        #expect(entity(found, "Bank of Ireland")?.kind == .organization)
    }
}

extension EntityNameSplittingTests {
    @Test func aFirmWithAnAmpersandIsOneOrganisation() {
        let found = entities(["Gary Tasker, an economist at Holm & Sons, said Holm had cut its forecast."])
        #expect(entity(found, "Holm & Sons")?.kind == .organization)
        #expect(entity(found, "Gary Tasker")?.kind == .person)
    }
}

extension EntityNameSplittingTests {
    @Test func aHeadWithItsOfThePhraseIsOneName() {
        let found = entities([
            "The Organisation for the Prohibition of Chemical Weapons opened an inquiry, and the Fed held rates.",
            "In 2013 Valdoria joined the Convention on the Prohibition of Chemical Weapons.",
        ])
        #expect(entity(found, "Organisation for the Prohibition of Chemical Weapons")?.kind == .organization)
        #expect(entity(found, "Federal Reserve")?.kind == .organization)
        #expect(!found.contains { $0.name == "Convention" || $0.name == "Prohibition of Chemical" })
    }

    @Test func whoAfterANameMakesAPerson() {
        let found = entities(["The report was written by Okafor, who led the team."])
        #expect(entity(found, "Okafor")?.kind == .person)
    }
}

extension EntityNameSplittingTests {
    @Test func possessivesWithoutApostrophesFoldIntoTheName() {
        let found = entities([
            "Forces loyal to Bashar Assad advanced on Monday.",
            "Bashar Assads forces took the town, and in a journal paper Bos described it.",
            "The scientist Nick Bos disagreed, as did the Haqqani network.",
        ])
        #expect(entity(found, "Bashar Assad")?.aliases.contains("Bashar Assads") == true)
        #expect(!found.contains { $0.name == "Bashar Assads" || $0.name == "Bos" })
        #expect(entity(found, "Haqqani")?.kind == .organization)
    }
}

extension EntityNameSplittingTests {
    @Test func numberedSitesAndArabicNamesRunTogether() {
        let found = entities([
            "Engineers at the Three Gorges Dam met officials from Valdoria.",
            "Shells fell on al-Hamra al-Qusour and al-Midan district in the city.",
        ])
        #expect(entity(found, "Three Gorges Dam")?.kind == .place)
        #expect(!found.contains { $0.name == "Gorges Dam" || $0.name == "al-Hamra al-Qusour" })
        #expect(entity(found, "al-Hamra") != nil)
    }
}

extension EntityNameSplittingTests {
    @Test func aCountryBeforeANameWithItsArticle() {
        let found = entities(["Fighters of the Valdoria Al-Hamra Front withdrew, and France al-Midan Brigade followed."]
        )
        #expect(entity(found, "France")?.kind == .place)
        #expect(entity(found, "al-Midan Brigade")?.kind == .organization)
    }

    @Test func commonWordsAroundOfAreNoPerson() {
        let found = entities(["Critics called the book Ghost of Failure a triumph, Tomas Brandt said."])
        #expect(!found.contains { $0.name == "Ghost of Failure" })
    }
}
