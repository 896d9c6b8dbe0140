import Foundation
import Testing

@testable import SQLite

/// A user's SQL is prepared only when it reads: one statement, no write, no ATTACH, no PRAGMA that
/// sets, no extension — even on a connection that could write.
@Suite struct ReadOnlySQLTests {
    func database() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE places (name TEXT, people INTEGER); INSERT INTO places VALUES ('Erbil', 5)")
        return db
    }

    @Test(arguments: [
        "SELECT name FROM places WHERE people > 1",
        "WITH t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT n FROM t",
        "PRAGMA table_info(places)", "SELECT * FROM pragma_table_info('places')", "PRAGMA user_version",
        "  SELECT 1 ;  ",
    ])
    func readingIsAllowed(sql: String) throws {
        let db = try database()
        let statement = try db.prepareReadOnly(sql)
        #expect(try statement.step())
    }

    @Test(arguments: [
        "DELETE FROM places", "INSERT INTO places VALUES ('Hama', 2)", "UPDATE places SET people = 0",
        "DROP TABLE places", "CREATE TABLE x (a)", "ATTACH DATABASE ':memory:' AS other", "PRAGMA user_version = 9",
        "PRAGMA journal_mode = DELETE", "SELECT load_extension('libevil')", "VACUUM",
        "UPDATE sqlite_master SET sql = '' WHERE name = 'places'",
    ])
    func changesAreRefused(sql: String) throws {
        let db = try database()
        #expect {
            _ = try db.prepareReadOnly(sql)
        } throws: { error in
            if case .notReadOnly = error as? Database.Refusal { return true }
            return sql.contains("sqlite_master") && error is DatabaseError  // SQLite's own refusal
        }
        #expect(try db.scalar("SELECT count(*) FROM places") == .integer(1))
        #expect(try db.scalar("PRAGMA user_version") == .integer(0))
    }

    @Test func oneStatementAtATime() throws {
        let db = try database()
        #expect(throws: Database.Refusal.severalStatements) {
            _ = try db.prepareReadOnly("SELECT 1; DELETE FROM places")
        }
        #expect(throws: Database.Refusal.empty) { _ = try db.prepareReadOnly("  ") }
        #expect(try db.scalar("SELECT count(*) FROM places") == .integer(1))
    }

    @Test func parametersAreNamedInOrder() throws {
        let db = try database()
        #expect(
            try db.prepareReadOnly("SELECT :site, @from, $to, ?").parameterNames == [":site", "@from", "$to", "?4"])
    }

    /// After a refused statement the connection works as before: the authorizer is gone.
    @Test func theConnectionIsLeftAsItWas() throws {
        let db = try database()
        _ = try? db.prepareReadOnly("DELETE FROM places")
        try db.execute("INSERT INTO places VALUES ('Hama', 2)")
        #expect(try db.scalar("SELECT count(*) FROM places") == .integer(2))
    }
}
