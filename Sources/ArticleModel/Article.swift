/// A news article as read from a file: its metadata and its text as ordered paragraphs.
///
/// Readers produce it; extractors read it; the store writes it. The headline is not among
/// ``paragraphs``: it is ``title``, stored as paragraph 0.
public struct Article: Equatable, Sendable {
    public var title: String
    public var paragraphs: [Paragraph]
    public var source: String?
    public var url: String?
    /// ISO 8601 date (`2020-01-08`) or date-time (`2020-01-08T06:30:00Z`, `…+03:00`) in one form.
    public var published: String?
    /// Where ``published`` came from, when it is known.
    public var publishedFrom: PublicationDateOrigin?
    /// The publication date exactly as the file wrote it, when that is not ``published`` as it stands:
    /// written another way (`2020-01-08 06:30:00.000+0000`), or no date at all (`9999-99-99`).
    public var publishedAsWritten: String?
    public var byline: String?
    public var language: String?
    /// Where it was read from (a file path, or `-` for standard input).
    public var originPath: String?

    public init(
        title: String, paragraphs: [Paragraph], source: String? = nil, url: String? = nil,
        published: String? = nil, byline: String? = nil, language: String? = nil, originPath: String? = nil,
        publishedFrom: PublicationDateOrigin? = nil, publishedAsWritten: String? = nil
    ) {
        self.publishedFrom = publishedFrom
        self.publishedAsWritten = publishedAsWritten
        self.title = title
        self.paragraphs = paragraphs
        self.source = source
        self.url = url
        self.published = published
        self.byline = byline
        self.language = language
        self.originPath = originPath
    }

    /// The publication date the file wrote but no reader could take as a date, when the article has no
    /// other from the file or the command line: the value to warn about.
    public var unreadablePublished: String? {
        guard let publishedAsWritten, publishedFrom != .file, publishedFrom != .flag else { return nil }
        return publishedAsWritten
    }

    /// The day the article came out where it came out, which relative dates in its text ("on Tuesday")
    /// count from: the day the file wrote (`2020-01-09T01:30:00+03:00` → 2020-01-09), though ``published``
    /// is in UTC (`2020-01-08T22:30:00Z`); else the day ``published`` begins with.
    public var publicationDay: String? {
        guard let published else { return nil }
        if publishedFrom != .flag && publishedFrom != .text, let written = publishedAsWritten {
            let bytes = Array(written.utf8.prefix(10))
            let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { bytes.count == 10 && (48...57).contains(bytes[$0]) }
            if digits && bytes[4] == bytes[7] && (bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/")) {
                return String(decoding: bytes.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
            }
        }
        return String(published.prefix(10))
    }

    /// The headline followed by the paragraphs, as the store numbers them: position 0 is the headline.
    public var numberedParagraphs: [Paragraph] {
        [Paragraph(kind: .headline, text: title)] + paragraphs
    }

    /// Headline and paragraphs with runs of whitespace collapsed, one paragraph per line: what the
    /// content hash covers, so re-wrapped or re-spaced copies of the same text are one article.
    public var normalizedText: String {
        numberedParagraphs.map { collapseWhitespace($0.text) }.joined(separator: "\n")
    }

    /// Hex SHA-256 of ``normalizedText``, hashed paragraph by paragraph without joining them.
    public var contentSHA256: String {
        var hasher = SHA256()
        for (index, paragraph) in numberedParagraphs.enumerated() {
            if index > 0 { hasher.update(CollectionOfOne(UInt8(ascii: "\n"))) }
            hasher.update(collapseWhitespace(paragraph.text))
        }
        return hasher.finalizeHex()
    }

    public var wordCount: Int {
        numberedParagraphs.reduce(0) { $0 + WordCounting.words(in: $1.text) }
    }
}

/// One paragraph of an article's text and what part of the article it is.
public struct Paragraph: Equatable, Sendable {
    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    public enum Kind: String, Sendable, CaseIterable {
        case headline, standfirst, body, crosshead
    }
}
