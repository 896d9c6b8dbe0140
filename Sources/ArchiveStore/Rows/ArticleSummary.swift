/// A stored article's metadata.
public struct ArticleSummary: Equatable, Sendable {
    public var id: Int
    public var title: String
    public var source: String?
    /// ISO 8601 date or date-time, in one form (`2020-01-08`, `2020-01-08T06:30:00Z`, `…+03:00`).
    public var published: String?
    /// Where `published` came from: `file`, `flag` or `text`; nil when unknown.
    public var publishedFrom: String?
    /// The publication date as the file wrote it, when that is not `published` as it stands.
    public var publishedAsWritten: String?
    public var url: String?
    public var byline: String?
    public var language: String?
    /// The version of the extractor that filled its figures, entities, quotes and dates.
    public var extractorVersion: Int
}

extension ArticleSummary: RowDecodable {
    init(row: StatementRow) {
        self.init(
            id: row.int("id") ?? 0, title: row.string("title") ?? "", source: row.string("source"),
            published: row.string("published"), publishedFrom: row.string("published_from"),
            publishedAsWritten: row.string("published_as_written"), url: row.string("url"),
            byline: row.string("byline"),
            language: row.string("language"), extractorVersion: row.int("extractor_version") ?? 0
        )
    }
}
