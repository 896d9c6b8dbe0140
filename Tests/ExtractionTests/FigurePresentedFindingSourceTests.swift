import ArticleModel
import Testing

@testable import Extraction

/// `According to calculations presented to the council by Dr Ilsa Marrowby, …`: a finding laid before others
/// by its maker is the maker's report (sentences written for these tests).
@Suite struct FigurePresentedFindingSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "According to calculations presented to the Kelvar parliament by Dr Ilsa Marrowby in March, the drug may "
            + "be linked to as many as 9,000 deaths.",
        "Calculations presented by Dr Ilsa Marrowby in March show the drug may be linked to as many as 9,000 deaths.",
        "According to figures compiled by Ilsa Marrowby, the drug may be linked to as many as 9,000 deaths.",
    ])
    func theMakerReportsTheFinding(text: String) {
        let found = TestData.figures(["Ilsa Marrowby studied the drug for the Kelvar parliament.", text])
        #expect(source(of: 9000, in: found) == "Ilsa Marrowby", "\(described(found))")
    }

    @Test func aFindingCommissionedBySomeoneIsNotTheirs() throws {
        let found = TestData.figures([
            "Ilsa Marrowby studied the drug for the Kelvar parliament.",
            "According to calculations commissioned by Ilsa Marrowby, the drug may be linked to as many as 9,000 deaths.",
        ])
        #expect(try figure(9000, in: found).source != "Ilsa Marrowby", "\(described(found))")
    }

    @Test func aPresentedFindingWithNoVerbOfFindingIsNoReport() throws {
        let found = TestData.figures([
            "Ilsa Marrowby studied the drug for the Kelvar parliament.",
            "Calculations presented by Ilsa Marrowby were debated as 9,000 people marched outside.",
        ])
        #expect(try figure(9000, in: found).source != "Ilsa Marrowby", "\(described(found))")
    }
}
