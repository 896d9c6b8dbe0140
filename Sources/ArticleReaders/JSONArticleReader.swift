import ArticleModel
import Foundation

/// Reads articles from JSON: one object, an array of objects (or an object holding one under
/// `articles`, `items`, `data`, `results`, `entries`, `stories` or `posts`), or JSON Lines, one object per line.
///
/// Field names are the common ones of scrapers, news APIs and feeds, matched without regard to case:
///
/// | article   | fields |
/// |-----------|--------|
/// | headline  | `title`, `headline` |
/// | text      | `text`, `body`, `content`, `maintext`, `articleBody`, `content_text` (split into paragraphs at blank lines, or at line breaks when there are none; or an array of paragraphs) |
/// | standfirst| `description`, `standfirst`, `summary` |
/// | url       | `url`, `link` |
/// | published | `published`, `date_publish`, `publishedAt`, `published_at`, `date_published`, `datePublished`, `pubDate`, `date` (ISO 8601, RFC 822, or seconds since 1970) |
/// | source    | `source`, `source_domain`, `site_name`, `publisher` (text, or an object with `name`) |
/// | byline    | `authors`, `author`, `byline` (text, array, or objects with `name`) |
/// | language  | `language`, `lang`, `inLanguage` |
///
/// An item without a usable headline, or with a headline or text of the wrong type, is a problem for that
/// item; the others are still read.
public struct JSONArticleReader: Sendable {
    static let titleKeys = ["title", "headline"]
    static let textKeys = ["text", "body", "content", "maintext", "articlebody", "content_text"]
    static let standfirstKeys = ["description", "standfirst", "summary"]
    static let urlKeys = ["url", "link"]
    static let publishedKeys = [
        "published", "date_publish", "publishedat", "published_at", "date_published",
        "datepublished", "pubdate", "date",
    ]
    static let sourceKeys = ["source", "source_domain", "site_name", "publisher"]
    static let bylineKeys = ["authors", "author", "byline"]
    static let languageKeys = ["language", "lang", "inlanguage"]
    static let wrapperKeys = ["articles", "items", "data", "results", "entries", "stories", "posts"]

    public init() {}

