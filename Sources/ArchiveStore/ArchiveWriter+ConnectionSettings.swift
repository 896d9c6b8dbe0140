internal import SQLite

/// The writer's connection is set up for storing while batches run (foreign keys and CHECK constraints not
/// checked, triggers off: see ``ArchiveWriter/inBatch(holdingLargeArticles:_:)``) and as any connection is
/// for everything else. Each switch makes SQLite expire every prepared statement of the connection (a
/// pragma's change, and the trigger switch), so that each one the next batch runs is compiled again: the
/// writer's ~40 statements, some of them the incident views. So the storing settings are kept from one
/// batch to the next, and the ordinary ones put back only when something else uses the connection: the
/// writer's own other work (``ArchiveWriter/ordinaryConnection()``) or whoever reads ``ArchiveWriter/database``.
extension ArchiveWriter {
    enum ConnectionSettings {
        /// For a batch: no foreign key or CHECK constraint checked, no trigger run (the writer keeps what
        /// the triggers would).
        case storing
        /// As every other connection: foreign keys on, CHECK constraints checked, triggers on.
        case ordinary
    }

    /// The writer's connection with the ordinary settings, for anything but storing a batch: a caller's
    /// own statements on it run the archive's triggers and check its foreign keys. A batch leaves the
    /// connection set up for storing: read this again after one, rather than keeping what it gave before.
    var database: Database {
        // (Outside a transaction, where the pragmas take effect; a batch never reads this.)
        if connectionSettings != .ordinary && !connection.isInsideTransaction { try? use(.ordinary) }
        return connection
    }

    /// The connection, set up as any connection is (see ``database``), or the error of setting it up.
    func ordinaryConnection() throws -> Database {
        try use(.ordinary)
        return connection
    }

    /// Sets the connection up for `settings`, unless it is already (outside a transaction: SQLite takes the
    /// foreign-key pragma only there).
    func use(_ settings: ConnectionSettings) throws {
        guard settings != connectionSettings else { return }
        let storing = settings == .storing
        try connection.execute("PRAGMA foreign_keys = \(storing ? "OFF" : "ON")")
        try connection.execute("PRAGMA ignore_check_constraints = \(storing ? "ON" : "OFF")")
        try connection.setTriggersEnabled(!storing)
        connectionSettings = settings
        triggersAreOff = storing
    }
}
