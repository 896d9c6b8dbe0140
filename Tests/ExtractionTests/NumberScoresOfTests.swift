import Testing

@testable import Extraction

/// `scores of` is no figure (ANNOTATION.md lists it with `several`, `a few` and `many`), unlike `dozens of`;
/// `tens of thousands` is over ten thousand.
@Suite struct NumberScoresOfTests {
    func phrases(_ text: String) -> [NumberPhrase] {
        NumberParser().phrases(in: Tokenizer().tokens(in: text))
    }

    @Test(arguments: [
        "Troops killed scores of gunmen near Tarn.", "Scores of homes were destroyed.",
        "Roe scores twice in the second half.", "The scores of both teams were level.",
    ])
    func scoresIsNoNumber(text: String) {
        #expect(phrases(text).isEmpty, "\(text)")
    }

    @Test func dozensOfIsOverTwelve() throws {
        let phrase = try #require(phrases("Troops killed dozens of gunmen near Tarn.").first)
        #expect(phrase.value == 12 && phrase.approx == .over && phrase.isVague)
    }

    @Test func tensOfThousandsIsOverTenThousand() throws {
        let phrase = try #require(phrases("Tens of thousands queued at the border.").first)
        #expect(phrase.value == 10_000 && phrase.approx == .over)
    }
}
