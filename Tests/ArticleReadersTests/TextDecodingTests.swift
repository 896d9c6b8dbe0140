import Testing

@testable import ArticleReaders

@Suite struct TextDecodingTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test(
        arguments: [
            (Array("Iran’s Khamenei — «slap in the face» 🇮🇷".utf8), "Iran’s Khamenei — «slap in the face» 🇮🇷"),
            (bom + Array("Headline\n\nBody.".utf8), "Headline\n\nBody."),  // the byte order mark is dropped,
            (bom + Array("a".utf8) + bom + Array("b".utf8), "a\u{FEFF}b"),  // only the leading one
            (Array("a\r\nb\r\n\r\nc".utf8), "a\nb\n\nc"),  // line ends become "\n"
            (Array("a\rb\r\rc".utf8), "a\nb\n\nc"),
            (Array("a\r\nb\nc\rd".utf8), "a\nb\nc\nd"),
            (Array("no line ends".utf8), "no line ends"),
            // A stray escape and form feed in an otherwise long text are not enough to call it binary.
            (
                Array((String(repeating: "Plain words of a story. ", count: 10) + "\u{1B}\u{0C}end").utf8),
                String(repeating: "Plain words of a story. ", count: 10) + "\u{1B}\u{0C}end"
            ),
        ] as [([UInt8], String)])
    func decodes(bytes: [UInt8], expected: String) throws {
        // Scalars, not Strings: String equality would pass "\r\n" for "\n".
        #expect(Array(try TextDecoding.decode(bytes).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(arguments: [
        [UInt8](), [0x20], [0x0A, 0x0A], [0x20, 0x09, 0x0D, 0x0A, 0x20], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A],
    ])
    func emptyOrWhitespaceOnly(bytes: [UInt8]) {
        #expect(throws: ArticleReadError.empty) { try TextDecoding.decode(bytes) }
    }

    @Test(arguments: [
        [0x00], [0x48, 0x69, 0x00, 0x21], Array("A long enough line of text\n".utf8) + [0x00] + Array("more".utf8),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],  // a PNG header
        Array(repeating: [0x41, 0x01, 0x02, 0x41], count: 50).flatMap { $0 },  // no NUL, but many control characters
    ])
    func binary(bytes: [UInt8]) {
        #expect(throws: ArticleReadError.binary) { try TextDecoding.decode(bytes) }
    }

    @Test(
        arguments: [
            ([0x48, 0x69, 0xFF], 2),
            ([0xFF, 0x41], 0),  // never valid
            ([0x41, 0xC3], 1),  // truncated two-byte sequence at the end
            ([0x41, 0xE2, 0x80, 0x41], 1),  // truncated three-byte sequence
            ([0xC0, 0xAF], 0),  // overlong "/"
            ([0x41, 0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
            ([0xC3, 0xA9, 0x80], 2),  // "é" then a lone continuation byte
            ([0xE2, 0x80, 0x99, 0xF0, 0x9F, 0x99, 0x82, 0xE9], 7),  // "’🙂" then Latin-1 "é"
            (bom + [0x48, 0x69, 0xFF], 5),  // the offset is into the file as given, BOM and all
            ([0x41, 0x0D, 0x0A, 0x42, 0xFE], 4),  // and is found before "\r\n" becomes "\n"
        ] as [([UInt8], Int)])
    func invalidUTF8Offsets(bytes: [UInt8], offset: Int) {
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: offset)) { try TextDecoding.decode(bytes) }
    }
}
