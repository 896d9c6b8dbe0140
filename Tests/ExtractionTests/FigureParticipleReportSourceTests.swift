import ArticleModel
import Testing

@testable import Extraction

/// `The Dornholm Fund said … It joined the case in 2019, claiming it had lost $45m.`: a sentence whose
/// subject `It` reports by a participle reports for the body the sentence before credited (sentences written
/// for these tests).
@Suite struct FigureParticipleReportSourceTests {
    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    func described(_ found: [Figure]) -> String { "\(found.map { ($0.value, $0.source ?? "-") })" }

    @Test(arguments: [
        "It joined the case in December 2019, claiming it had lost $45m on its shares.",
        "It sued the firm in 2019, saying that it had lost $45m on its shares.",
    ])
    func itStandsForTheBodyTheSentenceBeforeCredited(text: String) {
        let found = TestData.figures([
            "The Dornholm Pension Fund said the hearing in Marrowby would start in May. " + text
        ])
        #expect(source(of: 45_000_000, in: found) == "Dornholm Pension Fund", "\(described(found))")
    }

    @Test func noBodyCreditedBeforeLeavesItUnnamed() {
        let found = TestData.figures([
            "The hearing in Marrowby would start in May. It joined the case in 2019, claiming it had lost $45m."
        ])
        #expect(source(of: 45_000_000, in: found) == nil, "\(described(found))")
    }

    @Test func aCountBeforeTheParticipleIsNotReported() {
        let found = TestData.figures([
            "The Dornholm Pension Fund said the hearing in Marrowby would start in May. It cut 300 jobs, saying "
                + "sales had fallen."
        ])
        #expect(source(of: 300, in: found) != "Dornholm Pension Fund", "\(described(found))")
    }
}
