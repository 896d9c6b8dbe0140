import Foundation
import Testing

/// End-to-end: publication dates are stored in one form, what the file wrote is kept beside them, and a
/// value that is no date gives a warning line naming the file, never an invented date.
@Suite struct IngestPublicationDateTests {
    let commands = ArchiveCommandTests()

    @Test func aDateThatIsNoDateIsKeptAsWrittenWithAWarning() throws {
        let folder = try commands.scratch()
        let feed = """
            {"title": "Storm hits the coast", "text": "A storm hit the coast on Monday.", "published": "9999-99-99"}
            {"title": "Floods reach the city", "text": "Floods reached the city.", "published": "2020-01-08 06:30:00.000+0000"}
            """
        try feed.write(to: folder.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        let ingest = try ArchiveBinary.run(["ingest", "feed.jsonl"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(
            ingest.stderr.contains(
                "feed.jsonl: warning: published '9999-99-99' is not a date; kept as written, no date stored\n"))
        #expect(!ingest.stderr.contains("2020-01-08 06:30"))  // read as a date: nothing to warn about

        let export = try ArchiveBinary.run(["export"], in: folder)
        let objects = try export.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["published"] as? String } == [nil, "2020-01-08T06:30:00Z"])
        #expect(
            objects.map { $0["published_as_written"] as? String } == ["9999-99-99", "2020-01-08 06:30:00.000+0000"])
    }

    @Test func theFlagMustBeARealDate() throws {
        let folder = try commands.scratch()
        let result = try ArchiveBinary.run(
            ["ingest", "--published", "2021-02-30", ArchiveCommandTests.sample], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--published must be an ISO 8601 date"))
    }
}
