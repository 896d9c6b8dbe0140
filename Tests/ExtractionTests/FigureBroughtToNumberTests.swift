import ArticleModel
import Testing

@testable import Extraction

/// `brought to 31 the number of firms fined`: a bare number after `to` counts the noun of the `the number of`
/// phrase right after it.
@Suite struct FigureBroughtToNumberTests {
    @Test(arguments: [
        ("The ruling in Vessa brought to 31 the number of firms fined by the regulator.", 31.0, "firm"),
        ("The vote raised to 12 the number of armed groups banned in Tarvan.", 12, "group"),
    ])
    func theNumberCountsTheNounAfterIt(text: String, value: Double, unit: String) throws {
        let found = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(found.unit == unit, "\(text)")
    }

    @Test func aNumberWithoutThatPhraseBorrowsNothingFromIt() {
        let text = "Turnout rose to 64 percent, the number of voters said to be a record."
        let found = TestData.bodyFigures(text)
        #expect(found.contains { $0.value == 64 }, "\(text)")
        #expect(!found.contains { $0.unit == "voter" }, "\(text)")
    }
}
