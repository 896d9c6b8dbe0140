import ArticleModel
import Foundation
import Testing
@testable import ArticleReaders

/// A shortened copy of the seed article's layout: headline, standfirst, body paragraphs, a crosshead,
/// more body, and the trailing source credit.
let shortenedSeed = """
Iran’s Khamenei says missile strike a ‘slap in the face’ for US

In a televised speech, the Iranian supreme leader says the ‘corrupt’ US presence in the region must end.

Iran’s Supreme Leader Ayatollah Ali Khamenei has called his country’s missile strike on US targets in Iraq a “slap in the face” for the US and said Washington’s troops must leave the region.

“Last night we slapped them in the face,” Khamenei said in his speech in the capital, Tehran, adding that military retaliation was not enough.

“What is important is that the corrupt presence of the US in this region should come to an end.”

Before Soleimani’s burial, a stampede erupted at the procession in Kerman, killing more than 50 people.

‘Iran is equipped’

Following the missile strike, Foreign Minister Mohammad Javad Zarif said Iran had taken and concluded “proportionate measures in self-defence” under Article 51 of the UN Charter.

“All is well!” Trump said in the Twitter post, adding that he would make a statement on Wednesday morning.

Source: Al Jazeera

"""

let seedHeadline = "Iran’s Khamenei says missile strike a ‘slap in the face’ for US"

