import ArticleModel
import Testing

@Suite struct ArticleTests {
    static let story = Article(
        title: "Title",
        paragraphs: [Paragraph(kind: .standfirst, text: "One  two\nthree."), Paragraph(kind: .body, text: "Four.")],
        source: "Al Jazeera", url: "https://a.example")

    // MARK: - Publication day

    /// Relative dates count from the day the file wrote, though `published` is kept in UTC.
    @Test(
        arguments: [
            ("2020-01-08T22:30:00Z", "2020-01-09T01:30:00+03:00", PublicationDateOrigin.file, "2020-01-09"),
            ("2020-01-09T03:00:00Z", "2020/01/08 22:00:00 -0500", .file, "2020-01-08"),
            ("2020-01-08T06:30:00Z", "Wed, 08 Jan 2020 06:30:00 GMT", .file, "2020-01-08"),
            ("2020-01-08", nil, .file, "2020-01-08"),
            ("2021-02-03", "2020-01-09T01:30:00+03:00", .flag, "2021-02-03"),  // the flag overrides the file
        ] as [(String, String?, PublicationDateOrigin, String)])
    func publicationDay(published: String, written: String?, from origin: PublicationDateOrigin, day: String) {
        var article = Self.story
        (article.published, article.publishedAsWritten, article.publishedFrom) = (published, written, origin)
        #expect(article.publicationDay == day)
    }

    @Test func noPublicationDayWithoutADate() {
        var article = Self.story
        article.publishedAsWritten = "9999-99-99"
        #expect(article.publicationDay == nil)
    }

    // MARK: - Numbered paragraphs

