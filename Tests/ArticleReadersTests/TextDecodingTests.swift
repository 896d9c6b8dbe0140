import Testing
@testable import ArticleReaders

@Suite struct TextDecodingTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func decodesUTF8() throws {
        let text = "Iran’s Khamenei — «slap in the face» 🇮🇷"
        #expect(try TextDecoding.decode(Array(text.utf8)) == text)
    }

    @Test func dropsByteOrderMark() throws {
        let decoded = try TextDecoding.decode(Self.bom + Array("Headline\n\nBody.".utf8))
        #expect(decoded == "Headline\n\nBody.")
        #expect(decoded.unicodeScalars.first == "H")
    }

    @Test func onlyTheLeadingByteOrderMarkIsDropped() throws {
        let decoded = try TextDecoding.decode(Self.bom + Array("a".utf8) + Self.bom + Array("b".utf8))
        #expect(decoded == "a\u{FEFF}b")
    }

    @Test(arguments: [
        ("a\r\nb\r\n\r\nc", "a\nb\n\nc"),
        ("a\rb\r\rc", "a\nb\n\nc"),
        ("a\r\nb\nc\rd", "a\nb\nc\nd"),
        ("no line ends", "no line ends"),
    ])
    func normalisesLineEnds(input: String, expected: String) throws {
        let decoded = try TextDecoding.decode(Array(input.utf8))
        #expect(decoded == expected)
        #expect(!decoded.unicodeScalars.contains("\r"))
    }

    @Test(arguments: [
        [UInt8](), [0x20], [0x0A, 0x0A], [0x20, 0x09, 0x0D, 0x0A, 0x20], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A],
    ])
    func emptyOrWhitespaceOnly(bytes: [UInt8]) {
        #expect(throws: ArticleReadError.empty) { try TextDecoding.decode(bytes) }
    }

    @Test(arguments: [
        [0x00], [0x48, 0x69, 0x00, 0x21], Array("A long enough line of text\n".utf8) + [0x00] + Array("more".utf8),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], // a PNG header
    ])
    func nulMeansBinary(bytes: [UInt8]) {
        #expect(throws: ArticleReadError.binary) { try TextDecoding.decode(bytes) }
    }

    @Test func manyControlCharactersMeanBinary() {
        let bytes: [UInt8] = Array(repeating: [0x41, 0x01, 0x02, 0x41], count: 50).flatMap { $0 }
        #expect(throws: ArticleReadError.binary) { try TextDecoding.decode(bytes) }
    }

    @Test func aFewControlCharactersAreTolerated() throws {
        // A stray escape and form feed in an otherwise long text are not enough to call it binary.
        let text = String(repeating: "Plain words of a story. ", count: 10) + "\u{1B}" + "\u{0C}" + "end"
        #expect(try TextDecoding.decode(Array(text.utf8)) == text)
    }

    @Test func invalidUTF8ReportsTheOffset() {
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: 2)) { try TextDecoding.decode([0x48, 0x69, 0xFF]) }
    }

    @Test(arguments: [
        ([0xFF, 0x41], 0),                                 // never valid
        ([0x41, 0xC3], 1),                                 // truncated two-byte sequence at the end
        ([0x41, 0xE2, 0x80, 0x41], 1),                     // truncated three-byte sequence
        ([0xC0, 0xAF], 0),                                 // overlong "/"
        ([0x41, 0xED, 0xA0, 0x80], 1),                     // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),                     // above U+10FFFF
        ([0xC3, 0xA9, 0x80], 2),                           // "é" then a lone continuation byte
        ([0xE2, 0x80, 0x99, 0xF0, 0x9F, 0x99, 0x82, 0xE9], 7), // "’🙂" then Latin-1 "é"
    ] as [([UInt8], Int)])
    func invalidUTF8Offsets(bytes: [UInt8], offset: Int) {
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: offset)) { try TextDecoding.decode(bytes) }
    }

    @Test func invalidUTF8OffsetCountsTheByteOrderMark() {
        // The offset is into the file as given, so it still points at the bad byte after a BOM.
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: 5)) {
            try TextDecoding.decode(Self.bom + [0x48, 0x69, 0xFF])
        }
    }

    @Test func invalidUTF8AfterCRLFIsReportedBeforeNormalising() {
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: 4)) {
            try TextDecoding.decode([0x41, 0x0D, 0x0A, 0x42, 0xFE])
        }
    }
}
