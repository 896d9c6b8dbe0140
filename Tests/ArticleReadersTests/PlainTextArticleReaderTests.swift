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

/// ``shortenedSeed`` as read: the trailing credit is the source, not a paragraph.
let seedArticle = Article(
    title: seedHeadline,
    paragraphs: [
        Paragraph(
            kind: .standfirst,
            text:
                "In a televised speech, the Iranian supreme leader says the ‘corrupt’ US presence in the region must end."
        ),
        Paragraph(
            kind: .body,
            text:
                "Iran’s Supreme Leader Ayatollah Ali Khamenei has called his country’s missile strike on US targets in Iraq a “slap in the face” for the US and said Washington’s troops must leave the region."
        ),
        Paragraph(
            kind: .body,
            text:
                "“Last night we slapped them in the face,” Khamenei said in his speech in the capital, Tehran, adding that military retaliation was not enough."
        ),
        Paragraph(
            kind: .body,
            text: "“What is important is that the corrupt presence of the US in this region should come to an end.”"),
        Paragraph(
            kind: .body,
            text:
                "Before Soleimani’s burial, a stampede erupted at the procession in Kerman, killing more than 50 people."
        ),
        Paragraph(kind: .crosshead, text: "‘Iran is equipped’"),
        Paragraph(
            kind: .body,
            text:
                "Following the missile strike, Foreign Minister Mohammad Javad Zarif said Iran had taken and concluded “proportionate measures in self-defence” under Article 51 of the UN Charter."
        ),
        Paragraph(
            kind: .body,
            text:
                "“All is well!” Trump said in the Twitter post, adding that he would make a statement on Wednesday morning."
        ),
    ], source: "Al Jazeera")

