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
        for index in figures.indices {
            if let quote = quotes.first(where: { $0.span.paragraph == figures[index].span.paragraph && $0.span.start <= figures[index].span.start && figures[index].span.end <= $0.span.end }),
               let speaker = quote.speaker {
                figures[index].source = speaker
            }
        }
        quotes.sort { ($0.span.paragraph, $0.span.start) < ($1.span.paragraph, $1.span.start) }
        return Extraction(entities: entities.entities, figures: figures, quotes: quotes)
    }
}
