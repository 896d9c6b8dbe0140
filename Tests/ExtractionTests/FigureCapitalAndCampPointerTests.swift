import ArticleModel
import Testing

@testable import Extraction

/// `the capital` in a sentence naming no place means the place a sentence shortly before called a capital
/// beside its name (`Tarvan, the capital of …`); without one it names no place the text gave. `the camp`
/// points back to the camp named before, as `the town` does to a town.
@Suite struct FigureCapitalAndCampPointerTests {
    /// The figure with `value` of an article whose body paragraphs are `paragraphs`.
    func figure(_ value: Double, in paragraphs: [String]) -> Figure? {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }
    }

    @Test(arguments: [
        [
            "Jets struck targets in Tarvan, the capital of the rebel state, on Monday.",
            "Residents said nine people were killed in the capital.",
        ],
        [
            "Gunmen stormed a bank in Tarvan, the provincial capital, overnight.",
            "Guards later raided homes across Kelvar province.",
            "Police said nine people were shot dead in the provincial capital.",
        ],
    ])
    func theCapitalIsThePlaceCalledSoBefore(paragraphs: [String]) {
        let found = figure(9, in: paragraphs)
        #expect(found?.site == nil, "\(paragraphs)")
        #expect(found?.earlierSite == "Tarvan", "\(paragraphs)")
    }

    @Test(arguments: [
        // Called no capital before.
        ["Jets struck targets in Tarvan on Monday.", "Residents said nine people were killed in the capital."],
        // Another capital than the one called so.
        [
            "Jets struck targets in Tarvan, the capital of Kelvar province, on Monday.",
            "Residents said nine people were killed in the Vessan capital.",
        ],
        // Two places called a capital.
        [
            "Jets struck targets in Tarvan, the capital of the north, and in Dornholm, the capital of the south, on Monday.",
            "Residents said nine people were killed in the capital.",
        ],
    ])
    func theCapitalStaysUnnamedOtherwise(paragraphs: [String]) {
        let found = figure(9, in: paragraphs)
        #expect(found != nil, "\(paragraphs)")
        #expect(found?.earlierSite == nil, "\(paragraphs)")
    }

    @Test func theCampIsTheCampNamedBefore() {
        let found = figure(6, in: ["Gunmen attacked the Maresk camp on Monday.", "Six people were killed in the camp."])
        #expect(found?.earlierSite?.hasPrefix("Maresk") == true)
    }

    @Test func theCampIsNoCityNamedBefore() {
        let found = figure(6, in: ["Jets struck the city of Dornholm on Monday.", "Six people were killed in the camp."])
        #expect(found != nil)
        #expect(found?.earlierSite == nil)
    }
}
