import ArticleModel
import Testing

@testable import Extraction

/// US newspaper style `Title Given [Initial.] Surname of Place`: the person and the place they represent
/// are two names; an organisation after `of` stays one.
@Suite struct EntityTitledPersonOfPlaceTests {
    func entities(_ paragraphs: [String], headline: String = "Report") -> [ExtractedEntity] {
        let article = Article(title: headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aTitledPersonWithAMiddleInitialOfAStateIsAPersonAndAPlace() {
        let found = entities([
            "Congressman Harold J. Linden of Ohio opposed the tariff bill. "
                + "Senator Marta K. Vance of Vermont said she would vote for it.",
            "The vote is expected next week.",
        ])
        #expect(entity(found, "Harold J. Linden")?.kind == .person)
        #expect(entity(found, "Marta K. Vance")?.kind == .person)
        #expect(entity(found, "Ohio")?.kind == .place)
        #expect(entity(found, "Vermont")?.kind == .place)
        #expect(!found.contains { $0.name.contains(" of ") })
    }

    @Test func aTitledPersonOfAKnownPlaceIsAPersonAndAPlace() {
        let found = entities([
            "Gov. Paula Stein of New Mexico said the budget was balanced.",
            "Congresswoman Nora Pell of South Dakota said the farm bill was late.",
            "Mayor Dwight Okafor of Cleveland agreed with her.",
        ])
        #expect(entity(found, "Paula Stein")?.kind == .person)
        #expect(entity(found, "New Mexico")?.kind == .place)
        #expect(entity(found, "Nora Pell")?.kind == .person)
        #expect(entity(found, "South Dakota")?.kind == .place)
        #expect(entity(found, "Dwight Okafor")?.kind == .person)
        #expect(entity(found, "Cleveland")?.kind == .place)
        #expect(!found.contains { $0.name.contains(" of ") })
    }

    @Test func anUntitledPersonWithAMiddleInitialOfAPlaceIsAPersonAndAPlace() {
        let found = entities(["Lawyers for Dennis R. Hale of Oregon filed the appeal on Monday."])
        #expect(entity(found, "Dennis R. Hale")?.kind == .person)
        #expect(entity(found, "Oregon")?.kind == .place)
    }

    @Test func aTitledPersonOfADistrictKeepsThePerson() {
        let found = entities(["Rep. Lionel Batts of the Fourth District voted against the measure."])
        #expect(entity(found, "Lionel Batts")?.kind == .person)
        #expect(!found.contains { $0.name.contains(" of ") })
    }

    @Test func aTitledPersonOfAnOrganisationStaysAPersonAndAnOrganisation() {
        let found = entities(["Dr. Irene Falk of Westbrook Medical Group said the results were early."])
        #expect(entity(found, "Irene Falk")?.kind == .person)
        #expect(entity(found, "Westbrook Medical Group")?.kind == .organization)
    }

    @Test func aPartyAndStateNoteAfterATitledNameLeavesThePerson() {
        let found = entities(["Sen. Marta Vance (R-Vermont) called the plan reckless."])
        #expect(entity(found, "Marta Vance")?.kind == .person)
        #expect(!found.contains { $0.name.contains("(") || $0.name.contains("R-") })
    }
}
