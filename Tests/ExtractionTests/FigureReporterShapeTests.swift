import ArticleModel
import Testing

@testable import Extraction

/// Who reports a figure: a name before an aside that ends in a role (`Ann Roe, the group's health adviser,
/// said`), and no one for a subject that adds a count (`Roe added 18 points`).
@Suite struct FigureReporterShapeTests {
    func source(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.source
    }

    @Test func aNameBeforeARoleAsideReports() {
        let text = "Ann Roe, the group's health adviser, said a levy would fund 2,000 nurses."
        #expect(source(2000, in: text) == "Ann Roe")
    }

    /// A role before the organisation it serves, or an aside saying what the person leads.
    @Test(arguments: [
        "Ben Tull, the health adviser of the union, said the plan would hire 3,000 nurses.",
        "Ben Tull, a senior adviser at the ministry, said the plan would hire 3,000 nurses.",
        "Ben Tull, who heads the union, said the plan would hire 3,000 nurses.",
    ])
    func aNameBeforeAnAsideNamingItsRoleReports(text: String) {
        #expect(source(3000, in: text) == "Ben Tull", "\(text)")
    }

    /// An aside of a friend or of what the person did names no role.
    @Test(arguments: [
        "Ben Tull, a friend of the union, said the plan would hire 3,000 nurses.",
        "Ben Tull, who joined the union, said the plan would hire 3,000 nurses.",
    ])
    func aNameBeforeAnAsideOfNoRoleReportsNothing(text: String) {
        #expect(source(3000, in: text) == nil, "\(text)")
    }

    @Test func aNameBeforeAnAsideWithNoRoleReportsNothing() {
        let text = "Ann Roe, the group's old friend, said a levy would fund 2,000 nurses."
        #expect(source(2000, in: text) == nil)
    }

    @Test func addingPointsReportsNothing() {
        let text = "Roe added 18 points, and Kim had 11."
        #expect(source(18, in: text) == nil)
        #expect(source(11, in: text) == nil)
    }

    @Test func addingThatACountDiedStillReports() {
        #expect(source(5, in: "The Kelso Red Cross added 5 people were hurt in the blast.") == "Kelso Red Cross")
    }
}
