import ArticleModel

/// Reads a saved news page: the article's text and what the page says about it.
///
/// Metadata comes from `<meta property="og:…">`, `article:published_time`, `<meta name="author">`,
/// JSON-LD `NewsArticle`/`Article` objects, `<time datetime>`, `<link rel=canonical>` and `<html lang>`;
/// the text from ``HTMLBodyExtractor``, or JSON-LD `articleBody` when the markup holds none. The page's
/// description is the standfirst when the page shows it (not only in its `<meta>` tags) and the text
/// does not already say it. Pages of any charset libxml2 reads are
/// fine; broken and deeply nested markup is repaired or flattened, never a crash.
public struct HTMLArticleReader: Sendable {
    /// Least article text (in characters) a page must have.
    static let minimumTextLength = 100

    public init() {}

    /// - Throws: ``ArticleReadError/empty`` for nothing but whitespace, ``ArticleReadError/binary`` for
    ///   bytes that are not text, ``ArticleReadError/noArticleText`` when no article text is found,
    ///   ``ArticleReadError/noHeadline`` when the page has no title.
    public func read(_ bytes: [UInt8], origin: String? = nil) throws -> Article {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw ArticleReadError.empty }
        let isUTF16 = bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
        if !isUTF16 && bytes.prefix(8192).contains(0) { throw ArticleReadError.binary }

        let document = HTMLDocument.parse(bytes)
        let metadata = HTMLMetadata(document.root)
        // Before the extractor prunes the tree: what a reader of the page sees.
        let pageText = Self.normalizedForComparison(Self.visibleText(document.root))
        var paragraphs = HTMLBodyExtractor().paragraphs(in: document.root)
        let bodyLength = paragraphs.reduce(0) { $0 + $1.text.count }
        if let linkedBody = metadata.articleBody, linkedBody.count >= Self.minimumTextLength,
            bodyLength < linkedBody.count / 2
        {
            let lines = linkedBody.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            paragraphs = PlainTextArticleReader.blocks(of: lines, headlineLine: false).map {
                Paragraph(kind: .body, text: $0)
            }
        }
        guard paragraphs.reduce(0, { $0 + $1.text.count }) >= Self.minimumTextLength else {
            throw ArticleReadError.noArticleText
        }

        guard let headline = metadata.headline ?? paragraphs.first(where: { $0.kind == .crosshead })?.text else {
            throw ArticleReadError.noHeadline
        }
        if let description = metadata.description.map(collapseWhitespace), !description.isEmpty {
            if let first = paragraphs.first, first.kind == .body,
                Self.normalizedForComparison(first.text) == Self.normalizedForComparison(description)
            {
                paragraphs[0].kind = .standfirst  // the page shows its description above the text
            } else if !Self.says(description, in: paragraphs), Self.contains(pageText, description) {
                paragraphs.insert(Paragraph(kind: .standfirst, text: description), at: 0)
            }
        }
        return Article(
            title: headline, paragraphs: paragraphs, source: metadata.siteName, url: metadata.url,
            published: metadata.published, byline: metadata.byline, language: metadata.language, originPath: origin,
            publishedAsWritten: metadata.publishedAsWritten
        )
    }

    /// Whether the text already says `description`: sites often take the description from the text,
    /// perhaps cut short with an ellipsis, or give the whole text as the description.
    static func says(_ description: String, in paragraphs: [Paragraph]) -> Bool {
        contains(normalizedForComparison(paragraphs.map(\.text).joined(separator: " ")), description)
    }

    /// Whether `normalizedText` holds the opening of `description`.
    static func contains(_ normalizedText: String, _ description: String) -> Bool {
        let stem = normalizedForComparison(description)
        guard !stem.isEmpty else { return true }
        return normalizedText.contains(stem.prefix(min(120, max(1, stem.count * 4 / 5))))
    }

    /// The text of the page's `<body>`, scripts left out.
    static func visibleText(_ root: HTMLElement) -> String {
        var text = ""
        func append(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let run): text += run
                case .element(let child):
                    if child.name != "script" && child.name != "head" && child.name != "title" { append(child) }
                }
            }
        }
        append(root)
        return text
    }

    /// Letters and digits only, lower-cased: ellipses, quotes and spacing do not matter.
    private static func normalizedForComparison(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }
}
