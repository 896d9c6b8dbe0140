import ArticleModel
import Testing

@testable import Extraction

/// A capital described before its name in a sentence telling of an incident (`the Yemeni capital Tarvan`,
/// `the capital, Tarvan,`) is the place a later `the capital` means, as one named with an apposition is; not
/// one named where no incident happened, nor when the description's word differs.
@Suite struct FigureDescribedCapitalTests {
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
            "Rebel gunners shelled the Yemeni capital Tarvan overnight, residents said.",
            "Farmers near Kelvar reported heavy rain.",
            "A hospital director said nine people were killed in the capital.",
        ],
        [
            "Insurgents fired mortar bombs into the capital Tarvan late on Sunday.",
            "Doctors later said nine people had died across the capital.",
        ],
        [
            "Insurgents fired mortar bombs at the Yemeni capital Tarvan late on Sunday.",
            "Doctors later said nine people had died in the Yemeni capital.",
        ],
    ])
    func theCapitalIsTheOneDescribedBeforeItsName(paragraphs: [String]) {
        let found = figure(9, in: paragraphs)
        #expect(found?.site == nil, "\(paragraphs)")
        #expect(found?.earlierSite == "Tarvan", "\(paragraphs)")
    }

    @Test(arguments: [
        // Named where no incident happened.
        [
            "Envoys met for talks in the Yemeni capital Tarvan on Sunday.",
            "Doctors later said nine people had died across the capital.",
        ],
        // Another word describes the capital meant.
        [
            "Insurgents fired mortar bombs at the Yemeni capital Tarvan late on Sunday.",
            "Doctors later said nine people had died in the provincial capital.",
        ],
    ])
    func theCapitalStaysUnnamedOtherwise(paragraphs: [String]) {
        let found = figure(9, in: paragraphs)
        #expect(found != nil, "\(paragraphs)")
        #expect(found?.earlierSite == nil, "\(paragraphs)")
    }
}
