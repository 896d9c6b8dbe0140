import Testing

@testable import Extraction

/// A short title in quotation marks right before the noun it names (`the "Roads for All" campaign`) is a name,
/// not a quotation (sentences written for these tests).
@Suite struct QuoteTitleNameTests {
    @Test(arguments: [
        "Mara Tolvi said the \"Roads for All\" campaign had raised money for 300 families.",
        "Peter Vask said the firm's \"Music to Go\" programme would close in May.",
    ])
    func aTitleBeforeItsNounIsNoQuote(text: String) {
        #expect(TestData.quotes([text]).isEmpty, "\(text)")
    }

    @Test func aSloganBeforeItsChantersStaysAQuote() {
        // (No determiner before the marks: the crowd says the words.)
        let found = TestData.quotes(["\"Bread And Work\" crowds chanted outside, Mara Tolvi said."])
        #expect(!found.isEmpty)
    }

    @Test func aTitleCasePhraseBeforeAVerbStaysAQuote() {
        // (A verb after the marks: the words are said, not a name.)
        let found = TestData.quotes([
            "Mara Tolvi said the plan was \"Gone for Good and Done With\" and left the room."
        ])
        #expect(found.map(\.speaker) == ["Mara Tolvi"])
    }
}
