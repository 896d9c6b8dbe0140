import ArticleModel
import Testing

@testable import Extraction

/// Names that went on past where a word used to cut them: a ministry of several portfolios, an official's
/// office, a club whose name ends in a weekday.
@Suite struct EntityCutNameTests {
    private func described(_ found: [ExtractedEntity]) -> String { "\(found.map { "\($0.name) \($0.kind)" })" }

    @Test func aMinistryOfSeveralPortfoliosIsOneBody() {
        let found = TestData.bodyEntities(
            "A spokesman for the Ministry of Mines, Water and Energy said the dam would open in June.")
        #expect(
            found.contains { $0.name == "Ministry of Mines, Water and Energy" && $0.kind == .organization },
            "\(described(found))")
        #expect(!found.contains { $0.name == "Ministry of Mines" })
    }

    @Test func aDepartmentOfPortfoliosWithASerialCommaIsOneBody() {
        let found = TestData.bodyEntities(
            "Officials at the Department for Housing, Transport, and Sport declined to comment on Friday.")
        #expect(
            found.contains { $0.name == "Department for Housing, Transport, and Sport" }, "\(described(found))")
    }

    @Test func aMinistryBeforeAListOfOtherNamesKeepsItsOwnName() {
        let found = TestData.bodyEntities(
            "The Ministry of Health, Oxfam and Unicef sent doctors to the camps on Monday.")
        #expect(found.contains { $0.name == "Ministry of Health" }, "\(described(found))")
    }

    @Test func anAttorneysOfficeForADistrictIsOneBody() {
        let found = TestData.bodyEntities(
            "The U.S. Attorney's Office for the Eastern District of Virginia said the man was charged on Monday.")
        #expect(
            found.contains {
                $0.name.hasSuffix("Attorney's Office for the Eastern District of Virginia") && $0.kind == .organization
            },
            "\(described(found))")
        #expect(!found.contains { $0.name == "Office for the Eastern District of Virginia" })
    }

    @Test func aSheriffsDepartmentIsAnOrganisation() {
        let found = TestData.bodyEntities("Deputies from the Pima County Sheriff's Department searched the canyon.")
        #expect(
            found.contains { $0.name == "Pima County Sheriff's Department" && $0.kind == .organization },
            "\(described(found))")
    }

    @Test func aClubNamedWithAWeekdayKeepsTheDay() {
        let found = TestData.bodyEntities("The striker scored twice as Sheffield Wednesday beat Hull at home.")
        #expect(
            found.contains { $0.name == "Sheffield Wednesday" && $0.kind == .organization }, "\(described(found))")
        #expect(!found.contains { $0.name == "Sheffield" })
    }

    @Test func aSecretaryOfStateOfSeveralPortfoliosMakesNoName() {
        let found = TestData.bodyEntities(
            "The Secretary of State for Ports, Rail and Transport, Marta Vell, has rounded on critics of the plan.")
        #expect(found.contains { $0.name == "Marta Vell" && $0.kind == .person }, "\(described(found))")
        #expect(!found.contains { $0.name.contains(",") }, "\(described(found))")
    }
}
