import Testing

@testable import Extraction

/// Who issued a statement a quote is given to: a name right before `statement` (`a Kelvan Relief Union
/// statement said`), and `the charity` or `the group` for the one organisation the sentence before named
/// (sentences written for these tests).
@Suite struct QuoteIssuerShapeTests {
    @Test func theNameBeforeStatementIssuedIt() {
        let found = TestData.quotes([
            "\"We call on both sides to let the convoys through without delay\", a Kelvan Relief Union statement said."
        ])
        #expect(found.map(\.speaker) == ["Kelvan Relief Union"])
    }

    @Test func aPlaceBeforeStatementIssuedNothing() {
        let found = TestData.quotes([
            "\"We call on both sides to let the convoys through without delay\", a Tarvo statement said."
        ])
        #expect(found.allSatisfy { $0.speaker == nil })
    }

    @Test func theCharityIsTheOneOrganisationOfTheSentenceBefore() {
        let found = TestData.quotes([
            "Shelling hit a clinic in Tarvo on Monday, the Kelvan Relief Union has announced. \"Two nurses were "
                + "hurt when shells struck the clinic in the night\" the charity said in a statement."
        ])
        #expect(found.map(\.speaker) == ["Kelvan Relief Union"])
    }

    @Test func theCharityAfterTwoOrganisationsIsNoOne() {
        let found = TestData.quotes([
            "The Kelvan Relief Union and the Orvel Aid Network sent lorries to Tarvo on Monday. \"We need far more "
                + "tents before the winter comes,\" the charity said in a statement."
        ])
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
