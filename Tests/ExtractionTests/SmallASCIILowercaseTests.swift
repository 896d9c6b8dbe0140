import Testing

@testable import Extraction

/// The word-at-a-time lowercase form of short ASCII strings against the general one.
@Suite struct SmallASCIILowercaseTests {
    /// Every ASCII byte, at every position of strings of every small length, gives what `lowercased()`
    /// gives, and the string made compares, hashes and counts as the one `lowercased()` makes.
    @Test func everyASCIIByteAtEveryPositionLowersAsTheGeneralWay() throws {
        for length in 0...15 {
            for byte in UInt8(0)..<0x80 {
                for position in 0..<max(length, 1) where length > 0 || byte == 0 {
                    var bytes = (0..<length).map { UInt8(ascii: "A") + UInt8($0 % 26) }
                    if length > 0 { bytes[position] = byte }
                    let text = String(decoding: bytes, as: UTF8.self)
                    let small = try #require(SmallASCIILowercase.lowercased(text))
                    let general = text.lowercased()
                    #expect(small == general)
                    #expect(Array(small.utf8) == Array(general.utf8))
                    #expect(small.count == general.count && small.hashValue == general.hashValue)
                    #expect(Set([general]).contains(small))
                }
            }
        }
    }

    @Test func aStringNotSmallOrNotASCIIIsLeftToTheGeneralWay() {
        #expect(SmallASCIILowercase.lowercased("ABCDEFGHIJKLMNOP") == nil)  // 16 bytes: not inline
        #expect(SmallASCIILowercase.lowercased("Café") == nil)
        #expect(SmallASCIILowercase.lowercased("Iran’s") == nil)
        #expect(SmallASCIILowercase.lowercased("ABCDEFGHIJKLMNO") == "abcdefghijklmno")
    }

    @Test func tokensLowerTheSameEitherWay() {
        let words = ["Smith", "IRGC", "al-Assad", "U.S", "Iran’s", "McDONALD", "Ain", "ÉLYSÉE", "Kurdistan-Region-Of-Iraq"]
        for word in words {
            let token = Token(text: word, kind: .word, start: 0, end: word.unicodeScalars.count, spaceBefore: true)
            #expect(token.lower == word.lowercased().replacingApostrophes())
        }
    }
}
