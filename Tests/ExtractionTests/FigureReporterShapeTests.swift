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
