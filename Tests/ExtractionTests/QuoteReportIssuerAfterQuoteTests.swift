import Testing

@testable import Extraction

/// `"…," said a report from the Kelvar Institute`: a report's, a study's or a statement's issuer named after
/// `from` or `by` speaks for it, after the quote as before it (sentences written for these tests).
@Suite struct QuoteReportIssuerAfterQuoteTests {
    @Test(arguments: [
        "\"Investors are largely pricing in a slow recovery of profits across the region,\" said a report from the Kelvar Institute.",
        "\"Investors are largely pricing in a slow recovery of profits across the region,\" said a new study by the Kelvar Institute.",
    ])
    func theIssuerAfterFromSpeaks(text: String) {
        let found = TestData.quotes([
            "The Kelvar Institute published its review of Tarvan markets on Monday.", text,
        ])
        #expect(found.map(\.speaker) == ["Kelvar Institute"])
    }

    @Test func aPlaceAfterFromIssuesNothing() {
        let found = TestData.quotes([
            "Farmers in Bolivia fear a third poor harvest in a row.",
            "\"The drought in the high valleys is far from finished,\" said a report from Bolivia.",
        ])
        #expect(found.allSatisfy { $0.speaker == nil }, "\(found.map(\.speaker))")
    }

    @Test func aReportAloneNamesNoOne() {
        let found = TestData.quotes([
            "\"Investors are largely pricing in a slow recovery of profits across the region,\" said a report."
        ])
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
