import Testing

@testable import Extraction

/// `scores of` is a vague plural, as `dozens of` is: twenty (a score), over. Results (`the scores of both
/// teams`) and the verb (`Roe scores twice`) are no number.
@Suite struct NumberScoresOfTests {
    func phrases(_ text: String) -> [NumberPhrase] {
        NumberParser().phrases(in: Tokenizer().tokens(in: text))
    }

    @Test(arguments: ["Troops killed scores of gunmen near Tarn.", "Scores of homes were destroyed."])
    func scoresOfIsOverTwenty(text: String) throws {
        let phrase = try #require(phrases(text).first, "\(text)")
        #expect(phrase.value == 20 && phrase.approx == .over && phrase.isVague, "\(text)")
    }

    @Test(arguments: [
        "Roe scores twice in the second half.", "The scores of both teams were level.",
        "They posted high scores of their own.", "The scores of Vesk and Tarn fell.",
    ])
    func scoresThatAreResultsAreNoNumber(text: String) {
        #expect(phrases(text).isEmpty, "\(text)")
    }

    @Test func tensOfThousandsIsOverTenThousand() throws {
        let phrase = try #require(phrases("Tens of thousands queued at the border.").first)
        #expect(phrase.value == 10_000 && phrase.approx == .over)
    }
}
