import Foundation

extension ArchiveReader {
    /// How many articles, paragraphs and extracted things the archive holds, and its bytes on disk.
    public func statistics() throws -> ArchiveStatistics {
        func count(_ table: String, _ aggregate: String = "count(*)") throws -> Int {
            Int(try database.scalar("SELECT coalesce(\(aggregate), 0) FROM \(table)")?.textValue ?? "0") ?? 0
        }
        let pages = Int(try database.scalar("PRAGMA page_count")?.textValue ?? "0") ?? 0
        let pageSize = Int(try database.scalar("PRAGMA page_size")?.textValue ?? "0") ?? 0
        var bytes = pages * pageSize
        if let wal = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int { bytes += wal }
        return ArchiveStatistics(
            articles: try count("articles"), paragraphs: try count("paragraphs"), entities: try count("entities"),
            entityMentions: try count("entity_mentions", "sum(mentions)"), figures: try count("figures"),
            quotes: try count("quotes"),
            dates: try count("date_mentions"), databaseBytes: bytes
        )
    }
}
