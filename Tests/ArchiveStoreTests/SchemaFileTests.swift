import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// schema.sql is the one source of truth: the binary's embedded copy must be the file, byte for byte.
@Suite struct SchemaFileTests {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema.sql")

    @Test func embeddedSchemaIsTheFile() throws {
        let file = try String(contentsOf: Self.schemaPath, encoding: .utf8)
        #expect(
            file == ArchiveSchema.sql + "\n" || file == ArchiveSchema.sql,
            "schema.sql changed: run scripts/embed-schema")
    }

    @Test func versionComesFromTheFile() {
        #expect(ArchiveSchema.version == 35)
    }

    @Test func embeddedMigrationsAreTheFiles() throws {
        let folder = Self.schemaPath.deletingLastPathComponent().appendingPathComponent("migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
            .sorted()
        #expect(files.count == ArchiveSchema.migrations.count)
        for file in files {
            let version = Int(file.prefix(4)) ?? -1
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(
                ArchiveSchema.migrations[version].map { $0 + "\n" == text || $0 == text } == true,
                "\(file) changed: run scripts/embed-schema")
        }
    }

    @Test func everyTableAndViewHasAComment() throws {
        let file = try String(contentsOf: Self.schemaPath, encoding: .utf8)
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated()
        where line.hasPrefix("CREATE TABLE") || line.hasPrefix("CREATE VIEW") || line.hasPrefix("CREATE VIRTUAL TABLE")
        {
            let before = lines[..<index].reversed().prefix { !$0.isEmpty }
            #expect(before.contains { $0.hasPrefix("--") }, "no comment above: \(line)")
        }
    }

    @Test func everyCannedQueryNamesAView() throws {
        let db = try Database(path: ":memory:")
        try ArchiveSchema.prepare(db, path: ":memory:")
        let views = Set(
            try db.rows("SELECT name FROM sqlite_schema WHERE type = 'view'").compactMap { $0.string("name") })
        let queries = try ArchiveReader(database: db).cannedQueries()
        #expect(queries.count >= 5)
        for query in queries {
            #expect(views.contains(query.view), "canned query \(query.name) names missing view \(query.view)")
            _ = try db.rows("SELECT * FROM \(query.view)")
        }
    }
}
