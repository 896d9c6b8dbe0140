import ArticleModel
import Testing

@testable import Extraction

/// Words run onto a name that do not belong to it: post-nominals, a role after the name, a credit
/// word ending a headline, shouted page furniture, a second place after `for`; and towns written
/// with a separate Arabic article.
@Suite struct EntityTrailingWordTests {
    func entities(_ paragraphs: [String], headline: String = "Report") -> [ExtractedEntity] {
        let article = Article(title: headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func postNominalsStayOutOfThePersonsName() {
        let found = entities([
            "The plan was backed by Jane Doherty MSP, and Mark Lowe QC said the ruling would stand.",
            "Later Peter Walsh MEP joined them.",
        ])
        #expect(entity(found, "Jane Doherty")?.kind == .person)
        #expect(entity(found, "Mark Lowe")?.kind == .person)
        #expect(entity(found, "Peter Walsh")?.kind == .person)
        #expect(!found.contains { $0.name.hasSuffix(" QC") || $0.name.hasSuffix(" MSP") || $0.name == "QC" })
    }

    @Test func aRoleAfterTheNameIsSplitOff() {
        let found = entities(["Karim Souri Secretary General of the alliance condemned the raid. Souri spoke for an hour."])
        let person = entity(found, "Karim Souri")
        #expect(person?.kind == .person)
        #expect(person?.mentions.first?.role == "Secretary General")
        #expect(!found.contains { $0.name.contains("Secretary") })
    }

    @Test func aRoleAfterTheAcronymOfItsOrganisationIsSplitOff() {
        let found = entities(["Aid must reach the town now said Lena Oduya UNHCR Envoy in Loria."])
        #expect(entity(found, "Lena Oduya")?.kind == .person)
        #expect(entity(found, "Lena Oduya")?.mentions.first?.role == "UNHCR Envoy")
        #expect(!found.contains { $0.name.contains("Envoy") })
    }

    /// Office letters after a name are no organisation.
    @Test func aPostNominalBeforeARoleIsNoOrganisation() {
        let found = entities(["Later Lena Oduya MP Shadow Minister spoke."])
        #expect(!found.contains { $0.name == "MP" })
    }

    @Test func aOneWordSurnameThatIsATitleStays() {
        let found = entities(["The former prime minister John Major visited the school on Friday."])
        #expect(entity(found, "John Major")?.kind == .person)
    }

    @Test func aMonitorCreditEndingTheHeadlineIsNoOrganisation() {
        let found = entities(
            ["A shell hit a market in the old city of Mosul on Sunday, a monitoring group said."],
            headline: "Shelling kills 9 in Mosul Monitor")
        #expect(entity(found, "Mosul")?.kind == .place)
        #expect(!found.contains { $0.name.contains("Monitor") })
    }

    @Test func shoutedFurnitureIsNoPartOfAName() {
        let found = entities(["Watch our reports every day. SUBSCRIBE Channel Nine News for more."])
        #expect(!found.contains { $0.name.hasPrefix("SUBSCRIBE") })
    }

    @Test func onePlaceForAnotherIsTwoPlaces() {
        let found = entities([
            "The envoy left Geneva for Bern on Tuesday.",
            "Families left Kafr Nabudah for Tal Shihab after the shelling.",
        ])
        #expect(entity(found, "Geneva")?.kind == .place)
        #expect(entity(found, "Bern")?.kind == .place)
        #expect(entity(found, "Kafr Nabudah")?.kind == .place)
        #expect(entity(found, "Tal Shihab")?.kind == .place)
        #expect(!found.contains { $0.name.contains(" for ") })
    }

    @Test func anOrganisationsForStaysInItsName() {
        let found = entities(["The Committee for Public Safety met in the town hall."])
        #expect(entity(found, "Committee for Public Safety")?.kind == .organization)
    }

    @Test func aTownWithASeparateArabicArticleIsAPlace() {
        let found = entities(["Residents of Al Raqqa said the bridge over the river was hit twice."])
        #expect(entity(found, "Al Raqqa")?.kind == .place)
    }

    @Test func alAsAGivenNameStaysAPerson() {
        let found = entities(["The former vice president Al Gore spoke at the climate summit."])
        #expect(entity(found, "Al Gore")?.kind == .person)
    }
}

/// Names that reach over an initial, an `&`, a campus's `at` or a title before `of`; a surname opening a
/// sentence as a speaker; a person's name answering a question alone.
extension EntityTrailingWordTests {
    @Test func initialsOpeningANameBelongToIt() {
        let found = entities(["The church was founded by L. Ron Hubbard in 1953, and J. K. Rowling wrote about it."])
        #expect(entity(found, "L. Ron Hubbard")?.kind == .person)
        #expect(entity(found, "J. K. Rowling")?.kind == .person)
    }

    @Test func namesJoinedByAnAmpersandBeforeAHeadAreOneName() {
        let found = entities(["The plane goes to the Harwood Aviation & Space Museum in the spring."])
        #expect(entity(found, "Harwood Aviation & Space Museum") != nil)
        #expect(entity(found, "Harwood Aviation") == nil)
    }

    @Test func aUniversityKeepsItsCampus() {
        let found = entities(["She studied at the University of Maine at Farmington for two years."])
        #expect(entity(found, "University of Maine at Farmington")?.kind == .organization)
    }

    @Test func aTitledPersonOfAnOrganisationIsTwoNames() {
        let found = entities(["Professor Maria Lopez of Harbour State University led the study."])
        #expect(entity(found, "Maria Lopez")?.kind == .person)
        #expect(entity(found, "Harbour State University")?.kind == .organization)
        #expect(!found.contains { $0.name.hasPrefix("Professor") })
    }

    @Test func aSurnameOpeningASentenceBeforeASpeechVerbIsAPerson() {
        let found = entities(["Okonkwo spoke to reporters on Monday outside the court."])
        #expect(entity(found, "Okonkwo")?.kind == .person)
    }

    @Test func aPersonsNameAloneAsASentenceIsRead() {
        let found = entities(["Who would you most like to meet? Thomas Paine. He wrote clearly."])
        #expect(entity(found, "Thomas Paine")?.kind == .person)
    }
}

/// Abbreviated place words, adjectives opening headed names, post-nominals after a comma, and
/// products written with a version number.
extension EntityTrailingWordTests {
    @Test func anAbbreviatedSaintStaysInThePlacesName() {
        let found = entities(["The fair moved to St. Louis last year."])
        #expect(entity(found, "St. Louis")?.kind == .place)
    }

    @Test func anAdjectiveOpeningAHeadedNameStays() {
        let found = entities(["The national team visited the National Museum of Flight in the afternoon."])
        #expect(entity(found, "National Museum of Flight") != nil)
        #expect(entity(found, "Museum of Flight") == nil)
    }

    @Test func aPostNominalBetweenCommasIsNoName() {
        let found = entities(["The defence barrister, Ruth Okafor, QC, said the case was weak."])
        #expect(entity(found, "Ruth Okafor")?.kind == .person)
        #expect(entity(found, "QC") == nil)
    }

    @Test func aProductWithAVersionNumberIsNoPerson() {
        let found = entities([
            "Many offices still run Skyline Browser 6 at work, and Skyline Browser is losing users to rivals."
        ])
        #expect(!found.contains { $0.name.hasPrefix("Skyline Browser") })
    }

    @Test func aNumberCountingANounAfterANameLeavesTheName() {
        let found = entities(["Rebels fired at Tal Shihab 12 rockets on Sunday, and Dana Whitfield 3 goals later."])
        #expect(entity(found, "Tal Shihab")?.kind == .place)
    }
}

extension EntityTrailingWordTests {
    @Test func anOrganisationWithItsCountryBeforeItIsTheSameOrganisation() {
        let found = entities([
            "The UK Home Office published the letter on Monday.",
            "A spokesman said the Home Office would reply within a week.",
        ])
        let office = found.filter { $0.name.hasSuffix("Home Office") }
        #expect(office.count == 1)
        #expect(office.first?.kind == .organization)
    }
}

extension EntityTrailingWordTests {
    @Test func commonWordsJoinedByAndInsideOneHeadedNameStayOneName() {
        let found = entities(["The Water and Power Agency raised its prices in June."])
        #expect(entity(found, "Water and Power Agency")?.kind == .organization)
        #expect(entity(found, "Power Agency") == nil)
    }

    @Test func twoNamesJoinedByAndStayTwoNames() {
        let found = entities(["Fighting between Hezbollah and Syrian Army units went on all night."])
        #expect(entity(found, "Hezbollah")?.kind == .organization)
        #expect(!found.contains { $0.name.contains(" and ") })
    }

    @Test func aGenusBeforeItsSpeciesIsNoPerson() {
        let found = entities(["The team collected wild colonies of Myrmica rubra from old logs near Oslo."])
        #expect(entity(found, "Myrmica") == nil)
        #expect(entity(found, "Oslo")?.kind == .place)
    }
}

extension EntityTrailingWordTests {
    @Test func spellingsWithDoubledLettersOrTheArticleAreOnePlace() {
        let found = entities([
            "Air strikes hit Raqqa on Monday, the monitor said.",
            "Two more people were killed in Raqa on Tuesday, and shells fell on Al Raqqa again.",
        ])
        let places = found.filter { ["Raqqa", "Raqa", "Al Raqqa"].contains($0.name) }
        #expect(places.count == 1)
        #expect(places.first?.kind == .place)
    }
}

extension EntityTrailingWordTests {
    @Test func wordsBeforeALowercaseWorkHeadNameAWork() {
        let found = entities(["Dr Amira Haddad leads the Coastal Salt Intake study at the university in Perth."])
        #expect(!found.contains { $0.name.hasPrefix("Coastal Salt") })
        #expect(entity(found, "Amira Haddad")?.kind == .person)
    }
}

extension EntityTrailingWordTests {
    @Test func aPlaceBeforeAFunctionWordIsNoGenus() {
        let found = entities(["Floods displaced 9,000 people in Sylhet this week, and Sylhet versus Dhaka was cancelled."])
        #expect(entity(found, "Sylhet")?.mentions.count == 2)
    }
}

extension EntityTrailingWordTests {
    @Test func aMonitorCreditInTheHeadlinesCopyBeforeAnAgencyIsNoOrganisation() {
        let found = entities(
            ["Shelling kills 9 in Mosul Monitor group Reuters Sunday A shell hit a market in Mosul on Sunday."],
            headline: "Shelling kills 9 in Mosul Monitor group")
        #expect(entity(found, "Mosul")?.kind == .place)
        #expect(!found.contains { $0.name.contains("Monitor") })
    }

    @Test func aTitlesAbbreviationEndingARunBelongsToTheNextName() {
        let found = entities([
            "Ohio GOP Gov. Helen Marsh signed the bill, and Democratic Sen. Paul Grady voted against it.",
            "Later Marsh and Grady met reporters.",
        ])
        #expect(entity(found, "Helen Marsh")?.kind == .person)
        #expect(entity(found, "Paul Grady")?.kind == .person)
        #expect(!found.contains { $0.name.hasSuffix(" Gov") || $0.name.hasSuffix(" Sen") })
        #expect(!found.contains { $0.name == "Democratic" })
    }

    @Test func aTitlesAbbreviationBeforeASentenceOpenerStaysOut() {
        // The stop after `Gen.` is no title before a name when a sentence opener follows.
        let found = entities(["The order came from Brig. Gen. Omar Lutz. The brigade moved north."])
        #expect(entity(found, "Omar Lutz")?.kind == .person)
    }
}
