import Foundation
import SQLite
import Testing

/// `archive reindex` reads stored articles and extracts them on `--jobs` threads while one writer
/// replaces their extraction in order, a window at a time: whatever the threads and windows, the
/// archive ends as one extraction article by article would leave it.
@Suite struct ReindexPipelineTests {
    let commands = ArchiveCommandTests()

    /// Articles of their own, each naming people, places and numbers, some the same ones.
    static let stories = [
        """
        Floods close the port of Valmora

        Heavy rain flooded the port of Valmora on Monday, officials said. At least 12 people were killed and \
        300 homes were damaged, said Ana Ribeiro, the mayor of Valmora.
        """,
        """
        Ferry sinks off Kestrel Island

        A ferry carrying 85 passengers sank off Kestrel Island on Tuesday. "We pulled 60 people from the \
        water," said Tomas Lindqvist, a coast guard officer.
        """,
        """
        Valmora counts the cost of the floods

        Ana Ribeiro said on Wednesday that the floods in Valmora had destroyed 40 bridges. The Red Cross sent \
        two planes carrying 15 tonnes of supplies.
        """,
        """
        Miners trapped in Dunmore

        Rescuers in Dunmore were trying to reach 23 miners trapped underground since Sunday, said Grace \
        Okafor, who leads the rescue.
        """,
        """
        Strike halts trains across Norland

        A strike by 9,000 rail workers halted trains across Norland on Thursday, the union said. Tomas \
        Lindqvist, a union spokesman, said the strike would last three days.
        """,
        """
        Dunmore miners rescued

        All 23 miners trapped in Dunmore were brought out alive on Friday. "It is a miracle," said Grace Okafor.
        """,
    ]

    /// Every extracted table, and the entities' counts, row by row and sorted: with every id but the row's
    /// own in the tables whose rows a reindex stores anew (numbered after the rows they replace).
    func snapshot(_ path: String) throws -> [String: [[String]]] {
        let db = try Database(path: path, mode: .readOnly)
        var tables: [String: [[String]]] = [:]
        let renumbered: Set = ["entity_mentions", "figures", "quotes", "date_mentions"]
        for table in [
            "entities", "entity_aliases", "entity_keys", "entity_mentions", "place_locations", "figures", "quotes",
            "date_mentions",
        ] {
            tables[table] = try db.rows("SELECT * FROM \(table)").map { row in
                row.values.dropFirst(renumbered.contains(table) ? 1 : 0).map { $0.textValue ?? "NULL" }
            }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        return tables
    }

    /// A scratch folder with the stories in `inputs/`, one file each.
    func storiesInAFolder() throws -> URL {
        let folder = try commands.scratch()
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for (n, story) in Self.stories.enumerated() {
            try story.write(
                to: inputs.appendingPathComponent(String(format: "%02d.txt", n)), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test(arguments: [("1", "200"), ("2", "2"), ("3", "1")])
    func reindexingOnThreadsInSmallWindowsLeavesWhatIngestStored(jobs: String, batchSize: String) throws {
        let folder = try storiesInAFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ingest = try ArchiveBinary.run(["ingest", "--jobs", "1", "inputs"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let path = folder.appendingPathComponent("archive.sqlite").path
        let stored = try snapshot(path)
        #expect(stored["figures"]?.count ?? 0 >= 6)
        #expect(stored["entity_mentions"]?.count ?? 0 >= 6)

        let reindex = try ArchiveBinary.run(
            ["reindex", "--all", "--jobs", jobs, "--batch-size", batchSize], in: folder)
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(reindex.stderr.contains("re-extracted 6 articles"))
        // The archive is one file again: the write-ahead log folded back in when the last connection closed.
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "a write-ahead log left beside the archive")
        let again = try snapshot(path)
        for (table, rows) in stored { #expect(again[table] == rows, "\(table)") }
    }

    @Test func onlyStaleArticlesAreRedoneAndTheirRowsComeBack() throws {
        let folder = try storiesInAFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ArchiveBinary.run(["ingest", "inputs"], in: folder).status == 0)
        let path = folder.appendingPathComponent("archive.sqlite").path
        func figures() throws -> [[String]] {
            try Database(path: path, mode: .readOnly).rows("SELECT article_id, text FROM figures ORDER BY id").map {
                [$0.string("article_id") ?? "", $0.string("text") ?? ""]
            }
        }
        let before = try figures()
        // As if an older extractor had stored the second and fifth articles with no figures.
        try Database(path: path).execute(
            "DELETE FROM figures WHERE article_id IN (2, 5); UPDATE articles SET extractor_version = 0 WHERE id IN (2, 5)"
        )
        let reindex = try ArchiveBinary.run(["reindex", "--jobs", "2", "--batch-size", "1"], in: folder)
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(reindex.stderr.contains("re-extracted 2 articles"))
        let after = try figures()
        #expect(after.sorted { $0.lexicographicallyPrecedes($1) } == before.sorted { $0.lexicographicallyPrecedes($1) })
        // Stored again after the others, the second article's before the fifth's.
        let redone = before.filter { ["2", "5"].contains($0[0]) }
        #expect(!redone.isEmpty)
        #expect(Array(after.suffix(redone.count)) == redone)
        #expect(
            try Database(path: path, mode: .readOnly).scalar("SELECT min(extractor_version) FROM articles")
                != .integer(0))
    }
}
