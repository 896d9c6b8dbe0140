import Testing

@testable import Extraction

/// Where sentences end: at a full stop before a capital, not after a title, an abbreviation or an initial,
/// unless the next word only ever opens a sentence.
@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer().tokens(in: text)
        return SentenceSplitter().sentences(in: tokens).map { range in
            String(
                text[
                    text.index(
                        text.startIndex, offsetBy: tokens[range.lowerBound].start)..<text.index(
                            text.startIndex, offsetBy: tokens[range.upperBound - 1].end)])
        }
    }

    @Test func titlesAndInitialsDoNotEndASentence() {
        #expect(
            sentences("Dr. Lena Ortiz met John F. Kemp in Jan. 2019. They talked.")
                == ["Dr. Lena Ortiz met John F. Kemp in Jan. 2019.", "They talked."])
    }

    @Test func anInitialismOrAbbreviationBeforeASentenceOpenerEndsTheSentence() {
        #expect(
            sentences("The figure came from the U.N. The agency gave no source.")
                == ["The figure came from the U.N.", "The agency gave no source."])
        #expect(
            sentences("Shares fell at Brightwater Inc. It gave no reason.")
                == ["Shares fell at Brightwater Inc.", "It gave no reason."])
    }

    @Test func anInitialismInsideASentenceStaysInIt() {
        #expect(sentences("U.S. officials said the U.N. Security Council would meet.").count == 1)
    }
}
