import ArticleModel
import Testing

@testable import Extraction

/// `Lead claimant, the Dornholm Pension Fund, announced …`: the name between commas after a short opening
/// description reports, not the verb's object (sentences written for these tests).
@Suite struct FigureOpeningAppositiveSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "Lead claimant, the Dornholm Pension Fund, announced the deal, adding that 14 of the trustees will pay $7m.",
        "Its biggest lender, Dornholm Pension Fund, confirmed the deal, adding that 14 of the trustees will pay $7m.",
    ])
    func theNameBetweenCommasReports(text: String) {
        let found = TestData.figures(["The Dornholm Pension Fund sued the trustees of Kelvar Mills in 2019.", text])
        #expect(source(of: 14, in: found) == "Dornholm Pension Fund", "\(described(found))")
        #expect(source(of: 7_000_000, in: found) == "Dornholm Pension Fund", "\(described(found))")
    }

    @Test func aPlaceOrATimeBeforeTheCommaIsNoDescription() throws {
        let found = TestData.figures([
            "The Dornholm Pension Fund sued the trustees of Kelvar Mills in 2019.",
            "In Marrowby, the Dornholm Pension Fund, announced the deal, adding that 14 of the trustees will pay $7m.",
        ])
        #expect(try figure(14, in: found).source != "Dornholm Pension Fund", "\(described(found))")
    }

    @Test func twoNamesBetweenTheCommasAreNoOneName() throws {
        let found = TestData.figures([
            "Lead claimants, Ann Vessory and the Dornholm Pension Fund, announced the deal, adding that 14 of the "
                + "trustees will pay $7m."
        ])
        #expect(try figure(14, in: found).source != "Dornholm Pension Fund", "\(described(found))")
    }
}
