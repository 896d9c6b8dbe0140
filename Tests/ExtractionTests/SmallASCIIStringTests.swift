import Testing

@testable import Extraction

/// Short ASCII strings made from their bytes in place, and the byte search on strings, against the general way.
@Suite struct SmallASCIIStringTests {
    /// Every ASCII byte at every position of every small length gives the string `String(decoding:as:)` gives,
    /// bit for bit, and one that compares, hashes and counts the same.
    @Test func everyASCIIByteAtEveryPositionMakesTheDecodedString() throws {
        for length in 0...15 {
            for byte in UInt8(1)..<0x80 {
                for position in 0..<max(length, 1) where length > 0 || byte == 1 {
                    var bytes = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                    if length > 0 { bytes[position] = byte }
                    let general = String(decoding: bytes, as: UTF8.self)
                    let small = try #require(bytes.withUnsafeBufferPointer { SmallASCIIString.make(ascii: $0) })
                    let (smallLow, smallHigh) = unsafeBitCast(small, to: (UInt64, UInt64).self)
                    let (generalLow, generalHigh) = unsafeBitCast(general, to: (UInt64, UInt64).self)
                    #expect(smallLow == generalLow && smallHigh == generalHigh)
                    #expect(small == general && Array(small.utf8) == bytes)
                    #expect(small.count == general.count && small.hashValue == general.hashValue)
                    #expect(Set([general]).contains(small))
                }
            }
        }
    }

    @Test func moreThanFifteenBytesAreLeftToTheGeneralWay() {
        let bytes = Array("Kurdistan-Region".utf8)
        #expect(bytes.withUnsafeBufferPointer { SmallASCIIString.make(ascii: $0) } == nil)
    }

    @Test func tokensAndSlicesReadAsWritten() {
        let text = "The al-Assad convoy’s 1,200 trucks, U.S. officials said on Wednesday-night."
        let tokens = Tokenizer().tokens(in: text)
        let paragraph = ParagraphText(text)
        for token in tokens {
            #expect(token.text == paragraph.text(from: token.start, to: token.end))
        }
        #expect(tokens.map(\.text).contains("al-Assad") && tokens.map(\.text).contains("convoy"))
        let ascii = ParagraphText("Officials in Erbil said twelve people were hurt.")
        #expect(ascii.text(from: 13, to: 18) == "Erbil" && ascii.text(from: 3, to: 3) == "")
        #expect(ascii.text(from: 0, to: 48) == "Officials in Erbil said twelve people were hurt.")
    }

    /// `String`'s byte search answers as the UTF-8 view does, for every ASCII mark in short and long, ASCII and
    /// other strings.
    @Test func theByteSearchAnswersAsTheUTF8View() {
        let texts = [
            "", "a", "don't", "al-Assad", "abcdefghijklmno", "abcdefghijklmn-", "-bcdefgh", "abcdefgh-",
            "Iran’s", "Café-Crème", "a long sentence that is far beyond fifteen bytes, with a comma and a 'quote'",
        ]
        for text in texts {
            for mark in (UInt8(1)..<0x80).map({ Unicode.Scalar($0) }) {
                #expect(text.contains(ascii: mark) == text.utf8.contains(UInt8(ascii: mark)), "\(text) \(mark)")
            }
            #expect(text.containsHyphenMinus == text.utf8.contains(UInt8(ascii: "-")))
        }
    }
}
