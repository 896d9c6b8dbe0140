import ArticleModel
import Testing

@testable import Extraction

/// Words only an organisation takes around its name: someone speaks for it, founded it, runs its website.
@Suite struct EntityOrganizationRoleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    @Test func theOneASpokesmanSpeaksForIsAnOrganisation() {
        let found = entities(["A spokesman for Lumetra said the servers would stay open."])
        #expect(kind(found, "Lumetra") == .organization)
    }

    @Test func aSpokesmanOutweighsSaidElsewhere() {
        let found = entities([
            "Quorrel said on Tuesday that it would appeal.",
            "A spokeswoman for Quorrel declined to give a date.",
        ])
        #expect(kind(found, "Quorrel") == .organization)
    }

    @Test func whatSomeoneFoundedIsAnOrganisation() {
        let found = entities(["Anna Berg founded Vintrel in 2004 with two friends from college."])
        #expect(kind(found, "Vintrel") == .organization)
        #expect(kind(found, "Anna Berg") == .person)
    }

    @Test func aNameWithAWebsiteOrAFounderIsAnOrganisation() {
        let found = entities([
            "Visitors to Dravenko's website saw a blank page, and Ostrix's founder apologised."
        ])
        #expect(kind(found, "Dravenko") == .organization)
        #expect(kind(found, "Ostrix") == .organization)
    }

    @Test func aSpokesmanForAPersonLeavesThePerson() {
        let found = entities([
            "Maria Kessler will not run again.",
            "A spokesman for Kessler said she wanted more time with her family.",
            "A spokesman for Peter Halloran said the senator was resting.",
        ])
        #expect(kind(found, "Maria Kessler") == .person)
        #expect(kind(found, "Kessler") == nil)
        #expect(kind(found, "Peter Halloran") == .person)
    }
}

extension EntityOrganizationRoleTests {
    @Test func aNameCutShortBeforeAndSpeaksForNobody() {
        let found = entities([
            "A spokesman for Nordic Trade and Fisheries Commissioner Ingrid Dahl said the plan was fair."
        ])
        #expect(kind(found, "Nordic Trade") == nil)
    }
}

/// An organisation written before a title (`Carvantis President Tom Harlow`) names the title's holder's
/// employer, not his given name: the organisation named alone stays its own entity.
@Suite struct EntityOrganizationBeforeTitleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test(arguments: [
        [
            "Dealers sold 3,100 cars in May, according to Carvantis.",
            "\"Buyers wait,\" Carvantis President Tom Harlow said.",
            "Dealers sold 40,000 cars last year, according to Carvantis.",
        ],
        ["\"We grew,\" Orvelle Chief Executive Dana Pike said.", "Orvelle sold 900 bikes in June."],
    ])
    func theOrganisationBeforeATitleIsNoAliasOfThePerson(paragraphs: [String]) {
        let found = entities(paragraphs)
        let person = found.first { $0.kind == .person }
        #expect(person != nil)
        let organization = paragraphs[0].contains("Carvantis") ? "Carvantis" : "Orvelle"
        #expect(person?.aliases.contains(organization) == false)
    }

    @Test func aSurnameSpeltLikeATitleKeepsTheGivenName() {
        let found = entities([
            "The novelist Martin Major visited the harbour in May with the painter Helen Bishop.",
            "Martin said the trip was long, and Helen said the light was good.",
        ])
        #expect(!found.contains { $0.name == "Martin" || $0.name == "Helen" })
        #expect(found.first { $0.name == "Martin Major" }?.kind == .person)
        #expect(found.first { $0.name == "Helen Bishop" }?.kind == .person)
    }

    @Test func theGivenNameAfterAnOrganisationAndATitleIsIndexed() {
        let found = entities([
            "Orvelle President Dana Pike opened the plant.", "Dana said the plant would hire 200 people.",
        ])
        #expect(!found.contains { $0.name == "Dana" })
    }

    @Test func aFigureAccordingToTheOrganisationKeepsItsSource() {
        let article = Article(
            title: "Report",
            paragraphs: [
                "\"Buyers wait,\" Carvantis President Tom Harlow said.",
                "Dealers sold 40,000 cars last year, according to Carvantis.",
            ].map { Paragraph(kind: .body, text: $0) })
        let figure = TestData.extractor.extract(from: article).figures.first { $0.value == 40000 }
        #expect(figure?.source == "Carvantis")
    }
}
