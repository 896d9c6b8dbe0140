import ArticleModel

/// Runs every extraction pass over one article: tokenize once, then entities, figures and quotes.
///
///     let extractor = ArticleExtractor(gazetteer: try Gazetteer.bundled())  // once per process
///     let extraction = extractor.extract(from: article)
public struct ArticleExtractor: Sendable {
    /// Bumped whenever extraction changes what it stores, so `archive reindex` knows what is stale.
    public static let version = 3

    let entityExtractor: EntityExtractor
    let figureExtractor: FigureExtractor
    let quoteExtractor = QuoteExtractor()
    let dateExtractor = DateExtractor()

    public init(gazetteer: Gazetteer) {
        entityExtractor = EntityExtractor(gazetteer: gazetteer)
        figureExtractor = FigureExtractor(gazetteer: gazetteer)
    }

    public func extract(from article: Article) -> Extraction {
        let analyzed = AnalyzedArticle(article)
        let entities = entityExtractor.extract(from: analyzed)
        var quotes = quoteExtractor.extract(from: analyzed, entities: entities)
        var figures = figureExtractor.extract(from: analyzed, entities: entities, quotes: quotes)
        quotes.sort { ($0.span.paragraph, $0.span.start) < ($1.span.paragraph, $1.span.start) }
        let dates = dateExtractor.extract(from: analyzed)
        Self.date(&figures, &quotes, from: dates, in: analyzed)
        return Extraction(entities: entities.entities, figures: figures, quotes: quotes, dates: dates)
    }

    /// Gives each figure the date its sentence names (the nearest one, when several), and each quote
    /// the date of the words around it in its paragraph (`… he said on Tuesday`).
    static func date(
        _ figures: inout [Figure], _ quotes: inout [Quote], from dates: [DateMention], in article: AnalyzedArticle
    ) {
        let resolved = Dictionary(grouping: dates.filter { $0.value != nil }, by: \.span.paragraph)
        guard !resolved.isEmpty else { return }
        for index in figures.indices {
            let span = figures[index].span
            guard let candidates = resolved[span.paragraph] else { continue }
            let sentence = article.paragraphs[span.paragraph].sentenceSpan(containing: span.start)
            let inSentence = candidates.filter { sentence.contains($0.span.start) }
            let nearest = inSentence.min { abs($0.span.start - span.start) < abs($1.span.start - span.start) }
            figures[index].date = nearest?.value.map(Self.day)
        }
        for index in quotes.indices {
            let span = quotes[index].span
            let outside =
                resolved[span.paragraph]?.filter { $0.span.end <= span.start || $0.span.start >= span.end } ?? []
            let days = Set(outside.compactMap { $0.value.map(Self.day) })
            if days.count == 1 { quotes[index].date = days.first }
        }
    }

    /// The day part of an ISO 8601 value (`2020-01-08T01:45` → `2020-01-08`); coarser values as they are.
    static func day(_ value: String) -> String {
        value.count > 10 && value.dropFirst(10).first == "T" ? String(value.prefix(10)) : value
    }
}
