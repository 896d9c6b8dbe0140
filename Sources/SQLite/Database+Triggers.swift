import CSQLite

extension Database {
    /// Turns the triggers of the database's tables on or off for this connection alone (every other
    /// connection still runs them). SQLite compiles a statement with the triggers it will fire, so a
    /// change makes every prepared statement compile again at its next run: switch seldom.
    public func setTriggersEnabled(_ enabled: Bool) throws {
        let code = csqlite_enable_triggers(handle, enabled ? 1 : 0)
        guard code == SQLITE_OK else { throw DatabaseError(connection: handle, code: code, sql: nil) }
    }
}
