import ArticleModel
import Testing

@testable import Extraction

/// Numbers that look like counts but are not: an age after `the age of`, a dashed test range from zero,
/// a model name; millions written `m` counted right; and units of area and volume named whole.
@Suite struct FigureNotACountTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    @Test func theAgeOfANumberIsAnAge() {
        let found = figures(["Four pupils under the age of seven fell ill in Leeds, the school said."])
        #expect(found.first { $0.value == 7 }.map { $0.kind == .age && $0.unit == "year" } == true)
        #expect(found.first { $0.value == 7 }?.site == nil)
        #expect(found.first { $0.value == 4 }?.unit == "pupil")
    }

    @Test func theAgesOfARangeAreAges() {
        let found = figures(["Residents between the ages of 30 and 45 were asked to register."])
        #expect(found.allSatisfy { $0.kind == .age }, "found \(found.map { ($0.value, $0.unit) })")
    }

    @Test func aDashedRangeFromZeroIsALabel() {
        let found = figures(["The coupe sprints 0-100 km/h in 3.9 seconds."])
        #expect(!found.contains { $0.value == 0 }, "found \(found.map { ($0.value, $0.unit) })")
        #expect(found.contains { $0.value == 3.9 && $0.unit == "second" })
    }

    @Test func aDashedRangeAboveZeroStays() {
        let found = figures(["Officials said 20-30 protesters were detained."])
        #expect(found.first?.value == 20 && found.first?.maxValue == 30)
    }

    @Test func aDottedModelNameCountsNothing() {
        let found = figures(["Sales of the ID.7 started slowly, the carmaker said."])
        #expect(found.isEmpty, "found \(found.map { ($0.value, $0.unit) })")
    }

    @Test func millionsWrittenMCountTheNounAfter() throws {
        let found = figures(["An estimated 2.4m Sikhs voted in the state, officials said."])
        let figure = try #require(found.first)
        #expect(abs(figure.value - 2_400_000) < 1e-3)
        #expect(figure.unit == "sikh")
    }

    @Test(arguments: [
        ("The tank holds 14.2 cubic metres of water.", "cubic metre"),
        ("The fire burnt 40 square kilometres of forest.", "square kilometre"),
        ("The flat has 650 square feet of floor.", "square foot"),
    ])
    func aShapeWordBelongsToTheUnit(_ sentence: String, _ unit: String) {
        let found = figures([sentence])
        #expect(found.first?.unit == unit, "found \(found.map { ($0.value, $0.unit) })")
        #expect(found.first?.kind == .distance)
    }

    @Test func aNegativePercentIsAFigure() {
        let found = figures(["Retail sales fell -0.4% in June, the statistics office said."])
        #expect(found.first.map { $0.value == -0.4 && $0.kind == .percent } == true)
    }

    @Test func aHyphenBetweenWordAndDigitsStillJoinsThem() {
        let found = figures(["The F-35 squadron flew 12 sorties from the base."])
        #expect(found.map(\.value) == [12])
    }

    @Test func aLengthHyphenatedToTheDigitsIsAMeasure() {
        let found = figures(["The studio installed a 98-inch display in the lobby."])
        #expect(found.first.map { $0.value == 98 && $0.unit == "inch" && $0.kind == .distance } == true)
    }

    // (A duration is a quantity the gold keeps, `a five-year conflict`, `near 10-year low`: a measure, no count.)
    @Test func aDurationHyphenatedToTheDigitsIsADurationNoCount() {
        let found = figures(["The club signed a 5-year deal with the striker."])
        #expect(found.map { "\($0.value) \($0.unit ?? "") \($0.kind)" } == ["5.0 year duration"])
    }
}
