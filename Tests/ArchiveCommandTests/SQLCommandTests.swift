import Foundation
import Testing

/// `archive sql` answers reading SQL in every output format and refuses anything else with one line,
/// leaving the archive byte for byte as it was.
@Suite struct SQLCommandTests {
    let commands = ArchiveCommandTests()

    func archive() throws -> URL {
        let folder = try commands.scratch()
        #expect(try ArchiveBinary.run(["ingest", ArchiveCommandTests.sample], in: folder).status == 0)
        return folder
    }

    @Test func readsWithNamedParameters() throws {
        let folder = try archive()
        let result = try ArchiveBinary.run(
            [
                "sql", "SELECT site, event, highest FROM strikes WHERE site = :site ORDER BY highest", "--param",
                "site=Ain al-Assad",
                "--format", "csv",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "site,event,highest\r\nAin al-Assad,failed,2\r\nAin al-Assad,launched,17\r\n")
    }

    @Test(arguments: [
        "DELETE FROM articles", "UPDATE figures SET value = 1", "DROP VIEW strikes", "CREATE TABLE mine (a)",
        "ATTACH DATABASE 'other.sqlite' AS other", "PRAGMA user_version = 1", "PRAGMA journal_mode = DELETE",
        "SELECT load_extension('libx')", "SELECT 1; DELETE FROM articles", "VACUUM",
    ])
    func refusesAnythingButReading(sql: String) throws {
        let folder = try archive()
        let file = folder.appendingPathComponent("archive.sqlite")
        let before = try Data(contentsOf: file)
        let result = try ArchiveBinary.run(["sql", sql], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: file) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.sqlite").path))
    }

    @Test func aMissingParameterOrBadSQLIsOneLine() throws {
        let folder = try archive()
        let missing = try ArchiveBinary.run(["sql", "SELECT * FROM strikes WHERE site = :site"], in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr == "Error: no value for :site (give --param site=VALUE)\n")
        let bad = try ArchiveBinary.run(["sql", "SELEC 1"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == "Error: SQL error: near \"SELEC\": syntax error\n")
    }
}