/// A fresh directory under the system temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ArticleReadersTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct PlainTextArticleReaderTests {
    let reader = PlainTextArticleReader()

    @Test func readsTheSeedLayout() throws {
        let article = try reader.read(shortenedSeed, origin: "seed.txt")
        #expect(article.title == seedHeadline)
        #expect(article.source == "Al Jazeera")
        #expect(article.originPath == "seed.txt")
        #expect(article.url == nil)
        #expect(article.published == nil)
        #expect(article.byline == nil)

        #expect(article.paragraphs.map(\.kind) == [
            .standfirst, .body, .body, .body, .body, .crosshead, .body, .body,
        ])
        #expect(article.paragraphs.first?.text
            == "In a televised speech, the Iranian supreme leader says the ‘corrupt’ US presence in the region must end.")
        #expect(article.paragraphs[5] == Paragraph(kind: .crosshead, text: "‘Iran is equipped’"))
        #expect(article.paragraphs.last?.text.hasPrefix("“All is well!” Trump said") == true)
        // The source credit is taken, not kept as a paragraph.
        #expect(!article.paragraphs.contains { $0.text.contains("Source") })
        #expect(!article.paragraphs.contains { $0.text.contains("Al Jazeera") })

        let numbered = article.numberedParagraphs
        #expect(numbered.count == 9)
        #expect(numbered[0] == Paragraph(kind: .headline, text: seedHeadline))
    }

    @Test func quotedSentencesAreNotCrossheads() throws {
        let article = try reader.read(shortenedSeed)
        let quote = try #require(article.paragraphs.first { $0.text.hasPrefix("“What is important") })
        #expect(quote.kind == .body)
    }

    @Test(arguments: ["Rising tensions", "‘Iran is equipped’", "“A slap in the face”", "What comes next?"])
    func crossheadDetection(line: String) throws {
        let text = "Headline\n\nStandfirst here.\n\nFirst body paragraph.\n\n\(line)\n\nLast body paragraph."
        let article = try reader.read(text)
        let expected: Paragraph.Kind = line.hasSuffix("?") ? .body : .crosshead
        #expect(article.paragraphs.map(\.kind) == [.standfirst, .body, expected, .body])
    }

    @Test func shortArticleHasNoStandfirst() throws {
        let article = try reader.read("Headline\n\nOnly paragraph one.\n\nOnly paragraph two.")
        #expect(article.paragraphs.map(\.kind) == [.body, .body])
    }

    @Test func longFirstParagraphIsNotAStandfirst() throws {
        let long = String(repeating: "word ", count: 80) + "end."
        let article = try reader.read("Headline\n\n\(long)\n\nSecond.\n\nThird.")
        #expect(article.paragraphs.map(\.kind) == [.body, .body, .body])
    }

    @Test func sourceLineInsideTheTextIsKept() throws {
        let text = "Headline\n\nSource: a ministry official, speaking anonymously.\n\nLast paragraph."
        let article = try reader.read(text)
        #expect(article.source == nil)
        #expect(article.paragraphs.map(\.text) == ["Source: a ministry official, speaking anonymously.", "Last paragraph."])
    }

    @Test func wrappedParagraphsAreJoined() throws {
        let text = """
        Headline
        continues on a second line?

        First paragraph is
          wrapped over   three
        lines.

        Second paragraph.
        """
        let article = try reader.read(text)
        #expect(article.title == "Headline")
        #expect(article.paragraphs.map(\.text) == [
            "continues on a second line?", "First paragraph is wrapped over three lines.", "Second paragraph.",
        ])
    }

    // MARK: - Front matter

    static let frontMatterText = """
    ---
    title: "Khamenei: strike a ‘slap in the face’"
    source: Reuters
    published: 2020-01-08
    url: https://example.com/world/khamenei
    byline: 'Staff writer: Tehran'
    language: en
    ---
    In a televised speech, the Iranian supreme leader says the US presence must end.

    Khamenei’s televised remarks on Wednesday came hours after the missiles were fired.

    The supreme leader had pledged severe retaliation.

    Source: Al Jazeera
    """

    @Test func frontMatterFields() throws {
        let article = try reader.read(Self.frontMatterText, origin: "a.md")
        #expect(article.title == "Khamenei: strike a ‘slap in the face’")
        #expect(article.source == "Reuters") // the front matter wins over the trailing credit
        #expect(article.published == "2020-01-08")
        #expect(article.url == "https://example.com/world/khamenei")
        #expect(article.byline == "Staff writer: Tehran")
        #expect(article.language == "en")
        #expect(article.paragraphs.map(\.kind) == [.standfirst, .body, .body])
        #expect(article.paragraphs.first?.text.hasPrefix("In a televised speech") == true)
        #expect(!article.paragraphs.contains { $0.text.contains("---") || $0.text.contains("Source:") })
    }

    @Test func frontMatterTitleKeepsAWrappedFirstParagraphWhole() throws {
        let text = "---\ntitle: Headline\n---\nFirst paragraph is\nwrapped.\n\nSecond.\n\nThird.\n"
        let article = try reader.read(text)
        #expect(article.title == "Headline")
        #expect(article.paragraphs.map(\.text) == ["First paragraph is wrapped.", "Second.", "Third."])
    }

    @Test func frontMatterWithoutTitleKeepsFirstLineAsHeadline() throws {
        let text = "---\nDate: 2020-01-08\nAuthor: Staff\nignored line\nempty:\n---\n\n\(shortenedSeed)"
        let article = try reader.read(text)
        #expect(article.title == seedHeadline)
        #expect(article.published == "2020-01-08")
        #expect(article.byline == "Staff")
        #expect(article.source == "Al Jazeera")
        #expect(article.paragraphs.count == 8)
    }

    @Test func metadataFlagsWin() throws {
        let bytes = Array(Self.frontMatterText.utf8)
        let flags = ArticleMetadata(source: "Flag Source", published: "2021-02-03", url: "https://flag.example/x")
        let article = try #require(ArticleFileReader(metadata: flags).read(bytes, origin: "a.md").first)
        #expect(article.source == "Flag Source")
        #expect(article.published == "2021-02-03")
        #expect(article.url == "https://flag.example/x")
        #expect(article.byline == "Staff writer: Tehran")
        #expect(article.title == "Khamenei: strike a ‘slap in the face’")

        // Unset flags leave the file's own values.
        let partial = ArticleMetadata(published: "2021-02-03")
        let kept = try #require(ArticleFileReader(metadata: partial).read(bytes, origin: "a.md").first)
        #expect(kept.source == "Reuters")
        #expect(kept.url == "https://example.com/world/khamenei")
        #expect(kept.published == "2021-02-03")

        // A flag also wins over a trailing `Source:` line.
        let seed = try #require(ArticleFileReader(metadata: ArticleMetadata(source: "Wire")).read(
            Array(shortenedSeed.utf8), origin: "seed.txt").first)
        #expect(seed.source == "Wire")
        #expect(seed.paragraphs.count == 8)
    }

    // MARK: - Line layout and encodings

    /// With no final newline, with a file's usual one, with trailing blank lines, and with CRLF.
    @Test(arguments: ["", "\n", "\n\n\n", "\n  \n"])
    func noBlankLinesGivesOneParagraphPerLine(ending: String) throws {
        let text = """
        Headline of a compact file
        First line is short.
        Second line is a full sentence about the strike.
        Third line ends the story.
        Source: Al Jazeera
        """ + ending
        try checkCompact(reader.read(text))
        let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try checkCompact(#require(ArticleFileReader().read(crlf, origin: "compact.txt").first))
    }

    private func checkCompact(_ article: Article) {
        #expect(article.title == "Headline of a compact file")
        #expect(article.paragraphs.map(\.text) == [
            "First line is short.", "Second line is a full sentence about the strike.", "Third line ends the story.",
        ])
        #expect(article.paragraphs.map(\.kind) == [.standfirst, .body, .body])
        #expect(article.source == "Al Jazeera")
    }

    @Test func blankLineOnlyAfterHeadlineStillGivesOneParagraphPerLine() throws {
        let article = try reader.read("Headline\n\nOne.\nTwo.\nThree.\n")
        #expect(article.paragraphs.map(\.text) == ["One.", "Two.", "Three."])
    }

    @Test func trailingNewlineDoesNotChangeBlankSeparatedText() throws {
        #expect(try reader.read(shortenedSeed + "\n\n") == reader.read(shortenedSeed))
        let wrapped = "Headline\n\nOne wrapped\nparagraph.\n\nTwo.\n"
        #expect(try reader.read(wrapped).paragraphs.map(\.text) == ["One wrapped paragraph.", "Two."])
    }

    @Test func crlfLineEnds() throws {
        let crlf = shortenedSeed.replacingOccurrences(of: "\n", with: "\r\n")
        let expected = try reader.read(shortenedSeed, origin: "seed.txt")

        let viaFile = try #require(ArticleFileReader().read(Array(crlf.utf8), origin: "seed.txt").first)
        #expect(viaFile == expected)

        // The reader itself also splits "\r\n", which Swift holds as one Character.
        #expect(try reader.read(crlf, origin: "seed.txt") == expected)

        let oldMac = shortenedSeed.replacingOccurrences(of: "\n", with: "\r")
        #expect(try ArticleFileReader().read(Array(oldMac.utf8), origin: "seed.txt").first == expected)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(shortenedSeed.utf8)
        let article = try #require(ArticleFileReader().read(bytes, origin: "seed.txt").first)
        #expect(article.title == seedHeadline)
        #expect(article.title.unicodeScalars.first != "\u{FEFF}")
        #expect(article == (try reader.read(shortenedSeed, origin: "seed.txt")))
    }

    @Test func noHeadline() throws {
        #expect(throws: ArticleReadError.noHeadline) { try reader.read("") }
        #expect(throws: ArticleReadError.noHeadline) { try reader.read("---\nsource: Reuters\n---\n\n") }
    }

    // MARK: - ArticleFileReader

    @Test(arguments: [[UInt8](), Array(" \n\t\r\n ".utf8)])
    func emptyAndWhitespaceOnlyFiles(bytes: [UInt8]) throws {
        #expect(throws: ArticleReadError.empty) { try ArticleFileReader().read(bytes, origin: "x.txt") }
        let dir = try TemporaryDirectory()
        let path = try dir.write("empty.txt", bytes)
        #expect(throws: ArticleReadError.empty) { try ArticleFileReader().read(path: path) }
    }

    @Test func readsAFileFromDisk() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("seed.txt", Array(shortenedSeed.utf8))
        let articles = try ArticleFileReader().read(path: path)
        #expect(articles.count == 1)
        #expect(articles.first?.title == seedHeadline)
        #expect(articles.first?.originPath == path)
        #expect(articles.first?.source == "Al Jazeera")
    }

    @Test func tooLarge() throws {
        let bytes = Array(shortenedSeed.utf8)
        let limit = bytes.count - 1
        let reader = ArticleFileReader(maximumBytes: limit)
        #expect(throws: ArticleReadError.tooLarge(bytes: bytes.count, limit: limit)) {
            try reader.read(bytes, origin: "seed.txt")
        }
        let dir = try TemporaryDirectory()
        let path = try dir.write("seed.txt", bytes)
        #expect(throws: ArticleReadError.tooLarge(bytes: bytes.count, limit: limit)) { try reader.read(path: path) }
        // Exactly at the limit is fine.
        #expect(try ArticleFileReader(maximumBytes: bytes.count).read(path: path).count == 1)
    }

    @Test func missingFile() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("missing.txt").path
        #expect(throws: ArticleReadError.unreadable("no such file")) { try ArticleFileReader().read(path: path) }
    }

    @Test func directory() throws {
        let dir = try TemporaryDirectory()
        #expect(throws: ArticleReadError.unreadable("is a directory")) { try ArticleFileReader().read(path: dir.url.path) }
    }

    @Test func binaryAndInvalidFilesOnDisk() throws {
        let dir = try TemporaryDirectory()
        let binary = try dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A])
        #expect(throws: ArticleReadError.binary) { try ArticleFileReader().read(path: binary) }
        let latin1 = try dir.write("latin1.txt", [0x48, 0x69, 0xFF])
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: 2)) { try ArticleFileReader().read(path: latin1) }
    }

    @Test func errorDescriptions() {
        #expect(ArticleReadError.unreadable("no such file").description == "cannot read: no such file")
        #expect(ArticleReadError.invalidUTF8(byteOffset: 2).description == "invalid UTF-8 at byte 2")
        #expect(ArticleReadError.tooLarge(bytes: 10, limit: 5).description == "file too large (10 bytes; the limit is 5)")
    }

    @Test(arguments: [
        ("a.txt", ArticleFormat?.some(.text)), ("b.TEXT", .text), ("c.md", .text), ("d.pdf", nil), ("noext", nil), ("-", nil),
    ])
    func formatGuess(path: String, format: ArticleFormat?) {
        #expect(ArticleFormat.guess(path: path) == format)
    }

    @Test func unknownExtensionIsReadAsText() throws {
        let article = try #require(ArticleFileReader().read(Array(shortenedSeed.utf8), origin: "-").first)
        #expect(article.title == seedHeadline)
        #expect(article.originPath == "-")
    }

    @Test func frontMatterTitleRepeatedAsTheFirstLineIsNotAParagraph() throws {
        let text = "---\ntitle: Storm hits coast\npublished: 2020-01-08\n---\nStorm hits coast\n\nA storm killed three people.\n"
        let article = try PlainTextArticleReader().read(text)
        #expect(article.title == "Storm hits coast")
        #expect(article.paragraphs.map(\.text) == ["A storm killed three people."])
        #expect(article.published == "2020-01-08")
    }
}
