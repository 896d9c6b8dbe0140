import Testing

@testable import Extraction

/// The word-at-a-time check of a punctuation token's mark against the general comparison of bytes and
/// characters it stands in for.
@Suite struct TokenPunctuationTests {
    /// The comparison ``Token/isPunctuation(_:)`` made before it read the two words of each string.
    static func generalWay(_ text: String, _ mark: Character) -> Bool {
        if let byte = text.utf8.first, byte < 0x80, let ascii = mark.asciiValue, mark.utf8.count == 1 {
            return byte == ascii
        }
        return text.first == mark
    }

    @Test func everyASCIIMarkAgainstEveryASCIITokenAnswersAsTheGeneralWay() throws {
        for mark in (UInt8(1)..<0x80).map({ Character(Unicode.Scalar($0)) }) {
            for byte in UInt8(1)..<0x80 {
                let text = String(Unicode.Scalar(byte))
                let token = Token(text: text, kind: .punctuation, start: 0, end: 1, spaceBefore: false)
                #expect(token.isPunctuation(mark) == Self.generalWay(text, mark))
                // (The fast way answers this pair itself.)
                #expect(Token.firstByte(of: text, isASCIIMark: mark) != nil)
            }
        }
    }

    /// Every one-byte ASCII token against marks outside ASCII, among them the three canonically equal to an
    /// ASCII character (`;` and U+037E, `` ` `` and U+1FEF, `K` and U+212A), which only a comparison of
    /// characters finds equal.
    @Test func asciiTokensAgainstMarksOutsideASCIIAnswerAsTheGeneralWay() {
        let marks: [Character] = [
            "\u{2014}", "\u{2013}", "\u{201C}", "\u{2019}", "é", "e\u{301}", "\u{037E}", "\u{1FEF}", "\u{212A}",
            "\u{2126}",
        ]
        var equal = 0
        for byte in UInt8(1)..<0x80 {
            let text = String(Unicode.Scalar(byte))
            let token = Token(text: text, kind: .punctuation, start: 0, end: 1, spaceBefore: false)
            for mark in marks {
                #expect(token.isPunctuation(mark) == Self.generalWay(text, mark), "\(text) / \(mark)")
                if token.isPunctuation(mark) { equal += 1 }
            }
        }
        #expect(equal == 3)
    }

    @Test func marksAndTokensOutsideASCIIOrLongerAreLeftToTheGeneralWay() {
        let texts = ["\u{2014}", "\u{201C}", "\u{2019}", "\r\n", ",,", "", "-" + String(repeating: "-", count: 20)]
        let marks: [Character] = [",", "\u{2014}", "\u{201C}", "\r\n", "-", "é"]
        for text in texts {
            for mark in marks {
                let token = Token(text: text, kind: .punctuation, start: 0, end: 1, spaceBefore: false)
                #expect(token.isPunctuation(mark) == Self.generalWay(text, mark))
            }
        }
        #expect(Token.firstByte(of: "\u{2014}", isASCIIMark: ",") == nil)
        #expect(Token.firstByte(of: ",", isASCIIMark: "\u{2014}") == nil)
        #expect(Token.firstByte(of: "", isASCIIMark: ",") == nil)
        #expect(Token.firstByte(of: ",", isASCIIMark: ",") == true)
        #expect(Token.firstByte(of: ";", isASCIIMark: ",") == false)
    }

    @Test func aWordIsNoPunctuation() {
        let token = Token(text: ",", kind: .word, start: 0, end: 1, spaceBefore: false)
        #expect(!token.isPunctuation(","))
    }
}