extension Article {
    /// A copy with `change` made to it.
    func with(_ change: (inout Article) -> Void) -> Article {
        var copy = self
        change(&copy)
        return copy
    }
}

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

    /// The seed layout: standfirst, body, a crosshead; the quoted sentence (“What is important …”) is body.
    @Test func readsTheSeedLayout() throws {
        let article = try reader.read(shortenedSeed, origin: "seed.txt")
        #expect(article == seedArticle.with { $0.originPath = "seed.txt" })
        #expect(article.numberedParagraphs.first == Paragraph(kind: .headline, text: seedHeadline))
    }

    /// A text and what the reader makes of it.
    struct Layout: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let text: String
        let expected: Article
    }

    static let layouts: [Layout] = [
        Layout(
            testDescription: "a short article has no standfirst",
            text: "Headline\n\nOnly paragraph one.\n\nOnly paragraph two.",
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .body, text: "Only paragraph one."),
                    Paragraph(kind: .body, text: "Only paragraph two."),
                ])),
        Layout(
            testDescription: "a long first paragraph is no standfirst",
            text: "Headline\n\n\(String(repeating: "word ", count: 80))end.\n\nSecond.\n\nThird.",
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .body, text: String(repeating: "word ", count: 80) + "end."),
                    Paragraph(kind: .body, text: "Second."), Paragraph(kind: .body, text: "Third."),
                ])),
        Layout(
            testDescription: "a Source: line inside the text is kept",
            text: "Headline\n\nSource: a ministry official, speaking anonymously.\n\nLast paragraph.",
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .body, text: "Source: a ministry official, speaking anonymously."),
                    Paragraph(kind: .body, text: "Last paragraph."),
                ])),
        Layout(
            testDescription: "wrapped paragraphs are joined; the headline is one line",
            text: """
                Headline
                continues on a second line?

                First paragraph is
                  wrapped over   three
                lines.

                Second paragraph.
                """,
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .standfirst, text: "continues on a second line?"),
                    Paragraph(kind: .body, text: "First paragraph is wrapped over three lines."),
                    Paragraph(kind: .body, text: "Second paragraph."),
                ])),
        Layout(
            testDescription: "a front-matter title keeps a wrapped first paragraph whole",
            text: "---\ntitle: Headline\n---\nFirst paragraph is\nwrapped.\n\nSecond.\n\nThird.\n",
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .standfirst, text: "First paragraph is wrapped."),
                    Paragraph(kind: .body, text: "Second."), Paragraph(kind: .body, text: "Third."),
                ])),
        Layout(
            testDescription: "a front-matter title repeated as the first line is not a paragraph",
            text:
                "---\ntitle: Storm hits coast\npublished: 2020-01-08\n---\nStorm hits coast\n\nA storm killed three people.\n",
            expected: Article(
                title: "Storm hits coast",
                paragraphs: [
                    Paragraph(kind: .body, text: "A storm killed three people.")
                ], published: "2020-01-08")),
        Layout(
            testDescription: "a blank line only after the headline still gives one paragraph per line",
            text: "Headline\n\nOne.\nTwo.\nThree.\n",
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .standfirst, text: "One."), Paragraph(kind: .body, text: "Two."),
                    Paragraph(kind: .body, text: "Three."),
                ])),
        Layout(
            testDescription: "a final newline after blank-separated paragraphs changes nothing",
            text: "Headline\n\nOne wrapped\nparagraph.\n\nTwo.\n",
            expected: Article(
                title: "Headline",
                paragraphs: [
                    Paragraph(kind: .body, text: "One wrapped paragraph."), Paragraph(kind: .body, text: "Two."),
                ])),
        Layout(
            testDescription: "front matter without a title keeps the first line as the headline",
            text: "---\nDate: 2020-01-08\nAuthor: Staff\nignored line\nempty:\n---\n\n\(shortenedSeed)",
            expected: seedArticle.with {
                $0.published = "2020-01-08"; $0.byline = "Staff"
            }),
    ]

    @Test(arguments: layouts)
    func layout(_ layout: Layout) throws {
        #expect(try reader.read(layout.text) == layout.expected)
    }

    /// A short line between paragraphs is a crosshead, quoted or not, unless it is a question.
    @Test(arguments: [
        ("Rising tensions", Paragraph.Kind.crosshead),
        ("‘Iran is equipped’", .crosshead),
        ("“A slap in the face”", .crosshead),
        ("What comes next?", .body),
    ])
    func crossheadDetection(line: String, kind: Paragraph.Kind) throws {
        let text = "Headline\n\nStandfirst here.\n\nFirst body paragraph.\n\n\(line)\n\nLast body paragraph."
        #expect(
            try reader.read(text).paragraphs == [
                Paragraph(kind: .standfirst, text: "Standfirst here."),
                Paragraph(kind: .body, text: "First body paragraph."),
                Paragraph(kind: kind, text: line),
                Paragraph(kind: .body, text: "Last body paragraph."),
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

    /// ``frontMatterText`` as read: the front matter's source wins over the trailing credit.
    static let frontMatterArticle = Article(
        title: "Khamenei: strike a ‘slap in the face’",
        paragraphs: [
            Paragraph(
                kind: .standfirst,
                text: "In a televised speech, the Iranian supreme leader says the US presence must end."),
            Paragraph(
                kind: .body, text: "Khamenei’s televised remarks on Wednesday came hours after the missiles were fired."
            ),
            Paragraph(kind: .body, text: "The supreme leader had pledged severe retaliation."),
        ],
        source: "Reuters", url: "https://example.com/world/khamenei", published: "2020-01-08",
        byline: "Staff writer: Tehran", language: "en", originPath: "a.md")

    @Test func frontMatterFields() throws {
        #expect(try reader.read(Self.frontMatterText, origin: "a.md") == Self.frontMatterArticle)
    }

    @Test func metadataFlagsWin() throws {
        let bytes = Array(Self.frontMatterText.utf8)
        let flags = ArticleMetadata(source: "Flag Source", published: "2021-02-03", url: "https://flag.example/x")
        #expect(
            try ArticleFileReader(metadata: flags).read(bytes, origin: "a.md") == [
                Self.frontMatterArticle.with {
                    $0.source = "Flag Source"; $0.published = "2021-02-03"; $0.url = "https://flag.example/x";
                    $0.publishedFrom = .flag
                }
            ])

        // Unset flags leave the file's own values.
        let partial = ArticleMetadata(published: "2021-02-03")
        #expect(
            try ArticleFileReader(metadata: partial).read(bytes, origin: "a.md")
                == [
                    Self.frontMatterArticle.with {
                        $0.published = "2021-02-03"; $0.publishedFrom = .flag
                    }
                ])

        // A flag also wins over a trailing `Source:` line.
        #expect(
            try ArticleFileReader(metadata: ArticleMetadata(source: "Wire")).read(
                Array(shortenedSeed.utf8), origin: "seed.txt") == [
                    seedArticle.with {
                        $0.source = "Wire"; $0.originPath = "seed.txt"
                    }
                ])
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
        let expected = Article(
            title: "Headline of a compact file",
            paragraphs: [
                Paragraph(kind: .standfirst, text: "First line is short."),
                Paragraph(kind: .body, text: "Second line is a full sentence about the strike."),
                Paragraph(kind: .body, text: "Third line ends the story."),
            ], source: "Al Jazeera")
        #expect(try reader.read(text) == expected)
        let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(
            try ArticleFileReader().read(crlf, origin: "compact.txt") == [
                expected.with { $0.originPath = "compact.txt" }
            ])
    }

    @Test func trailingBlankLinesDoNotChangeBlankSeparatedText() throws {
        #expect(try reader.read(shortenedSeed + "\n\n") == seedArticle)
    }

    @Test func aShortHeadingLineAboveAParagraphIsACrosshead() throws {
        let text = """
            Floods cut the valley road

            The river rose overnight and the road was shut.

            Ferrow Bridge
            Crews worked through the night to clear the debris from the
            road, the council said.

            The road reopened at noon.
            """
        let article = try reader.read(text)
        #expect(article.paragraphs.map(\.kind) == [.standfirst, .crosshead, .body, .body])
        #expect(article.paragraphs[1].text == "Ferrow Bridge")
        #expect(article.paragraphs[2].text.hasPrefix("Crews worked through the night to clear the debris from the road"))
    }

    @Test func wrappedLinesAndDatelinesStayInTheirParagraph() throws {
        let text = """
            Floods cut the valley road

            The river rose overnight and the road was shut.

            Crews worked
            through the night, the council said.

            KELSO
            Crews worked through the night.

            The road reopened at noon.
            """
        let article = try reader.read(text)
        #expect(article.paragraphs.map(\.text).contains("Crews worked through the night, the council said."))
        #expect(article.paragraphs.map(\.text).contains("KELSO Crews worked through the night."))
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
        #expect(Array(article.title.unicodeScalars) == Array(seedHeadline.unicodeScalars))
        #expect(article == seedArticle.with { $0.originPath = "seed.txt" })
    }

    @Test(arguments: ["", "---\nsource: Reuters\n---\n\n"])
    func noHeadline(text: String) throws {
        #expect(throws: ArticleReadError.noHeadline) { try reader.read(text) }
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
        #expect(try ArticleFileReader().read(path: path) == [seedArticle.with { $0.originPath = path }])
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
        #expect(throws: ArticleReadError.unreadable("is a directory")) {
            try ArticleFileReader().read(path: dir.url.path)
        }
    }

    @Test func binaryAndInvalidFilesOnDisk() throws {
        let dir = try TemporaryDirectory()
        let binary = try dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A])
        #expect(throws: ArticleReadError.binary) { try ArticleFileReader().read(path: binary) }
        let latin1 = try dir.write("latin1.txt", [0x48, 0x69, 0xFF])
        #expect(throws: ArticleReadError.invalidUTF8(byteOffset: 2)) { try ArticleFileReader().read(path: latin1) }
    }

    /// What the command line prints for each error.
    @Test(arguments: [
        (ArticleReadError.unreadable("no such file"), "cannot read: no such file"),
        (.empty, "empty file"),
        (.binary, "binary file, not text"),
        (.invalidUTF8(byteOffset: 2), "invalid UTF-8 at byte 2"),
        (.tooLarge(bytes: 10, limit: 5), "file too large (10 bytes; the limit is 5)"),
        (.noHeadline, "no headline: the first line is empty"),
        (.noArticleText, "no article text found"),
        (.malformed("not JSON"), "not JSON"),
    ])
    func errorDescription(error: ArticleReadError, description: String) {
        #expect(error.description == description)
    }

    @Test func unknownExtensionIsReadAsText() throws {
        #expect(
            try ArticleFileReader().read(Array(shortenedSeed.utf8), origin: "-") == [
                seedArticle.with { $0.originPath = "-" }
            ])
    }

    @Test func narrowColumnTextIsNotSplitAtShortLines() throws {
        let text = """
            Lenders meet in Vesk

            Delegates met on Monday.

            The International Monetary
            Fund said on Tuesday it
            would lend more to the
            region this year.

            The talks end on Friday.
            """
        let article = try reader.read(text)
        #expect(article.paragraphs.map(\.text).contains(
            "The International Monetary Fund said on Tuesday it would lend more to the region this year."))
        #expect(!article.paragraphs.contains { $0.kind == .crosshead })
    }
}
