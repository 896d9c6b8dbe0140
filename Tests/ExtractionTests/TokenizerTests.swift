import Testing

@testable import Extraction

/// The tokenizer's words, numbers and marks, with their offsets and spacing.
@Suite struct TokenizerTests {
    private func texts(_ text: String) -> [String] { Tokenizer().tokens(in: text).map(\.text) }

    @Test func numbersKeepInnerSeparatorsButNotAFinalStop() {
        #expect(texts("1,200 and 3.5.") == ["1,200", "and", "3.5", "."])
        #expect(Tokenizer().tokens(in: "2bn").map(\.kind) == [.number, .word])
    }

    @Test func wordsKeepInnerJoinersAndInitialisms() {
        #expect(texts("al-Assad don't U.S. e.g. A. Smith") == ["al-Assad", "don't", "U.S.", "e.g.", "A", ".", "Smith"])
        #expect(texts("self- made") == ["self", "-", "made"])
    }

    @Test func possessivesSplitOffWithTheirOffsets() {
        let tokens = Tokenizer().tokens(in: "Iran’s and IRAN'S, not Is")
        #expect(tokens.map(\.text) == ["Iran", "’s", "and", "IRAN", "'S", ",", "not", "Is"])
        #expect(tokens[1].start == 4 && tokens[1].end == 6 && !tokens[1].spaceBefore && tokens[1].lower == "'s")
        #expect(tokens[0].spaceBefore && tokens[0].start == 0 && tokens[0].end == 4)
    }

    @Test func spacingAndPunctuation() {
        let tokens = Tokenizer().tokens(in: " “Yes,” she said")
        #expect(tokens.map(\.text) == ["“", "Yes", ",", "”", "she", "said"])
        #expect(tokens.map(\.spaceBefore) == [true, false, false, false, true, true])
        #expect(tokens.map(\.kind) == [.punctuation, .word, .punctuation, .punctuation, .word, .word])
    }
}
