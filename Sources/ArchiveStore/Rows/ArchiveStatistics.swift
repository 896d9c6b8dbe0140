/// What an archive holds and its size on disk.
public struct ArchiveStatistics: Equatable, Sendable {
    public var articles: Int
    public var paragraphs: Int
    public var entities: Int
    public var entityMentions: Int
    public var figures: Int
    public var quotes: Int
    public var dates: Int
    /// The database file's pages plus its write-ahead log.
    public var databaseBytes: Int
}
