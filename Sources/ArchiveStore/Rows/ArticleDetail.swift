/// One stored article whole: its metadata, paragraphs and everything extracted from it, each list in
/// reading order (entities in the order they are first named).
public struct ArticleDetail: Equatable, Sendable {
    public var summary: ArticleSummary
    public var paragraphs: [ParagraphRow]
    public var entities: [EntityRow]
    public var mentions: [MentionRow]
    public var figures: [FigureRow]
    public var quotes: [QuoteRow]
    public var dates: [DateRow]
}
