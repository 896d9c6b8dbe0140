/// What the extractors found in one article: plain values, no database.
public struct Extraction: Equatable, Sendable {
    public var entities: [ExtractedEntity]
    public var figures: [Figure]
    public var quotes: [Quote]
    public var dates: [DateMention]

    public init(
        entities: [ExtractedEntity] = [], figures: [Figure] = [], quotes: [Quote] = [], dates: [DateMention] = []
    ) {
        self.entities = entities
        self.figures = figures
        self.quotes = quotes
        self.dates = dates
    }
}
