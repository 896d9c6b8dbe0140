internal import SQLite

/// Each article stored whole or not at all.
///
/// Outside a batch an article has a savepoint of its own. Inside one it has none: a savepoint per article
/// made SQLite copy every page the article changed into a sub-journal (and flush the full-text index's
/// pending terms) for each article. The batch holds a savepoint for every ``articlesPerSavepoint`` articles
/// instead, and when an article fails after writing some of its rows, the batch goes back to the latest
/// and the articles stored since are stored again in the same order, so with the same ids (nothing else
/// writes while the batch holds the write lock). A failure is rare: what the writer can check before it
/// writes (``checkSpans(of:paragraphCount:)``), it checks first. (The sub-journal keeps every page copy its
/// statements made until the outermost savepoint is released: one savepoint for a whole batch held 13 MB
/// more at the peak of a news-corpus ingest than one per article, one per 25 articles 7 MB, one per 8 3 MB.)
extension ArchiveWriter {
    /// The name of the savepoint a batch holds (``inBatch(holdingLargeArticles:_:)``).
    static let batchSavepoint = "batch"
    /// Articles stored under one savepoint of a batch before it is released and the next one begins.
    static let articlesPerSavepoint = 8

    /// Runs `store`, which writes one article's rows and returns what they add to the entity counts, so
    /// that the article is stored whole or not at all (see above). When it fails, what the writer found out
    /// about entities is forgotten once: here outside a batch, else by ``storeAgainWhatTheBatchStored(after:)``.
    func storingWhole<T>(_ store: @escaping () throws -> (T, EntityCountChanges)) throws -> T {
        guard batchIsOpen else {
            // (Foreign keys and CHECK constraints checked, as for any single statement on the connection.)
            if !connection.isInsideTransaction { try use(.ordinary) }
            do {
                return try connection.inSavepoint {
                    try withRowTriggersOff {
                        let (value, changes) = try store()
                        try changes.apply(to: connection)
                        return value
                    }
                }
            } catch {
                forgetWhatMayHaveChanged()  // it was rolled back with the article
                throw error
            }
        }
        do {
            let (value, changes) = try store()
            countChanges.add(changes)
            storedInBatch.append { [unowned self] in countChanges.add(try store().1) }
            if storedInBatch.count >= Self.articlesPerSavepoint { try beginNextSavepoint() }
            return value
        } catch {
            try storeAgainWhatTheBatchStored(after: error)
            throw error
        }
    }

    /// Releases the batch's savepoint and begins the next: the articles stored under it stay in the batch.
    private func beginNextSavepoint() throws {
        try connection.execute("RELEASE \(Self.batchSavepoint); SAVEPOINT \(Self.batchSavepoint)")
        storedInBatch = []
        countChangesAtSavepoint = countChanges
    }

    /// Forgets what the writer found out since the latest savepoint (it goes with the failed article), takes
    /// the batch back to that savepoint, undoing what the article wrote, and stores again every article stored
    /// since. Nothing more to do when `error` lost the whole batch (a full disk, or SQLite rolled the
    /// transaction back itself): the batch stops.
    private func storeAgainWhatTheBatchStored(after error: Error) throws {
        forgetWhatMayHaveChanged()
        guard connection.isInsideTransaction,
            !(Self.stopping(error, path: connection.path, timeout: timeout) is ArchiveError)
        else { return }
        try connection.execute("ROLLBACK TO \(Self.batchSavepoint)")
        countChanges = countChangesAtSavepoint
        let stored = storedInBatch
        storedInBatch = []
        do {
            for again in stored { try again() }
        } catch {
            throw ArchiveError.cannotWrite(
                path: connection.path,
                reason: "the batch could not be stored again without a failed article (\(error))")
        }
        storedInBatch = stored
    }
}
