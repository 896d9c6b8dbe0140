import ArticleModel

/// Runs every extraction pass over one article: tokenize once, then entities, figures and quotes.
///
///     let extraction = ArticleExtractor().extract(from: article)
public struct ArticleExtractor: Sendable {
    /// Bumped whenever extraction changes what it stores, so `archive reindex` knows what is stale.
    public static let version = 1

    let entityExtractor: EntityExtractor
    let figureExtractor = FigureExtractor()
    let quoteExtractor = QuoteExtractor()

    public init(gazetteer: Gazetteer = .shared) {
        entityExtractor = EntityExtractor(gazetteer: gazetteer)
    }

    public func extract(from article: Article) -> Extraction {
        let analyzed = AnalyzedArticle(article)
        let entities = entityExtractor.extract(from: analyzed)
        var quotes = quoteExtractor.extract(from: analyzed, entities: entities)
        var figures = figureExtractor.extract(from: analyzed, entities: entities)
        // Figures inside a quotation are the speaker's.
        let quotesByParagraph = Dictionary(grouping: quotes, by: \.span.paragraph)
        figures = figures.compactMap { figure in
            var figure = figure
            let span = figure.span
            guard let quote = quotesByParagraph[span.paragraph]?.first(where: { $0.span.start <= span.start && span.end <= $0.span.end }) else {
                return figure
            }
            // A slogan in quotation marks (`"one country, two systems"`) counts nothing.
            if quote.text.split(separator: " ").count <= 5 { return nil }
            if let speaker = quote.speaker { figure.source = speaker }
            return figure
        }
        quotes.sort { ($0.span.paragraph, $0.span.start) < ($1.span.paragraph, $1.span.start) }
        return Extraction(entities: entities.entities, figures: figures, quotes: quotes)
    }
}
