import ArticleModel
import Testing

@testable import Extraction

/// Names that hold a possessive, `&`, `and` or a number inside, and seas named with a compass word: the
/// whole is one name when its own words back it up.
@Suite struct EntityNameBoundaryTests {
    func entities(_ paragraphs: [String], headline: String = "Report") -> [ExtractedEntity] {
        let article = Article(title: headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aPossessiveBeforeAnOrganisationsHeadStaysInItsName() {
        let found = entities([
            "A spokesman for the Lawyers' Christian Fellowship said the ruling was wrong.",
            "The Alzheimer's Society will fund the study, and the Teachers' Union agreed.",
        ])
        #expect(entity(found, "Lawyers' Christian Fellowship")?.kind == .organization)
        #expect(entity(found, "Alzheimer's Society")?.kind == .organization)
        #expect(entity(found, "Teachers' Union")?.kind == .organization)
        #expect(!found.contains { $0.name == "Christian Fellowship" || $0.name == "Alzheimer" })
    }

    @Test func aPlaceOrAPersonOwningAPartyIsNoPartOfItsName() {
        let found = entities([
            "Britain's Labour Party won the seat, and Tony Blair's Labour Party had won it before.",
            "Critics said Blair's Party had lost its way.",
        ])
        #expect(!found.contains { $0.name.contains("'s Labour") || $0.name.contains("'s Party") })
        #expect(entity(found, "Tony Blair")?.kind == .person)
    }

    @Test func aCompassWordAndASeaAreOnePlace() {
        let found = entities([
            "A tanker sank in the North Sea on Monday.",
            "Patrols in the South China Sea and the East China Sea were stepped up.",
        ])
        #expect(entity(found, "North Sea")?.kind == .place)
        #expect(entity(found, "South China Sea")?.kind == .place)
        #expect(entity(found, "East China Sea")?.kind == .place)
        #expect(!found.contains { $0.name == "North" || $0.name == "South China" })
    }

    @Test func aSeaWrittenWithItsCapitalIsNamedByTheWhole() {
        let found = entities([
            "Tankers waited in the Red Sea and crossed the Taiwan Strait, while the Hormuz strait stayed shut."
        ])
        #expect(entity(found, "Red Sea")?.kind == .place)
        #expect(entity(found, "Taiwan Strait")?.kind == .place)
        #expect(!found.contains { $0.name == "Red" })
        #expect(entity(found, "Hormuz")?.aliases.contains("Hormuz strait") == true)
    }

    @Test func aProvinceWordStaysOutOfThePlacesName() {
        let found = entities(["Families fled Anbar province on Sunday."])
        #expect(entity(found, "Anbar")?.aliases.contains("Anbar province") == true)
    }

    @Test func anAcronymThatSpellsBothSidesOfAndKeepsTheWholeName() {
        let found = entities([
            "The Qualifications and Curriculum Authority (QCA) published the rules. The QCA said they apply next year."
        ])
        let authority = entity(found, "Qualifications and Curriculum Authority")
        #expect(authority?.kind == .organization)
        #expect(authority?.aliases.contains("QCA") == true)
        #expect(!found.contains { $0.name == "Curriculum Authority" })
    }

    @Test func anAcronymThatSpellsAPlaceAfterInKeepsTheWholeName() {
        let found = entities([
            "Observers from the Council for Peace and Cooperation in Oceania ( CPCO ) said there were irregularities ."
        ])
        let council = entity(found, "Council for Peace and Cooperation in Oceania")
        #expect(council?.kind == .organization)
        #expect(council?.aliases.contains("CPCO") == true)
        #expect(entity(found, "Oceania") == nil)
    }

    @Test func aTitleAfterOfOpensAPersonNotMoreOfTheName() {
        let found = entities(["The ruling Civic Unity Party of President Ana Ruiz won most seats , officials said ."])
        #expect(entity(found, "Civic Unity Party")?.kind == .organization)
        #expect(entity(found, "Ana Ruiz")?.kind == .person)
        #expect(!found.contains { $0.name.hasSuffix(" of") })
    }

    @Test func aLeadersTitleWithNoNameAfterItStaysInTheName() {
        let found = entities(["The Department of Premier and Cabinet will review the plan , officials said ."])
        #expect(found.contains { $0.kind == .organization && $0.name.hasPrefix("Department of Premier") })
    }

    @Test func aSaintsPossessiveSpacedInWireCopyIsNoPerson() {
        let found = entities(["Fans packed St Anselms ' Park on Saturday , officials said ."])
        #expect(!found.contains { $0.kind == .person && $0.name.hasPrefix("St Anselms") })
    }

    @Test func anAmpersandBetweenTwoNamesIsAFirm() {
        let found = entities(["Procter & Gamble will cut jobs, and Marks & Spencer will not, said Anna Berg."])
        #expect(entity(found, "Procter & Gamble")?.kind == .organization)
        #expect(entity(found, "Marks & Spencer")?.kind == .organization)
    }

    @Test func lettersJoinedByAnAmpersandAreNoFirm() {
        let found = entities(["Spending on R&D rose while the Q&A went on, said Anna Berg."])
        #expect(!found.contains { $0.name.contains("&") })
    }

    @Test func aChannelsNumberIsPartOfItsName() {
        let found = entities(["She told BBC Radio 4 that the plan was sound, and Channel 4 News agreed."])
        #expect(entity(found, "BBC Radio 4")?.kind == .organization)
        #expect(entity(found, "Channel 4 News")?.kind == .organization)
        #expect(!found.contains { $0.name == "BBC Radio" })
    }
}
