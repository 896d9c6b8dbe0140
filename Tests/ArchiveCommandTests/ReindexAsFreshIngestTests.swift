import Foundation
import SQLite
import Testing

/// `archive reindex --all` stores what a fresh ingest of the same articles stores: each article extracted
/// again finds only the entities of the articles before it, not those later articles made the last time,
/// while the aliases a user added (and the entities they name) stay and apply.
@Suite struct ReindexAsFreshIngestTests {
    let pipeline = ReindexPipelineTests()

    /// An acronym named alone, then two later articles spelling its full name two ways: the second spelling
    /// makes an entity of its own with the same acronym as an alias, so that after the first ingest the
    /// acronym names two entities (and finds neither).
    static let stories = [
        """
        Regulator fines Corvane Bank

        The HRWA fined Corvane Bank 2 million dollars on Monday, a spokesman said. The HRWA said the bank \
        had misled its savers.
        """,
        """
        Water authority warns of drought

        The Harbour Ridge Water Authority (HRWA) warned on Tuesday that 40 towns could run dry by August, \
        said Lena Marsh, its chair.
        """,
        """
        Savers repaid

        The Harbor Ridge Water Authority (HRWA) ordered Corvane Bank to repay 3,000 savers, Lena Marsh \
        said on Friday.
        """,
    ]

    func storiesInAFolder() throws -> (folder: URL, path: String) {
        let folder = try pipeline.commands.scratch()
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for (n, story) in Self.stories.enumerated() {
            try story.write(
                to: inputs.appendingPathComponent(String(format: "%02d.txt", n)), atomically: true, encoding: .utf8)
        }
        #expect(try ArchiveBinary.run(["ingest", "--jobs", "1", "inputs"], in: folder).status == 0)
        return (folder, folder.appendingPathComponent("archive.sqlite").path)
    }

    /// The entity each article's mentions of the acronym or the full names belong to, by name.
    func authorities(_ path: String) throws -> [[String]] {
        try Database(path: path, mode: .readOnly).rows(
            """
            SELECT DISTINCT m.article_id, e.name FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            WHERE e.name LIKE 'HRWA' OR e.name LIKE '%Water Authority' ORDER BY m.article_id, e.name
            """
        ).map { [$0.string("article_id") ?? "", $0.string("name") ?? ""] }
    }

    @Test func anAcronymALaterArticleSpellsOutComesBackAsIngested() throws {
        let (folder, path) = try storiesInAFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ingested = try pipeline.snapshot(path)
        // As ingested, the first article's acronym is the entity the second one named in full.
        #expect(
            try authorities(path) == [
                ["1", "Harbour Ridge Water Authority"], ["2", "Harbour Ridge Water Authority"],
                ["3", "Harbor Ridge Water Authority"],
            ])
        for _ in 0..<2 {
            let reindex = try ArchiveBinary.run(["reindex", "--all", "--batch-size", "1"], in: folder)
            #expect(reindex.status == 0, "\(reindex.stderr)")
            let again = try pipeline.snapshot(path)
            for (table, rows) in ingested { #expect(again[table] == rows, "\(table)") }
        }
    }

    @Test func aReindexOfEveryStaleArticleResumedAfterItsStartComesBackAsIngested() throws {
        let (folder, path) = try storiesInAFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ingested = try pipeline.snapshot(path)
        // Every article stale (a newer extractor): a plain reindex redoes all of them as a fresh ingest would.
        try Database(path: path).execute("UPDATE articles SET extractor_version = 1")
        #expect(try ArchiveBinary.run(["reindex"], in: folder).status == 0)
        #expect(try pipeline.snapshot(path) == ingested)
        // Cleared and marked as a killed reindex of an earlier version left an archive (it removed the
        // old extraction in a transaction of its own): no extracted rows, and the next plain reindex
        // finishes the work.
        try Database(path: path).execute(
            """
            UPDATE articles SET extractor_version = 0;
            DELETE FROM entity_mentions; DELETE FROM figures; DELETE FROM quotes; DELETE FROM date_mentions;
            DELETE FROM entity_keys; DELETE FROM entity_aliases; DELETE FROM entities;
            """)
        let resumed = try ArchiveBinary.run(["reindex"], in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("re-extracted 3 articles"))
        #expect(try pipeline.snapshot(path) == ingested)
    }

    @Test func aUsersMergeStillAppliesAfterReindexAll() throws {
        let (folder, path) = try storiesInAFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Database(path: path).execute(
            """
            INSERT INTO entity_aliases (entity_id, alias, origin)
            SELECT id, 'Harbor Ridge Water Authority', 'user' FROM entities
            WHERE name = 'Harbour Ridge Water Authority' AND kind = 'organization'
            """)
        for _ in 0..<2 {
            let reindex = try ArchiveBinary.run(["reindex", "--all"], in: folder)
            #expect(reindex.status == 0, "\(reindex.stderr)")
            #expect(
                try authorities(path) == [
                    ["1", "Harbour Ridge Water Authority"], ["2", "Harbour Ridge Water Authority"],
                    ["3", "Harbour Ridge Water Authority"],
                ])
            let db = try Database(path: path, mode: .readOnly)
            #expect(
                try db.scalar("SELECT count(*) FROM entities WHERE name LIKE '%Water Authority' OR name = 'HRWA'")
                    == .integer(1))
            #expect(try db.scalar("SELECT count(*) FROM entity_aliases WHERE origin = 'user'") == .integer(1))
            #expect(
                try db.scalar("SELECT articles FROM entities WHERE name = 'Harbour Ridge Water Authority'")
                    == .integer(3))
        }
    }
}
