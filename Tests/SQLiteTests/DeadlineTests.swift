import Testing

@testable import SQLite

@Suite struct DeadlineTests {
    /// A statement that counts to a billion: far longer than any deadline below.
    static let endless = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)
        SELECT count(*) FROM n
        """

    @Test func aStatementPastItsDeadlineGivesNil() throws {
        let db = try Database(path: ":memory:")
        let answer = try db.withinDeadline(seconds: 0.05) { try db.scalar(Self.endless) }
        #expect(answer == nil)
    }

    @Test func aQuickStatementGivesItsAnswer() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2)")
        let answer = try db.withinDeadline(seconds: 5) { try db.scalar("SELECT count(*) FROM t") }
        #expect(answer == .integer(2))
    }

    @Test func theConnectionWorksOnAfterAnInterruption() throws {
        let db = try Database(path: ":memory:")
        _ = try db.withinDeadline(seconds: 0.01) { try db.scalar(Self.endless) }
        // No deadline is left behind: a long statement now runs to its end.
        let sum = try db.scalar(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT sum(i) FROM n")
        #expect(sum == .integer(20_000_100_000))
    }

    @Test func otherErrorsStillThrow() throws {
        let db = try Database(path: ":memory:")
        #expect(throws: DatabaseError.self) {
            _ = try db.withinDeadline(seconds: 5) { try db.scalar("SELECT * FROM missing") }
        }
    }
}
