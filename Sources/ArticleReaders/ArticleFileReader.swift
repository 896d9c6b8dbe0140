import ArticleModel
import Foundation

/// Turns a file's bytes into articles, choosing the reader by format.
public struct ArticleFileReader: Sendable {
    /// Files larger than this are refused rather than read.
    public var maximumBytes: Int
    public var metadata: ArticleMetadata

    public init(maximumBytes: Int = 20 * 1024 * 1024, metadata: ArticleMetadata = ArticleMetadata()) {
        self.maximumBytes = maximumBytes
        self.metadata = metadata
    }

    /// Reads every article in `bytes`, which came from `origin` (a path, or `-`), going on past items
    /// that cannot be read: the result lists the articles and a problem for each such item.
    ///
    /// The format is `format`, else the one `origin`'s extension names, else the one the bytes look like.
    ///
    /// - Throws: ``ArticleReadError`` when the file as a whole cannot be read (too large, empty, binary,
    ///   not JSON, a page with no article text, no items at all).
    public func readAll(_ bytes: [UInt8], origin: String, format: ArticleFormat? = nil) throws -> ArticleReadResult {
        guard bytes.count <= maximumBytes else {
            throw ArticleReadError.tooLarge(bytes: bytes.count, limit: maximumBytes)
        }
        // Gzip (`story.html.gz`, or compressed standard input) is read as what it holds, within the same limit.
        if Gzip.isCompressed(bytes) {
            return try readAll(Gzip.decompress(bytes, limit: maximumBytes), origin: origin, format: format)
        }
        var result: ArticleReadResult
        switch format ?? ArticleFormat.guess(path: origin) ?? ArticleFormat.sniff(bytes) {
        case .text:
            let text = try TextDecoding.decode(bytes)
            result = ArticleReadResult(articles: [try PlainTextArticleReader().read(text, origin: origin)])
        case .html:
            result = ArticleReadResult(articles: [try HTMLArticleReader().read(bytes, origin: origin)])
        case .json:
            result = try JSONArticleReader().read(bytes, origin: origin, lineDelimited: false)
        case .jsonl:
            result = try JSONArticleReader().read(bytes, origin: origin, lineDelimited: true)
        }
        result.articles = result.articles.map(dated)
        return result
    }

    /// The article with the command line's metadata applied and its publication date's origin: the
    /// flag, the file, or, when neither gives one, a date the text states at its start.
    func dated(_ article: Article) -> Article {
        var dated = metadata.applied(to: article)
        if metadata.published != nil {
            dated.publishedFrom = .flag
        } else if article.published != nil {
            dated.publishedFrom = .file
        } else if let stated = StatedPublicationDate.find(in: dated) {
            dated.published = stated
            dated.publishedFrom = .text
        }
        return dated
    }

    /// Reads the articles in `bytes`, which came from `origin` (a path, or `-`), leaving out items that
    /// cannot be read.
    ///
    /// - Throws: what ``readAll(_:origin:format:)`` throws, and, when no item gave an article, the one
    ///   problem (or a summary of several).
    public func read(_ bytes: [UInt8], origin: String, format: ArticleFormat? = nil) throws -> [Article] {
        try Self.articles(of: readAll(bytes, origin: origin, format: format))
    }

    /// Reads every article in a regular file on disk; see ``readAll(_:origin:format:)``.
    ///
    /// A named pipe, a device or a socket is refused without waiting on it, and no more than
    /// ``maximumBytes`` are read, whatever size the file claims.
    public func readAll(path: String, format: ArticleFormat? = nil) throws -> ArticleReadResult {
        try readAll(try FileBytes.read(path: path, limit: maximumBytes), origin: path, format: format)
    }

    /// Reads every article in what is left on an open file `descriptor` (0 for standard input), no
    /// more than ``maximumBytes`` of it, counted as it comes.
    public func readAll(descriptor: Int32, origin: String, format: ArticleFormat? = nil) throws -> ArticleReadResult {
        try readAll(try FileBytes.read(descriptor: descriptor, limit: maximumBytes), origin: origin, format: format)
    }

    /// Reads a file from disk.
    public func read(path: String, format: ArticleFormat? = nil) throws -> [Article] {
        try Self.articles(of: readAll(path: path, format: format))
    }

    static func articles(of result: ArticleReadResult) throws -> [Article] {
        guard result.articles.isEmpty, let first = result.problems.first else { return result.articles }
        if result.problems.count == 1 { throw first }
        throw ArticleReadError.malformed(
            "none of the \(result.problems.count) items could be read (\(first); \(result.problems[1])\(result.problems.count > 2 ? "; …" : ""))"
        )
    }
}
