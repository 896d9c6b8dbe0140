import Foundation
import SQLite
import Testing

@testable import ArchiveStore

@Suite struct ArchiveSchemaTests {
    func temporaryFile(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "archive-schema-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func createsANewArchiveAtTheFileVersion() throws {
        let path = temporaryFile("new.sqlite")
        _ = try ArchiveWriter(path: path)
        let db = try Database(path: path, mode: .readOnly)
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        // Opening again is a no-op.
        _ = try ArchiveWriter(path: path)
        _ = try ArchiveReader(path: path)
    }

    @Test func refusesATextFileAndLeavesItAlone() throws {
        let path = temporaryFile("notes.txt")
        let text = "These are my notes, not a database.\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ArchiveError.notAnArchive(path: path, reason: "not an SQLite database")) {
            _ = try ArchiveWriter(path: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesAnotherSQLiteDatabase() throws {
        let path = temporaryFile("other.sqlite")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE recipes (name TEXT)")
        }
        #expect(throws: ArchiveError.notAnArchive(path: path, reason: "an SQLite database, but not an archive")) {
            _ = try ArchiveWriter(path: path)
        }
        let db = try Database(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema") == .integer(1))
    }

    @Test func anArchiveIsMarkedInItsHeader() throws {
        let path = temporaryFile("marked.sqlite")
        _ = try ArchiveWriter(path: path)
        let db = try Database(path: path, mode: .readOnly)
        #expect(try db.scalar("PRAGMA application_id") == .integer(Int64(ArchiveSchema.applicationID)))
    }

    /// Another application's database is its own, even with tables named like ours.
    @Test func refusesADatabaseMarkedByAnotherApplication() throws {
        let path = temporaryFile("lookalike.sqlite")
        do {
            let db = try Database(path: path)
            try db.execute(ArchiveSchema.sql)
            try db.execute("PRAGMA application_id = 42")
        }
        #expect(throws: ArchiveError.notAnArchive(path: path, reason: "an SQLite database, but not an archive")) {
            _ = try ArchiveWriter(path: path)
        }
    }

    @Test func refusesAnArchiveFromANewerVersion() throws {
        let path = temporaryFile("future.sqlite")
        _ = try ArchiveWriter(path: path)
        do {
            let db = try Database(path: path)
            try db.execute("PRAGMA user_version = \(ArchiveSchema.version + 1)")
        }
        #expect(
            throws: ArchiveError.newerVersion(
                path: path, found: ArchiveSchema.version + 1, supported: ArchiveSchema.version)
        ) {
            _ = try ArchiveWriter(path: path)
        }
        #expect(throws: ArchiveError.self) { _ = try ArchiveReader(path: path) }
    }

    @Test func readerRefusesAMissingFile() {
        let path = temporaryFile("absent.sqlite")
        #expect(throws: ArchiveError.missing(path: path)) { _ = try ArchiveReader(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
