import ArticleModel
import Testing
import ArticleReaders

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("Iran’s Khamenei says missile strike a ‘slap in the face’ for US",
         "91e1ada33ec162bac6a7b31ca574aef2046fabc257a5eae5619e46389d8fb723"),
    ])
    func standardVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
    }

    @Test func oneMillionA() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the padding boundaries (55/56 bytes leave or need an extra block).
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func paddingBoundaries(count: Int, digest: String) {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: count)) == digest)
    }

    @Test func allByteValues() {
        let bytes = (0...255).map(UInt8.init)
        #expect(SHA256.hexDigest(of: bytes) == "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880")
    }

    @Test func digestIs32BytesMatchingTheHex() {
        let digest = SHA256.digest(of: Array("abc".utf8))
        #expect(digest.count == 32)
        #expect(Array(digest.prefix(4)) == [0xba, 0x78, 0x16, 0xbf])
        let hex = digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        #expect(hex == SHA256.hexDigest(of: Array("abc".utf8)))
    }

    // MARK: - Article content hash

    static let original = """
    Iran’s Khamenei says missile strike a ‘slap in the face’ for US

    In a televised speech, the Iranian supreme leader says the ‘corrupt’ US presence in the region must end.

    “Last night we slapped them in the face,” Khamenei said in his speech in the capital, Tehran, adding that military retaliation was not enough.

    ‘Iran is equipped’

    “We do not seek escalation or war, but will defend ourselves against any aggression,” he said in a Twitter post.

    Source: Al Jazeera
    """

    /// The same words, re-wrapped at a different width and re-spaced, with CRLF line ends and a BOM.
    static let rewrapped = "\u{FEFF}  Iran’s Khamenei  says missile strike a ‘slap in the face’\tfor US  \r\n\r\n\r\n"
        + "In a televised speech,\r\nthe Iranian supreme leader says the ‘corrupt’ US\r\n"
        + "presence in the region must end.\r\n\r\n"
        + "“Last night we slapped them in the face,”   Khamenei said in his\r\nspeech in the capital, Tehran,\r\n"
        + "  adding that military retaliation was not enough.\r\n\r\n"
        + "‘Iran is equipped’ \r\n\r\n"
        + "“We do not seek escalation or war,\u{00A0}but will defend ourselves\r\nagainst any aggression,” he said in a Twitter post.\r\n\r\n"
        + "Source: Al Jazeera\r\n"

    private func article(_ text: String) throws -> Article {
        try #require(ArticleFileReader().read(Array(text.utf8), origin: "x.txt").first)
    }

    @Test func contentHashIgnoresSpacingAndWrapping() throws {
        let original = try article(Self.original)
        let rewrapped = try article(Self.rewrapped)
        #expect(rewrapped.normalizedText == original.normalizedText)
        #expect(rewrapped.contentSHA256 == original.contentSHA256)
        #expect(original.contentSHA256 == SHA256.hexDigest(of: Array(original.normalizedText.utf8)))
        #expect(original.contentSHA256.count == 64)
        #expect(original.contentSHA256.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test(arguments: [
        ("missile strike", "missile attack"),                  // in the headline
        ("must end.", "must stop."),                           // in the standfirst
        ("Tehran", "Tabriz"),                                  // in a body paragraph
        ("‘Iran is equipped’", "‘Iran is ready’"),             // in the crosshead
        ("escalation or war", "escalation or conflict"),
    ])
    func contentHashChangesWithAWord(from: String, to: String) throws {
        let original = try article(Self.original)
        let changed = try article(Self.original.replacingOccurrences(of: from, with: to))
        #expect(changed.contentSHA256 != original.contentSHA256)
    }

    @Test func contentHashCoversTextNotMetadata() {
        let paragraphs = [Paragraph(kind: .standfirst, text: "One  two\nthree."), Paragraph(kind: .body, text: "Four.")]
        let a = Article(title: "Title", paragraphs: paragraphs, source: "Al Jazeera", url: "https://a.example")
        var b = Article(title: " Title ", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0.text) })
        b.published = "2020-01-08"
        #expect(a.normalizedText == "Title\nOne two three.\nFour.")
        #expect(a.contentSHA256 == b.contentSHA256)

        // Paragraph boundaries are part of the text: merging two paragraphs is a different article.
        let merged = Article(title: "Title", paragraphs: [Paragraph(kind: .body, text: "One two three. Four.")])
        #expect(merged.contentSHA256 != a.contentSHA256)
    }
}
