import ArticleModel
import Testing

@testable import Extraction

/// Institutions named without a head word: groups of countries by a letter and a number (`G7`), and
/// bodies named after `the` (`the Treasury`).
@Suite struct EntityInstitutionTests {
    func names(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    @Test(arguments: ["G7", "G20", "G-20"])
    func aGroupOfCountriesByALetterAndANumberIsAnOrganisation(_ group: String) {
        let found = TestData.bodyEntities("Finance ministers of the \(group) met in Vesk on Monday to discuss debts.")
        #expect(found.contains { $0.name.hasPrefix("G") && $0.kind == .organization }, "\(names(found))")
        #expect(found.contains { $0.name == "Vesk" }, "\(names(found))")
    }

    @Test func aLetterAndAnUnknownNumberNameNothing() {
        let found = TestData.bodyEntities("The G5 sensor was fitted to the Tarnmotor truck on Monday.")
        #expect(!found.contains { $0.name.hasPrefix("G") }, "\(names(found))")
    }

    @Test func theTreasuryIsAnOrganisation() {
        let found = TestData.bodyEntities("The plan was approved by the Treasury on Monday, officials in Vesk said.")
        #expect(found.contains { $0.name == "Treasury" && $0.kind == .organization }, "\(names(found))")
    }

    @Test func theCommonsIsTheHouseOfCommons() {
        let found = TestData.bodyEntities("The bill passed its second reading in the Commons on Tuesday.")
        #expect(found.contains { $0.name == "House of Commons" && $0.kind == .organization }, "\(names(found))")
    }
}
