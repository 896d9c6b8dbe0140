import CSQLite
import Foundation
import Testing

@testable import SQLite

/// A fresh directory under the system temporary directory, removed when the value is released.
/// Each test makes its own, so tests running in parallel never share a file.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("SQLiteTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct DatabaseTests {
    @Test func opensInMemory() throws {
        let db = try Database(path: ":memory:")
        #expect(db.path == ":memory:")
        #expect(db.mode == .readWrite)
        try db.execute("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3)")
        #expect(try db.scalar("SELECT sum(x) FROM t") == .integer(6))
        #expect(db.changes == 3)
        #expect(db.lastInsertedRowID == 3)
    }

    @Test func inMemoryDatabasesArePrivate() throws {
        let first = try Database(path: ":memory:")
        let second = try Database(path: ":memory:")
        try first.execute("CREATE TABLE t(x)")
        #expect(try second.scalar("SELECT count(*) FROM sqlite_master") == .integer(0))
    }

    @Test func opensCreatesAndReopensAFile() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("archive.sqlite")
        #expect(!FileManager.default.fileExists(atPath: path))
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(name TEXT)")
            try db.prepare("INSERT INTO t VALUES (?)").execute("Khamenei")
        }
        #expect(FileManager.default.fileExists(atPath: path))
        let reopened = try Database(path: path)
        #expect(try reopened.scalar("SELECT name FROM t") == .text("Khamenei"))
    }

    @Test func readOnlyOpenRefusesWrites() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("archive.sqlite")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)")
        }
        let reader = try Database(path: path, mode: .readOnly)
        #expect(reader.mode == .readOnly)
        #expect(try reader.scalar("SELECT x FROM t") == .integer(1))

        let viaExecute = #expect(throws: DatabaseError.self) { try reader.execute("INSERT INTO t VALUES (2)") }
        #expect(viaExecute?.code == SQLITE_READONLY)
        #expect(viaExecute?.code == DatabaseError.readOnly)
        #expect(viaExecute?.sql == "INSERT INTO t VALUES (2)")

        let insert = try reader.prepare("INSERT INTO t VALUES (?)")
        let viaStatement = #expect(throws: DatabaseError.self) { try insert.execute(3) }
        #expect(viaStatement?.code == SQLITE_READONLY)

        #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))
        // configureForWriting is a no-op on a read-only connection rather than an attempted write.
        try reader.configureForWriting()
    }

    @Test func readOnlyOpenOfMissingFileFails() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("missing.sqlite")
        let error = #expect(throws: DatabaseError.self) { try Database(path: path, mode: .readOnly) }
        #expect(error?.code == SQLITE_CANTOPEN)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try Database(path: ":memory:")
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        try db.execute(
            """
            CREATE TABLE article(id INTEGER PRIMARY KEY, title TEXT NOT NULL);
            CREATE TABLE paragraph(article_id INTEGER NOT NULL REFERENCES article(id), text TEXT);
            INSERT INTO article(id, title) VALUES (1, 'Headline');
            """)
        let sql = "INSERT INTO paragraph(article_id, text) VALUES (?, ?)"
        let insert = try db.prepare(sql)
        try insert.execute(1, "fine")

        let error = #expect(throws: DatabaseError.self) { try insert.execute(42, "orphan") }
        #expect(error?.code == 19)
        #expect(error?.code == DatabaseError.constraint)
        #expect(error?.extendedCode == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
        #expect(error?.sql == sql)
        let description = error.map(String.init(reflecting:)) ?? ""
        #expect(description.contains("FOREIGN KEY constraint failed"))
        #expect(description.contains(sql))
        #expect(description.hasPrefix("SQLite error 19: "))
        // Bound values never appear, even in the debug description.
        #expect(!description.contains("orphan"))

        // Deleting a referenced parent is refused too, through execute.
        let deletion = #expect(throws: DatabaseError.self) { try db.execute("DELETE FROM article WHERE id = 1") }
        #expect(deletion?.code == 19)
        #expect(deletion.map(String.init(describing:))?.contains("FOREIGN KEY constraint failed") == true)

        // The statement is usable again after the failure.
        try insert.execute(1, "also fine")
        #expect(try db.scalar("SELECT count(*) FROM paragraph") == .integer(2))
    }

    @Test func walIsOnAfterConfigureForWriting() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("archive.sqlite")
        let db = try Database(path: path)
        #expect(try db.scalar("PRAGMA journal_mode") == .text("delete"))
        try db.configureForWriting()
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA synchronous") == .integer(1))  // NORMAL
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)")

        // WAL is persistent: another connection sees it, and can read while this one writes.
        let reader = try Database(path: path, mode: .readOnly)
        #expect(try reader.scalar("PRAGMA journal_mode") == .text("wal"))
        try db.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (2)")
        #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))
        try db.execute("COMMIT")
        #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(2))
    }

    @Test func configureForWritingLeavesMemoryDatabasesAlone() throws {
        let db = try Database(path: ":memory:")
        try db.configureForWriting()
        #expect(try db.scalar("PRAGMA journal_mode") == .text("memory"))
    }

    @Test func notADatabaseIsDetectedOnFirstReadAndLeftUntouched() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("notes.txt")
        let original = Data("These are my notes, not a database.\nSecond line of text that is long enough.\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))

        do {
            let db = try Database(path: path)
            let error = #expect(throws: DatabaseError.self) {
                try db.scalar("SELECT count(*) FROM sqlite_master")
            }
            #expect(error?.code == 26)
            #expect(error?.code == DatabaseError.notADatabase)
            #expect(error?.sql == "SELECT count(*) FROM sqlite_master")
            let viaExecute = #expect(throws: DatabaseError.self) { try db.execute("CREATE TABLE t(x)") }
            #expect(viaExecute?.code == SQLITE_NOTADB)
        }

        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
        #expect(leftovers == ["notes.txt"])
    }

    @Test func busyTimeoutGivesUpWithSQLiteBusy() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("archive.sqlite")
        let writer = try Database(path: path)
        try writer.configureForWriting()
        try writer.execute("CREATE TABLE t(x)")
        let other = try Database(path: path, busyTimeoutMilliseconds: 50)

        try writer.execute("BEGIN IMMEDIATE")
        let error = #expect(throws: DatabaseError.self) { try other.execute("BEGIN IMMEDIATE") }
        #expect(error?.code == DatabaseError.busy)
        try writer.execute("COMMIT")
        try other.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (1); COMMIT")
        #expect(try writer.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    /// An extended code is split into the primary code and itself; the description is one line.
    @Test(arguments: [
        (
            DatabaseError(code: 787, message: "FOREIGN KEY constraint failed"),
            DatabaseError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed", sql: nil),
            "SQLite error 19: FOREIGN KEY constraint failed"
        ),
        (
            DatabaseError(code: 1, message: "oops", sql: "SELECT 1"),
            DatabaseError(code: 1, extendedCode: 1, message: "oops", sql: "SELECT 1"),
            "SQLite error 1: oops"
        ),
    ])
    func errorValueAndDescription(error: DatabaseError, expected: DatabaseError, description: String) {
        #expect(error == expected)
        #expect(error.description == description)
    }

    /// The SQL, which can run to many lines, is left out of what people read and kept for developers.
    @Test func theSQLIsOnlyInTheDebugDescription() {
        let error = DatabaseError(code: 1, message: "no such table: t", sql: "SELECT *\nFROM t")
        #expect(error.description == "SQLite error 1: no such table: t")
        #expect(error.debugDescription == "SQLite error 1: no such table: t - while executing `SELECT *\nFROM t`")
    }

    @Test func libraryVersionLooksLikeSQLite3() {
        #expect(Database.libraryVersion.hasPrefix("3."))
    }
}