    /// Reads `bytes` as JSON (`lineDelimited` false; a file whose whole is not JSON but whose lines are
    /// is read as JSON Lines) or as JSON Lines.
    ///
    /// - Throws: ``ArticleReadError`` when the file as a whole is empty, binary, not UTF-8, not JSON,
    ///   or holds no items.
    public func read(_ bytes: [UInt8], origin: String? = nil, lineDelimited: Bool) throws -> ArticleReadResult {
        if lineDelimited { return try readLines(bytes, origin: origin) }
        let text = try TextDecoding.decode(bytes)
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            if text.split(separator: "\n", omittingEmptySubsequences: true).count > 1,
                let result = try? readLines(bytes, origin: origin), !result.articles.isEmpty
            {
                return result
            }
            throw ArticleReadError.malformed("not JSON")
        }
        let items: [Any]
        if let array = value as? [Any] {
            items = array
        } else if let object = value as? [String: Any] {
            let lowered = Self.lowercasedKeys(object)
            if !Self.titleKeys.contains(where: { lowered[$0] != nil }),
                let list = Self.wrapperKeys.lazy.compactMap({ lowered[$0]?.value as? [Any] }).first
            {
                items = list
            } else {
                return ArticleReadResult(articles: [try article(from: object, origin: origin)])
            }
        } else {
            throw ArticleReadError.malformed("not an article: the JSON is \(Self.typeName(value)), not an object")
        }
        guard !items.isEmpty else { throw ArticleReadError.malformed("no articles: the JSON array is empty") }
        var result = ArticleReadResult()
        for (index, item) in items.enumerated() {
            do {
                result.articles.append(try article(from: item, origin: origin))
            } catch let error as ArticleReadError {
                result.problems.append(ArticleReadProblem(.item(index + 1), error))
            }
        }
        return result
    }

    private func readLines(_ bytes: [UInt8], origin: String?) throws -> ArticleReadResult {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw ArticleReadError.empty }
        if bytes.prefix(8192).contains(0) { throw ArticleReadError.binary }
        var result = ArticleReadResult()
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        for (index, line) in body.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            if let offset = TextDecoding.firstInvalidUTF8Offset(line) {
                result.problems.append(
                    ArticleReadProblem(
                        .line(number), .invalidUTF8(byteOffset: line.startIndex - bytes.startIndex + offset)))
                continue
            }
            guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
                result.problems.append(ArticleReadProblem(.line(number), .malformed("not JSON")))
                continue
            }
            do {
                result.articles.append(try article(from: value, origin: origin))
            } catch let error as ArticleReadError {
                result.problems.append(ArticleReadProblem(.line(number), error))
            }
        }
        return result
    }

    // MARK: - One article

    /// The article one JSON value describes.
    ///
    /// - Throws: ``ArticleReadError/malformed(_:)`` when it is not an object, has no headline, or its
    ///   headline or text is of the wrong type.
    func article(from value: Any, origin: String?) throws -> Article {
        guard let object = value as? [String: Any] else {
            throw ArticleReadError.malformed("not an article: \(Self.typeName(value)), not an object")
        }
        let fields = Self.lowercasedKeys(object)

        guard let (titleKey, titleValue) = Self.first(Self.titleKeys, in: fields) else {
            throw ArticleReadError.malformed("no title")
        }
        guard let titleText = titleValue as? String else {
            throw ArticleReadError.malformed("\(titleKey) is \(Self.typeName(titleValue)), not text")
        }
        let title = collapseWhitespace(titleText)
        guard !title.isEmpty else { throw ArticleReadError.malformed("no title: \(titleKey) is empty") }

        var paragraphs: [Paragraph] = []
        if let (textKey, textValue) = Self.first(Self.textKeys, in: fields) {
            let blocks: [String]
            if let text = textValue as? String {
                let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
                blocks = PlainTextArticleReader.blocks(of: lines, headlineLine: false)
            } else if let array = textValue as? [Any], array.allSatisfy({ $0 is String }) {
                blocks = array.compactMap { ($0 as? String).map(collapseWhitespace) }.filter { !$0.isEmpty }
            } else {
                throw ArticleReadError.malformed("\(textKey) is \(Self.typeName(textValue)), not text")
            }
            paragraphs = blocks.map { Paragraph(kind: .body, text: $0) }
        }
        if let standfirst = Self.first(Self.standfirstKeys, in: fields).flatMap({ $0.1 as? String }).map(
            collapseWhitespace),
            !standfirst.isEmpty, paragraphs.first?.text != standfirst
        {
            paragraphs.insert(Paragraph(kind: .standfirst, text: standfirst), at: 0)
        }

        let published = Self.publicationDate(Self.first(Self.publishedKeys, in: fields)?.1)
        return Article(
            title: title, paragraphs: paragraphs,
            source: Self.first(Self.sourceKeys, in: fields).flatMap { HTMLMetadata.name($0.1) },
            url: Self.first(Self.urlKeys, in: fields).flatMap { HTMLMetadata.string($0.1) },
            published: published.published,
            byline: Self.first(Self.bylineKeys, in: fields).flatMap { HTMLMetadata.names($0.1) },
            language: Self.first(Self.languageKeys, in: fields).flatMap { HTMLMetadata.string($0.1) },
            originPath: origin, publishedAsWritten: published.asWritten
        )
    }

    /// A `published` field's date in one form, and the value as written when it differs: text read as a
    /// date, a number as seconds (or milliseconds) since 1970.
    static func publicationDate(_ value: Any?) -> (published: String?, asWritten: String?) {
        if let text = value as? String { return PublicationDate.read([text]) }
        guard let number = value as? NSNumber, !Self.isBoolean(number) else { return (nil, nil) }
        let written = number.stringValue
        guard let iso = PublicationDate.iso(epoch: number.doubleValue) else { return (nil, written) }
        return (iso, written)
    }

    // MARK: - Helpers

    /// The first of `keys` present with a value other than null, and that value.
    static func first(_ keys: [String], in fields: [String: (key: String, value: Any)]) -> (String, Any)? {
        for key in keys {
            if let field = fields[key], !(field.value is NSNull) { return (field.key, field.value) }
        }
        return nil
    }

    /// Fields by lower-cased key, keeping the key as written for messages.
    static func lowercasedKeys(_ object: [String: Any]) -> [String: (key: String, value: Any)] {
        var fields: [String: (key: String, value: Any)] = [:]
        for (key, value) in object.sorted(by: { $0.key < $1.key }) where fields[key.lowercased()] == nil {
            fields[key.lowercased()] = (key, value)
        }
        return fields
    }

    /// Whether JSONSerialization read `true` or `false` here.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c" && (number == true as NSNumber || number == false as NSNumber)
    }

    /// `a number`, `an array` … for messages.
    static func typeName(_ value: Any) -> String {
        switch value {
        case is String: return "text"
        case is NSNull: return "null"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case let number as NSNumber: return isBoolean(number) ? "a boolean" : "a number"
        default: return "a value"
        }
    }
}
