import Foundation

extension ArchiveReader {
    /// How many articles, paragraphs and extracted things the archive holds, and its bytes on disk.
    public func statistics() throws -> ArchiveStatistics {
        func number(_ sql: String) throws -> Int { Int(try database.scalar(sql)?.textValue ?? "0") ?? 0 }
        let counts = try Self.statisticsSQL.map { try number($0) }
        let pages = Int(try database.scalar("PRAGMA page_count")?.textValue ?? "0") ?? 0
        let pageSize = Int(try database.scalar("PRAGMA page_size")?.textValue ?? "0") ?? 0
        var bytes = pages * pageSize
        if let wal = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int { bytes += wal }
        return ArchiveStatistics(
            articles: counts[0], paragraphs: counts[1], entities: counts[2], entityMentions: counts[3],
            figures: counts[4], quotes: counts[5], dates: counts[6], databaseBytes: bytes)
    }

    /// The counts ``statistics()`` gives, in its order. Each `SELECT count(*) FROM t` stands alone, so
    /// that SQLite counts the smallest index's entries page by page (its count optimisation); any other
    /// form, coalesce(count(*), 0) or a WHERE too, steps through every row. Mentions are the sum of the
    /// count each entity keeps (exact: kept by the writer and the triggers on entity_mentions), a small
    /// table, where summing entity_mentions reads every row of the largest. Together: `archive stats`
    /// 300 → 45 ms at 100,000 articles.
    static let statisticsSQL = [
        "SELECT count(*) FROM articles", "SELECT count(*) FROM paragraphs", "SELECT count(*) FROM entities",
        "SELECT coalesce(sum(mentions), 0) FROM entities", "SELECT count(*) FROM figures",
        "SELECT count(*) FROM quotes", "SELECT count(*) FROM date_mentions",
    ]
}