    @Test func numberedParagraphsPutTheHeadlineAtPositionZero() {
        #expect(
            Self.story.numberedParagraphs == [
                Paragraph(kind: .headline, text: "Title"),
                Paragraph(kind: .standfirst, text: "One  two\nthree."),
                Paragraph(kind: .body, text: "Four."),
            ])
        #expect(
            Article(title: "Only a headline", paragraphs: []).numberedParagraphs == [
                Paragraph(kind: .headline, text: "Only a headline")
            ])
    }

    @Test func metadataIsUnsetUnlessGiven() {
        let article = Article(title: "T", paragraphs: [])
        #expect(
            [article.source, article.url, article.published, article.byline, article.language, article.originPath]
                == [String?](repeating: nil, count: 6))
    }

    /// The paragraph kinds are stored by name in the archive, so the names are part of the file format.
    @Test func paragraphKindNames() {
        #expect(Paragraph.Kind.allCases.map(\.rawValue) == ["headline", "standfirst", "body", "crosshead"])
        #expect(Paragraph.Kind.allCases.map { Paragraph.Kind(rawValue: $0.rawValue) } == Paragraph.Kind.allCases)
    }

    // MARK: - Word count

    @Test(arguments: [
        ("Title", [String](), 1),
        ("", [], 0),
        ("Missiles hit two bases", ["Iran fired 22 missiles.", "No one was hurt."], 12),
        ("  Spaced   out  ", ["one\ntwo", "  ", "three  four\n\nfive"], 7),
    ])
    func wordCount(title: String, paragraphs: [String], count: Int) {
        let article = Article(title: title, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        #expect(article.wordCount == count)
    }

    // MARK: - Normalised text and content hash

    /// `sha256sum` of the story's normalised text, `Title\nOne two three.\nFour.`.
    static let storySHA256 = "cef2f17eec01b74272cd932869924ee3c3733c017396e6099b65e964c910ac0d"

    @Test func normalizedTextAndHashOfTheStory() {
        #expect(Self.story.normalizedText == "Title\nOne two three.\nFour.")
        #expect(Self.story.contentSHA256 == Self.storySHA256)
    }

    /// An article and the normalised text it should have.
    struct Variant: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let article: Article
        var normalizedText: String = "Title\nOne two three.\nFour."
    }

    /// Copies of the story that differ only in metadata, paragraph kinds or spacing: the same article.
    static let sameContent: [Variant] = [
        Variant(testDescription: "no metadata", article: Article(title: "Title", paragraphs: story.paragraphs)),
        Variant(
            testDescription: "other metadata",
            article: Article(
                title: "Title", paragraphs: story.paragraphs, source: "Reuters", url: "https://b.example",
                published: "2020-01-08", byline: "Ann Writer", language: "en", originPath: "story.txt")),
        Variant(
            testDescription: "other paragraph kinds",
            article: Article(
                title: "Title", paragraphs: story.paragraphs.map { Paragraph(kind: .body, text: $0.text) })),
        Variant(
            testDescription: "re-spaced",
            article: Article(
                title: " Title\t",
                paragraphs: [
                    Paragraph(kind: .standfirst, text: "\n One\u{00A0}two \r\n three. "),
                    Paragraph(kind: .body, text: "Four.\n"),
                ])),
    ]

    @Test(arguments: sameContent)
    func sameContentHashesTheSame(_ variant: Variant) {
        #expect(variant.article.normalizedText == variant.normalizedText)
        #expect(variant.article.contentSHA256 == Self.storySHA256)
    }

    /// Copies of the story whose text differs, if only in where a paragraph ends: another article.
    static let otherContent: [Variant] = [
        Variant(
            testDescription: "paragraphs merged",
            article: Article(title: "Title", paragraphs: [Paragraph(kind: .body, text: "One two three. Four.")]),
            normalizedText: "Title\nOne two three. Four."),
        Variant(
            testDescription: "a word of the headline moved into the first paragraph",
            article: Article(
                title: "Title One",
                paragraphs: [
                    Paragraph(kind: .standfirst, text: "two three."), Paragraph(kind: .body, text: "Four."),
                ]),
            normalizedText: "Title One\ntwo three.\nFour."),
        Variant(
            testDescription: "paragraphs swapped",
            article: Article(title: "Title", paragraphs: story.paragraphs.reversed()),
            normalizedText: "Title\nFour.\nOne two three."),
        Variant(
            testDescription: "a word changed",
            article: Article(
                title: "Title",
                paragraphs: [
                    Paragraph(kind: .standfirst, text: "One two four."), Paragraph(kind: .body, text: "Four."),
                ]),
            normalizedText: "Title\nOne two four.\nFour."),
        Variant(
            testDescription: "headline changed",
            article: Article(title: "Headline", paragraphs: story.paragraphs),
            normalizedText: "Headline\nOne two three.\nFour."),
        Variant(
            testDescription: "a paragraph dropped",
            article: Article(title: "Title", paragraphs: Array(story.paragraphs.prefix(1))),
            normalizedText: "Title\nOne two three."),
    ]

    @Test(arguments: otherContent)
    func otherContentHashesDifferently(_ variant: Variant) {
        #expect(variant.article.normalizedText == variant.normalizedText)
        #expect(variant.article.contentSHA256 == SHA256.hexDigest(of: Array(variant.normalizedText.utf8)))
        #expect(variant.article.contentSHA256 != Self.storySHA256)
    }

    // MARK: - Whitespace

    @Test(arguments: [
        ("", ""),
        (" \t\n\r\u{0B}\u{0C} ", ""),
        ("plain", "plain"),
        ("  two   words  ", "two words"),
        ("tab\tnewline\nCRLF\r\nend", "tab newline CRLF end"),
        ("no\u{00A0}break", "no break"),
        (
            "em\u{2003}space, ideographic\u{3000}space, line\u{2028}separator, next\u{0085}line",
            "em space, ideographic space, line separator, next line"
        ),
        (
            "zero\u{200B}width and \u{FEFF}BOM are not whitespace",
            "zero\u{200B}width and \u{FEFF}BOM are not whitespace"
        ),
        ("Iran’s  «slap»\n\n🇮🇷  e\u{301}", "Iran’s «slap» 🇮🇷 e\u{301}"),
    ])
    func collapseWhitespace(input: String, expected: String) {
        // Scalars, not Strings: String equality would let a changed normal form pass.
        #expect(Array(ArticleModel.collapseWhitespace(input).unicodeScalars) == Array(expected.unicodeScalars))
    }
}
