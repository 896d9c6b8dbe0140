import Testing

@testable import Extraction

/// Thousands grouped by spaces (`1 000`, `250 000`) are one number when the groups end in `000`; numbers that only
/// stand side by side stay apart.
@Suite struct NumberSpacedThousandsTests {
    func phrases(_ text: String) -> [NumberPhrase] {
        NumberParser().phrases(in: Tokenizer().tokens(in: text))
    }

    @Test(arguments: [
        ("More than 1 000 families fled the valley.", 1_000.0),
        ("Aid reached some 250 000 residents of Tarn.", 250_000),
        ("The census counted 3 400 000 people.", 3_400_000),
    ])
    func groupedThousandsAreOneNumber(text: String, value: Double) throws {
        let found = phrases(text)
        #expect(found.count == 1, "\(text)")
        let phrase = try #require(found.first)
        #expect(phrase.value == value, "\(text)")
    }

    @Test func approximationStillApplies() throws {
        let phrase = try #require(phrases("Nearly 40 000 homes lost power.").first)
        #expect(phrase.value == 40_000 && phrase.approx != .exact)
    }

    @Test(arguments: [
        ("Rebels took the 301 302 and 303 wells.", [301.0, 302, 303]),
        ("The carrier ordered 12 737-800 jets.", [12.0]),
        ("Of the 14 250 were released.", [14.0, 250]),
    ])
    func sideBySideNumbersStayApart(text: String, values: [Double]) {
        let found = phrases(text).map(\.value)
        #expect(Array(found.prefix(values.count)) == values, "\(text): \(found)")
    }
}
