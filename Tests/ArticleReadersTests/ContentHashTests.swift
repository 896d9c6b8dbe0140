import ArticleModel
import ArticleReaders
import Testing

/// The content hash of articles as the plain-text reader reads them: re-wrapped copies are one article.
/// (SHA-256 itself and the hash of an ``Article`` value are tested in ArticleModelTests.)
@Suite struct ContentHashTests {
    static let original = """
        Iran’s Khamenei says missile strike a ‘slap in the face’ for US

        In a televised speech, the Iranian supreme leader says the ‘corrupt’ US presence in the region must end.

        “Last night we slapped them in the face,” Khamenei said in his speech in the capital, Tehran, adding that military retaliation was not enough.

        ‘Iran is equipped’

        “We do not seek escalation or war, but will defend ourselves against any aggression,” he said in a Twitter post.

        Source: Al Jazeera
        """

    /// The same words, re-wrapped at a different width and re-spaced, with CRLF line ends and a BOM.
    static let rewrapped =
        "\u{FEFF}  Iran’s Khamenei  says missile strike a ‘slap in the face’\tfor US  \r\n\r\n\r\n"
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
        ("missile strike", "missile attack"),  // in the headline
        ("must end.", "must stop."),  // in the standfirst
        ("Tehran", "Tabriz"),  // in a body paragraph
        ("‘Iran is equipped’", "‘Iran is ready’"),  // in the crosshead
        ("escalation or war", "escalation or conflict"),
    ])
    func contentHashChangesWithAWord(from: String, to: String) throws {
        let original = try article(Self.original)
        let changed = try article(Self.original.replacingOccurrences(of: from, with: to))
        #expect(changed.contentSHA256 != original.contentSHA256)
    }
}
