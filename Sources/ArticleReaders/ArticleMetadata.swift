import ArticleModel

/// Metadata supplied from outside the text (command-line flags); a set field wins over the file's own.
public struct ArticleMetadata: Equatable, Sendable {
    public var source: String?
    public var published: String?
    public var url: String?

    public init(source: String? = nil, published: String? = nil, url: String? = nil) {
        self.source = source
        self.published = published
        self.url = url
    }

    public func applied(to article: Article) -> Article {
        var article = article
        if let source { article.source = source }
        if let published { article.published = published }
        if let url { article.url = url }
        return article
    }
}
