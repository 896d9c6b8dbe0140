import Foundation
import Testing

@testable import SQLite

private struct ArticleFailed: Error, Equatable {
    let id: Int
}

private func makeDatabase() throws -> Database {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY)")
    return db
}

private func ids(_ db: Database) throws -> [Int] {
    try db.rows("SELECT id FROM t ORDER BY id").compactMap { $0.int("id") }
}

@Suite struct TransactionTests {
    @Test func commitKeepsTheWork() throws {
        let db = try makeDatabase()
        let insert = try db.prepare("INSERT INTO t(id) VALUES (?)")
        #expect(!db.isInsideTransaction)
        try db.inTransaction {
            #expect(db.isInsideTransaction)
            for id in 1...3 { try insert.execute(id) }
            return .commit
        }
        #expect(!db.isInsideTransaction)
        #expect(try ids(db) == [1, 2, 3])
    }

    @Test func rollbackDiscardsTheWork() throws {
        let db = try makeDatabase()
        try db.execute("INSERT INTO t VALUES (1)")
        try db.inTransaction {
            try db.execute("INSERT INTO t VALUES (2); DELETE FROM t WHERE id = 1")
            #expect(try ids(db) == [2])
            return .rollback
        }
        #expect(!db.isInsideTransaction)
        #expect(try ids(db) == [1])
    }

    @Test func thrownErrorRollsBackAndIsRethrown() throws {
        let db = try makeDatabase()
        #expect(throws: ArticleFailed(id: 7)) {
            try db.inTransaction {
                try db.execute("INSERT INTO t VALUES (1)")
                throw ArticleFailed(id: 7)
            }
        }
        #expect(!db.isInsideTransaction)
        #expect(try ids(db).isEmpty)
    }

    @Test func databaseErrorInsideRollsBackAndIsRethrownUnchanged() throws {
        let db = try makeDatabase()
        try db.execute("INSERT INTO t VALUES (5)")
        let insert = try db.prepare("INSERT INTO t(id) VALUES (?)")
        let error = #expect(throws: DatabaseError.self) {
            try db.inTransaction {
                try insert.execute(6)
                try insert.execute(5)  // primary key clash
                return .commit
            }
        }
        #expect(error?.code == 19)
        #expect(error?.sql == "INSERT INTO t(id) VALUES (?)")
        #expect(!db.isInsideTransaction)
        #expect(try ids(db) == [5])
    }

    @Test func transactionsCannotNest() throws {
        let db = try makeDatabase()
        try db.inTransaction {
            try db.execute("INSERT INTO t VALUES (1)")
            let nested = #expect(throws: DatabaseError.self) {
                try db.inTransaction { return .commit }
            }
            #expect(nested?.sql == "BEGIN IMMEDIATE")
            // The outer transaction is still open and still commits.
            #expect(db.isInsideTransaction)
            return .commit
        }
        #expect(try ids(db) == [1])
    }

    @Test func savepointInsideTransactionRollsBackOnlyItsOwnWork() throws {
        let db = try makeDatabase()
        let insert = try db.prepare("INSERT INTO t(id) VALUES (?)")
        try db.inTransaction {
            try insert.execute(1)
            #expect(throws: ArticleFailed(id: 2)) {
                try db.inSavepoint {
                    try insert.execute(2)
                    try insert.execute(3)
                    throw ArticleFailed(id: 2)
                }
            }
            #expect(db.isInsideTransaction)
            #expect(try ids(db) == [1])
            let kept: Int = try db.inSavepoint {
                try insert.execute(4)
                return 4
            }
            #expect(kept == 4)
            return .commit
        }
        #expect(try ids(db) == [1, 4])
    }

    @Test func savepointFailingOnDatabaseErrorKeepsTheBatch() throws {
        let db = try makeDatabase()
        let insert = try db.prepare("INSERT INTO t(id) VALUES (?)")
        try db.inTransaction {
            for batch in [[1, 2], [3, 1], [4, 5]] {  // the second article clashes with the first
                do {
                    try db.inSavepoint("article") { for id in batch { try insert.execute(id) } }
                } catch let error as DatabaseError {
                    #expect(error.code == 19)
                }
            }
            return .commit
        }
        #expect(try ids(db) == [1, 2, 4, 5])
    }

    @Test func nestedSavepoints() throws {
        let db = try makeDatabase()
        try db.inTransaction {
            try db.inSavepoint("outer") {
                try db.execute("INSERT INTO t VALUES (1)")
                #expect(throws: ArticleFailed(id: 2)) {
                    try db.inSavepoint("inner") {
                        try db.execute("INSERT INTO t VALUES (2)")
                        throw ArticleFailed(id: 2)
                    }
                }
                try db.execute("INSERT INTO t VALUES (3)")
            }
            return .commit
        }
        #expect(try ids(db) == [1, 3])
    }

    @Test func savepointOutsideTransactionIsItsOwnTransaction() throws {
        let db = try makeDatabase()
        try db.inSavepoint { try db.execute("INSERT INTO t VALUES (1)") }
        #expect(!db.isInsideTransaction)
        #expect(throws: ArticleFailed(id: 2)) {
            try db.inSavepoint {
                try db.execute("INSERT INTO t VALUES (2)")
                throw ArticleFailed(id: 2)
            }
        }
        #expect(!db.isInsideTransaction)
        #expect(try ids(db) == [1])
    }

    @Test func rollbackOfTheWholeTransactionUndoesReleasedSavepoints() throws {
        let db = try makeDatabase()
        try db.inTransaction {
            try db.inSavepoint { try db.execute("INSERT INTO t VALUES (1)") }
            return .rollback
        }
        #expect(try ids(db).isEmpty)
    }

    @Test func committedWorkIsVisibleToAnotherConnectionOnlyAfterCommit() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("archive.sqlite")
        let writer = try Database(path: path)
        try writer.configureForWriting()
        try writer.execute("CREATE TABLE t(id INTEGER PRIMARY KEY)")
        let reader = try Database(path: path, mode: .readOnly)

        try writer.inTransaction {
            try writer.execute("INSERT INTO t VALUES (1)")
            #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(0))
            return .commit
        }
        #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))

        try writer.inTransaction {
            try writer.execute("INSERT INTO t VALUES (2)")
            return .rollback
        }
        #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))

        // Reopening sees exactly the committed work.
        let reopened = try Database(path: path)
        #expect(try ids(reopened) == [1])
    }
}
