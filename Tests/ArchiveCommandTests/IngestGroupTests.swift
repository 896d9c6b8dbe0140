import Foundation
import SQLite
import Testing

/// `archive ingest` reads and extracts a few files at a time on each thread (a group, each pass over a
/// batch of their articles): the articles are still numbered in the order of the files, each is stored
/// whole, and an input that fails inside a group is reported alone while the others of its group are stored.
@Suite struct IngestGroupTests {
    let commands = ArchiveCommandTests()

    func rows(_ sql: String, in folder: URL) throws -> [[String]] {
        let db = try Database(path: folder.appendingPathComponent("archive.sqlite").path, mode: .readOnly)
        return try db.rows(sql).map { row in row.values.map { $0.textValue ?? "" } }
    }

    @Test(arguments: ["1", "2"])
    func articlesAreNumberedInFileOrderAndAFailureInAGroupIsReportedAlone(jobs: String) throws {
        let folder = try commands.scratch()
        let inputs = folder.appendingPathComponent("inputs")
        try commands.writeDistinctCopies(40, into: inputs)
        // Inside the first group: a file no reader takes, and a JSON Lines file with a broken line
        // between two articles.
        let broken = inputs.appendingPathComponent("0005.txt")
        try FileManager.default.removeItem(at: broken)
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x00]).write(to: inputs.appendingPathComponent("0005.json"))
        try """
        {"title": "Harbour closes", "text": "Port officials closed the harbour to shipping on Friday."}
        {"title": "Half a line"
        {"title": "Harbour opens", "text": "The harbour opened again to shipping on Sunday, officials said."}
        """.write(to: inputs.appendingPathComponent("0009.jsonl"), atomically: true, encoding: .utf8)

        let result = try ArchiveBinary.run(
            ["ingest", "--verbose", "--jobs", jobs, "--batch-size", "7", "inputs"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("inputs/0005.json: "), "\(result.stderr)")
        #expect(result.stderr.contains("inputs/0009.jsonl: line 2:"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").last?.hasPrefix("41 stored, 0 already archived, 2 failed") == true)

        // Numbered in the order of the files: the copies by their number, the feed's two in its order before 0009.txt.
        let stored = try rows("SELECT id, origin_path, title FROM articles ORDER BY id", in: folder)
        let expected = (0..<40).filter { $0 != 5 }.flatMap { n -> [String] in
            (n == 9 ? ["0009.jsonl", "0009.jsonl"] : []) + [String(format: "%04d.txt", n)]
        }
        #expect(stored.map { URL(fileURLWithPath: $0[1]).lastPathComponent } == expected)
        #expect(stored.map { Int($0[0]) } == Array(1...41))
        #expect(stored.filter { $0[1].hasSuffix("0009.jsonl") }.map { $0[2] } == ["Harbour closes", "Harbour opens"])
        // Each copy stored whole, with what the sample's extraction finds in it.
        let figures = try rows(
            "SELECT count(DISTINCT article_id), min(n), max(n) FROM (SELECT figures.article_id, count(*) AS n"
                + " FROM figures JOIN articles ON articles.id = figures.article_id"
                + " JOIN paragraphs ON paragraphs.id = figures.paragraph_id"
                + " WHERE origin_path LIKE '%.txt' AND paragraphs.text NOT LIKE 'Copy %' GROUP BY figures.article_id)",
            in: folder)
        #expect(figures.first?[0] == "39" && figures.first?[1] == figures.first?[2], "\(figures)")
    }
}
