import Foundation
import Testing

/// `export --table` writes one table whole, a row a line, as JSON Lines or CSV.
@Suite struct ExportTableTests {
    let commands = ArchiveCommandTests()

    @Test func aTableIsWrittenWholeInEitherFormat() throws {
        let folder = try commands.scratch()
        #expect(try ArchiveBinary.run(["ingest", ArchiveCommandTests.sample], in: folder).status == 0)
        let count = try ArchiveBinary.run(["sql", "SELECT count(*) AS n FROM figures", "--csv"], in: folder).stdout
        let figures = Int(count.split(separator: "\r\n").last ?? "") ?? -1

        let jsonl = try ArchiveBinary.run(["export", "--table", "figures"], in: folder)
        let objects = try jsonl.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == figures && figures > 0)
        #expect(objects.contains { $0["text"] as? String == "five missiles" && $0["site"] as? String == "Erbil" })
        #expect(jsonl.stdout.hasPrefix(#"{"id": 1, "article_id": 1, "#))  // the table's column order

        let csv = try ArchiveBinary.run(["export", "--table", "figures", "--format", "csv"], in: folder)
        #expect(csv.stdout.hasPrefix("id,article_id,paragraph_id,start_offset,end_offset,text,value"))

        let wrong = try ArchiveBinary.run(["export", "--table", "secrets"], in: folder)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: --table must be one of articles, paragraphs"))
    }

    /// A figure's dating columns (`date`, where it comes from, `relative_date`, `period`) reach `export --table
    /// figures` and `archive figures --format json` as they reach the whole-archive export.
    @Test func figuresCarryTheirPeriodAndDates() throws {
        let folder = try commands.scratch()
        let text = """
            Siege toll rises

            Shelling has killed 300 people in Vesk since the siege began, the monitor said.
            """
        try text.write(to: folder.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        #expect(try ArchiveBinary.run(["ingest", "story.txt"], in: folder).status == 0)
        let jsonl = try ArchiveBinary.run(["export", "--table", "figures"], in: folder)
        let exported = try jsonl.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let total = try #require(exported.first { $0["value"] as? Double == 300 })
        #expect(total["period"] as? String == "since the siege began")
        #expect(total.keys.contains("relative_date") && total["date_from_earlier_sentence"] as? Int == 0)
        let listed = try ArchiveBinary.run(["figures", "--format", "json"], in: folder)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["value"] as? Double == 300 })
        #expect(row["period"] as? String == "since the siege began")
        #expect(row.keys.contains("date") && row.keys.contains("dated_by") && row.keys.contains("relative_date"))
    }
}
