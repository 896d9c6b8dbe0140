import ArticleModel

/// Extraction a few articles at a time, pass by pass: the tokens of every article of a batch, then their
/// entities, their quotes, their figures and their dates. Each pass's code then stays in the processor's
/// cache across the articles of a batch; run article by article, the five passes' code evicts itself from
/// the 1 MB L2 at every article (BENCHMARKS.md, branches speed26 and batch27). The output is the same as
/// extracting the articles one by one.
extension ArticleExtractor {
    /// Most articles extracted together. callgrind with a 1 MB L2, 300 news articles: L2 instruction misses
    /// 954 K one by one, 731 K in fours, 491 K in eights, 299 K in sixteens, 198 K in 32s, while data misses
    /// are least at 8–16 and grow beyond (the batch's tokens and mentions then evict each other): 16 is the
    /// knee, at about 35 KB of news text held at once.
    public static let batchArticles = 16
    /// Most bytes of text extracted together: a long article is a batch of its own, and what a batch
    /// holds at once (tokens, the entity pass's mentions) stays what one article of this size holds.
    public static let batchBytes = 256 * 1024

    /// What each of `articles` holds, in their order: each pass runs over all of them before the next.
    /// Give no more than a batch (``batches(ofSizes:most:bytes:)``); nothing is held back or split here.
    public func extract(from articles: [Article]) -> [Extraction] {
        let analyzed = articles.map(AnalyzedArticle.init)
        let entities: [[ExtractedEntity]]
        var quotes: [[Quote]], figures: [[Figure]]
        do {
            // The entity pass's mentions are let go here, before the date pass: a long article holds millions.
            let found = analyzed.map(entityExtractor.extract)
            entities = found.map(\.entities)
            quotes = zip(analyzed, found).map { quoteExtractor.extract(from: $0, entities: $1) }
            figures = analyzed.indices.map {
                figureExtractor.extract(from: analyzed[$0], entities: found[$0], quotes: quotes[$0])
            }
        }
        let dates = analyzed.map(dateExtractor.extract)
        return analyzed.indices.map { index in
            quotes[index].sort { ($0.span.paragraph, $0.span.start) < ($1.span.paragraph, $1.span.start) }
            Self.date(&figures[index], &quotes[index], from: dates[index], in: analyzed[index])
            Self.markRelativeDates(&figures[index], in: analyzed[index])
            Self.markReplacedTolls(&figures[index], in: analyzed[index])
            return Extraction(
                entities: entities[index], figures: figures[index], quotes: quotes[index], dates: dates[index])
        }
    }

    /// Consecutive batches of things `sizes` bytes long (articles' texts, by default): at most `count` things
    /// and, but for one alone, at most `limit` bytes each (one larger than `limit` is a batch of its own).
    public static func batches(ofSizes sizes: [Int], most count: Int = batchArticles, bytes limit: Int = batchBytes)
        -> [Range<Int>]
    {
        var batches: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (index, size) in sizes.enumerated() {
            if index > start && (index - start == count || bytes + size > limit) {
                batches.append(start..<index)
                (start, bytes) = (index, 0)
            }
            bytes += size
        }
        if start < sizes.count { batches.append(start..<sizes.count) }
        return batches
    }

    /// Bytes of an article's text as a batch counts them: its headline and paragraphs in UTF-8.
    public static func batchSize(of article: Article) -> Int {
        article.paragraphs.reduce(article.title.utf8.count) { $0 + $1.text.utf8.count }
    }
}
