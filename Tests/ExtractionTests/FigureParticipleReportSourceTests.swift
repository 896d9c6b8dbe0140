import ArticleModel
import Testing

@testable import Extraction

/// `The Dornholm Fund said … It joined the case in 2019, claiming it had lost $45m.`: a sentence whose
/// subject `It` reports by a participle reports for the body the sentence before credited (sentences written
/// for these tests).
@Suite struct FigureParticipleReportSourceTests: FigureSourceChecks {
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

    @Test func noBodyCreditedBeforeLeavesItUnnamed() throws {
        let found = TestData.figures([
            "The hearing in Marrowby would start in May. It joined the case in 2019, claiming it had lost $45m."
        ])
        let figure = try #require(found.first { $0.value == 45_000_000 }, "\(described(found))")
        #expect(figure.source == nil, "\(described(found))")
    }

    @Test func aCountBeforeTheParticipleIsNotReported() throws {
        let found = TestData.figures([
            "The Dornholm Pension Fund said the hearing in Marrowby would start in May. It cut 300 jobs, saying "
                + "sales had fallen."
        ])
        let figure = try #require(found.first { $0.value == 300 }, "\(described(found))")
        #expect(figure.source != "Dornholm Pension Fund", "\(described(found))")
    }

    /// `It comes after rebels ambushed …, claiming …`: the participle is the rebels' report, not the body's.
    @Test func aSentenceTiedToAnotherEventIsNotTheBodysReport() throws {
        let found = TestData.figures([
            "The Kelvar defence ministry said 12 soldiers died. It comes after rebels ambushed a convoy near "
                + "Vessa, claiming they had killed 30."
        ])
        let figure = try #require(found.first { $0.value == 30 }, "\(described(found))")
        #expect(figure.source != "Kelvar defence ministry", "\(described(found))")
    }
}
