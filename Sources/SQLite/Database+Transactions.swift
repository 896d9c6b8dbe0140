/// How a transaction block ends.
public enum TransactionCompletion: Sendable { case commit, rollback }

extension Database {
    /// Runs `block` in a transaction that commits when it returns `.commit`, and rolls back when it
    /// returns `.rollback` or throws (the first error is rethrown).
    ///
    ///     try db.inTransaction { try insert.execute(1); return .commit }
    public func inTransaction(_ block: () throws -> TransactionCompletion) throws {
        try execute("BEGIN IMMEDIATE")
        let completion: TransactionCompletion
        do {
            completion = try block()
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        switch completion {
        case .commit:
            do { try execute("COMMIT") } catch {
                try? execute("ROLLBACK")
                throw error
            }
        case .rollback:
            try execute("ROLLBACK")
        }
    }

    /// Runs `block` inside a named savepoint: released when it returns, rolled back to (and released)
    /// when it throws, so a failed article leaves the surrounding batch transaction untouched.
    public func inSavepoint<T>(_ name: String = "article", _ block: () throws -> T) throws -> T {
        try execute("SAVEPOINT \(name)")
        do {
            let value = try block()
            try execute("RELEASE \(name)")
            return value
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }
}
