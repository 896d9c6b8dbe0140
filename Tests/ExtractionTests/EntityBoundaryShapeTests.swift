import ArticleModel
import Testing

@testable import Extraction

/// Where names begin and end in shapes a capitalised run gets wrong: a possessive whose apostrophe was
/// lost, a possessive inside a court's or a saint's name, a portfolio between a title and a person, a
/// dateline town in capitals, a route between two places, works' titles and page labels.
@Suite struct EntityBoundaryShapeTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func names(_ found: [ExtractedEntity]) -> [String] { found.map(\.name) }

    // MARK: - Lost apostrophes

    @Test func anUnknownNamesLostPossessiveFoldsWhenTheArticleNamesItWithoutTheS() {
        let found = entities([
            "The Vardans regime shelled the northern suburbs on Tuesday night",
            "Forces loyal to Vardan had moved north before dawn, residents said",
        ])
        #expect(!found.contains { $0.name == "Vardans" }, "\(names(found))")
    }

    @Test func aNameEndingInSStaysWhenNoFormWithoutItIsNamed() {
        let found = entities([
            "Officials in Hastings said the Davis family had left",
            "Residents of Hastings market towns were told to stay home",
        ])
        #expect(found.contains { $0.name == "Hastings" }, "\(names(found))")
        #expect(!found.contains { $0.name == "Hasting" })
    }

    @Test func aKnownOrganisationsLostPossessiveSplitsFromTheNationalityAfterIt() {
        let found = entities([
            "Fighters from al Qaedas Syrian offshoot entered the town on Monday, the monitor said",
            "No group claimed the raid",
        ])
        #expect(found.contains { $0.name == "al-Qaeda" || $0.name == "al Qaeda" }, "\(names(found))")
        #expect(!found.contains { $0.name.contains("Qaedas") }, "\(names(found))")
        #expect(!found.contains { $0.kind == .person })
    }

    // MARK: - Possessives inside names

    @Test func aMagistratesCourtIsOneName() {
        let found = entities(["He appeared at Dunmore Magistrates' Court on Monday and was remanded."])
        #expect(!found.contains { $0.kind == .person }, "\(names(found))")
        #expect(found.contains { $0.name == "Dunmore Magistrates' Court" }, "\(names(found))")
    }

    @Test func aMagistratesCourtWithApostropheSIsOneName() {
        let found = entities(["The case was heard at Dunmore Magistrate's Court last week."])
        #expect(!found.contains { $0.kind == .person }, "\(names(found))")
    }

    @Test func aSaintsPossessiveAloneNamesNoSaint() {
        let found = entities(["The novel was first published by St. Crispin's in 1999, he said."])
        #expect(!found.contains { $0.name.contains("Crispin") && $0.kind == .place }, "\(names(found))")
        #expect(!found.contains { $0.name == "St. Crispin" || $0.name == "Saint Crispin" })
    }

    // MARK: - Titles and portfolios

    @Test func aPortfolioAfterTheTitlesOfIsNoPartOfThePersonsName() {
        let found = entities(["Chief Inspector of Prisons Maria Lund said the wing was unsafe."])
        #expect(found.contains { $0.name == "Maria Lund" && $0.kind == .person }, "\(names(found))")
        #expect(!found.contains { $0.name.hasPrefix("Prisons") })
    }

    @Test func aPortfolioOfTwoWordsBeforeAHyphenatedGivenName() {
        let found = entities(["Deputy Director of Public Prosecution Eva-Lotte Brandt declined to comment."])
        #expect(found.contains { $0.name == "Eva-Lotte Brandt" && $0.kind == .person }, "\(names(found))")
    }

    // MARK: - Datelines and routes

    @Test func aDatelineTownInCapitalsBeforeAStateIsOnePlace() {
        let found = entities(["NEW HARTFORD, N.Y. (Reuters) - Police closed the bridge on Monday after the flood."])
        #expect(found.contains { $0.name == "New Hartford" && $0.kind == .place }, "\(names(found))")
        #expect(!found.contains { $0.name == "NEW" || $0.name == "HARTFORD" || $0.name == "Hartford" })
    }

    @Test func theEndsOfARouteJoinedByAHyphenNameNoPerson() {
        let found = entities(["Troops closed the Berkane-Tafoughalt highway on Monday."])
        #expect(!found.contains { $0.kind == .person }, "\(names(found))")
    }

    @Test func anAgencysCreditAfterADatelineIsNoOtherNameForTheTown() {
        let found = entities(["KARVELA (Sputnik) - Shelling hit the town on Friday, officials said."])
        #expect(!found.contains { $0.name == "KARVELA" && $0.kind == .organization }, "\(names(found))")
        #expect(found.contains { $0.name == "Sputnik" && $0.kind == .organization }, "\(names(found))")
    }

    // MARK: - Works

    @Test func aTitleOpeningWithAVerbsIngFormIsNoPerson() {
        let found = entities(["Her novel sold well; Growing Up Crooked did not, her agent said."])
        #expect(!found.contains { $0.kind == .person && $0.name.contains("Crooked") }, "\(names(found))")
    }

    @Test func aTitleAfterInTheBeforeAWritingVerbIsNoPlace() {
        let found = entities(["In The Salt Meadow, she writes about her mother's farm."])
        #expect(!found.contains { $0.name.contains("Salt Meadow") }, "\(names(found))")
    }

    @Test func aPlaceAfterInTheStays() {
        let found = entities(["In The Hague, she met the court's president on Monday."])
        #expect(found.contains { $0.name.contains("Hague") }, "\(names(found))")
    }

    // MARK: - Page labels

    @Test func aTimeZoneBeforeAClockTimeNamesNoCountry() {
        let found = entities(["Last Update: Friday 3 May 2013 KSA 02:10 - GMT 23:10", "Troops entered Homs on Friday."])
        #expect(!found.contains { $0.name == "Saudi Arabia" }, "\(names(found))")
        #expect(found.contains { $0.name == "Homs" })
    }

    @Test func editorsBeforeAnAgencysStandardsTrailerAreNamed() {
        let found = entities([
            "The army said it would strike if barrel bombs were used again. Reporting by Ann Roe; Editing by "
                + "Kofi Tolliver and Susan Brandt "
                + "Our Standards:The Wire Trust Principles."
        ])
        #expect(found.contains { $0.name == "Kofi Tolliver" }, "\(names(found))")
        #expect(found.contains { $0.name == "Susan Brandt" }, "\(names(found))")
        #expect(!found.contains { $0.name.contains("Standards") || $0.name.contains("Wire") }, "\(names(found))")
    }
}
