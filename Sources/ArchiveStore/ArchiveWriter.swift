import ArticleModel
import Extraction
import Foundation
internal import SQLite

/// The single writer of an archive: stores each article with everything extracted from it whole or not at
/// all (ArchiveWriter+WholeArticles.swift), inside batch transactions, with statements prepared once.
///
///     let writer = try ArchiveWriter(path: "archive.sqlite")
///     try writer.inBatch { try writer.store(article, extraction: extraction) }
public final class ArchiveWriter {
    public enum Outcome: Equatable, Sendable {
        case stored(id: Int)
        case duplicate(id: Int)
    }

    let connection: Database
    /// Seconds to wait for another writer; nil to wait as long as it takes.
    let timeout: Double?
    /// Whether ``inBatch(_:)`` has a transaction open: an article stored inside it must find it still open.
    private(set) var batchIsOpen = false
    /// Whether ``asOneTransaction(_:)`` holds the transaction every batch of a run is part of.
    private(set) var runIsOneTransaction = false
    private let findArticle: Statement
    private let insertArticle: Statement
    private let nextParagraphID: Statement
    let insertAlias: Statement
    let paragraphRows: RowInserter
    let mentionRows: RowInserter
    let figureRows: RowInserter
    let quoteRows: RowInserter
    let dateRows: RowInserter
    private let updateVersion: Statement
    /// Entities resolved in a batch, by kind and name (see ``entityID(for:)``). This and the two below
    /// hold from batch to batch as long as nothing but the writer's batches changed the archive
    /// (``stateAfterLastBatch``).
    /// (Kept by kind, then name: a key made of both was a string made for every entity.)
    var resolvedEntities: [ExtractedEntity.Kind: [String: Int]] = [:]
    /// Aliases stored in a batch, as entity id and alias: storing one again would change nothing.
    var storedAliases: Set<KeyedName> = []
    /// Names and aliases whose loose key a batch stored, with their entity (ArchiveWriter+Entities.swift).
    var storedKeys: Set<KeyedName> = []
    /// The loose keys of the names of the entity being stored, made by its look-up and read again to store
    /// them (``looseKey(of:kind:)``); emptied for each entity.
    var looseKeysOfEntity: [String: String] = [:]
    /// Places whose location row a batch found or made.
    var locatedPlaces: Set<Int> = []
    /// Whether the connection's triggers are off (``withRowTriggersOff(_:)``): the writer then keeps what
    /// they would have kept.
    var triggersAreOff = false
    /// How the connection is set up: for storing batches, or as any connection (ArchiveWriter+ConnectionSettings.swift).
    var connectionSettings = ConnectionSettings.ordinary
    /// Whether the archive holds aliases a user gave or denied, once a batch asked (ArchiveWriter+Entities.swift).
    var usersAliasesExist: Bool?
    /// ``archiveState()`` when the last batch committed; nil before the first and after one failed.
    private var stateAfterLastBatch: [Int]?
    /// What the open batch's entity_mentions rows add to the entities' counts, written when it commits.
    var countChanges = EntityCountChanges()
    /// How to store again each article the open batch stored since its latest savepoint, in order, and
    /// ``countChanges`` when that savepoint began (ArchiveWriter+WholeArticles.swift).
    var storedInBatch: [() throws -> Void] = []
    var countChangesAtSavepoint = EntityCountChanges()
    /// Pages SQLite may keep in memory for the writer (in KiB, as `PRAGMA cache_size` takes a negative
    /// number): enough that a batch's index pages stay in memory until it commits rather than being
    /// written to the WAL and read back while it runs (the default is 2 MB).
    static let cacheKibibytes = 16_384
    /// Pages the writer lets its WAL hold before a commit copies them into the archive's file (`PRAGMA
    /// wal_autocheckpoint`; SQLite's default is 1,000, 4 MB). In a large archive one batch changes more
    /// pages than that (the end of each named entity's run in entity_mentions_entity, the content hash's
    /// page, the full-text index's merges: about 2,800 pages a batch of 200 at 58,000 articles), so with the
    /// default every commit ran a checkpoint, and a page changed in every batch (an entity's counts, an
    /// index's last page) was copied into the file at every commit. 10,000 pages (40 MB of WAL at most,
    /// emptied by ``checkpoint()`` when ingest or reindex ends) copy it once in several batches.
    static let checkpointPages = 10_000
    /// Articles of at least this many words (about 1.5 MB of text) are stored in a batch whose sub-journals go
    /// to a temporary file (``inBatch(holdingLargeArticles:_:)``): kept in memory, one such article's
    /// sub-journal costs about five times its text (a 4 MB article: 21 MB).
    public static let largeArticleWords = 250_000
    /// Whether the connection keeps sub-journals in memory (`PRAGMA temp_store`), as it does but for a
    /// batch holding a large article.
    private var subJournalsInMemory = true
    /// The gazetteer places are located with (ArchiveWriter+Places.swift): the bundled one unless set.
    public lazy var gazetteer: Gazetteer? = Self.bundledGazetteer

    /// Opens (or creates, in one step) the archive at `path` for writing.
    ///
    /// While another process writes, the writer waits up to `timeout` seconds for its turn (nil: as
    /// long as it takes), calling `onWait` once a wait has lasted a second. `pageLimit` caps the file
    /// at that many pages, so that a test can play a full disk.
    ///
    /// - Throws: ``ArchiveError``: not an archive, a newer one, read-only, busy past `timeout`.
    public init(path: String, timeout: Double? = nil, onWait: @escaping () -> Void = {}, pageLimit: Int? = nil) throws {
        self.timeout = timeout
        do {
            try ArchiveCreation.createIfMissing(path)
            let connection = try Database(path: path, mode: .readWrite)
            connection.waitWhenBusy(timeout: timeout, notice: onWait)
            try ArchiveSchema.prepare(connection, path: path)
            if connection.isReadOnly { throw ArchiveError.readOnly(path: path) }
            try connection.retryingWhileBusy { try connection.configureForWriting() }
            self.connection = connection
        } catch {
            throw Self.stopping(error, path: path, timeout: timeout)
        }
        if let pageLimit { try connection.execute("PRAGMA max_page_count = \(pageLimit)") }
        try connection.execute("PRAGMA cache_size = -\(Self.cacheKibibytes)")
        // A batch's savepoint (and a statement's) copies every page it changes into a sub-journal, which SQLite
        // otherwise writes to a temporary file past 64 KiB: hundreds of KiB of write calls per batch.
        try connection.execute("PRAGMA temp_store = MEMORY")
        try connection.execute("PRAGMA wal_autocheckpoint = \(Self.checkpointPages)")
        findArticle = try connection.prepare("SELECT id FROM articles WHERE content_sha256 = ?")
        insertArticle = try connection.prepare(
            """
            INSERT INTO articles (title, source, url, published, published_from, published_as_written, byline,
                                  language, origin_path, content_sha256, word_count, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        nextParagraphID = try connection.prepare("SELECT coalesce(max(id), 0) + 1 FROM paragraphs")
        insertAlias = try connection.prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)")
        paragraphRows = RowInserter(
            connection, "INSERT OR FAIL INTO paragraphs (id, article_id, position, kind, text) VALUES", columns: 5)
        mentionRows = RowInserter(
            connection,
            """
            INSERT OR FAIL INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset,
                                                 mentions, more_offsets, role) VALUES
            """, columns: 8)
        figureRows = RowInserter(
            connection,
            """
            INSERT OR FAIL INTO figures (article_id, paragraph_id, start_offset, end_offset, text, value, max_value,
                                         approx, kind, unit, of_value, site, event, cause, source, sentence_start,
                                         sentence_end, date, site_entity_id, source_entity_id, period_total,
                                         earlier_site, earlier_site_entity_id, relative_date, period,
                                         date_from_earlier_sentence, replaced_toll, sentence) VALUES
            """, columns: 28)
        quoteRows = RowInserter(
            connection,
            """
            INSERT OR FAIL INTO quotes (article_id, paragraph_id, start_offset, end_offset, text, speaker,
                                        speaker_entity_id, date) VALUES
            """, columns: 8)
        dateRows = RowInserter(
            connection,
            """
            INSERT OR FAIL INTO date_mentions (article_id, paragraph_id, start_offset, end_offset, text, value,
                                               end_value, grain, time_zone) VALUES
            """, columns: 9)
        updateVersion = try connection.prepare("UPDATE articles SET extractor_version = ? WHERE id = ?")
    }

    /// Runs `block` in one transaction: many articles, one commit. Nothing `block` stored is in the
    /// archive unless this returns.
    ///
    /// - Throws: what `block` throws (the transaction is rolled back), or an ``ArchiveError`` whose
    ///   ``ArchiveError/stopsWriting`` is true when the archive cannot take more (a full disk).
    ///
    /// A batch `holdingLargeArticles` (of ``largeArticleWords`` words or more) writes its sub-journals to a
    /// temporary file, as SQLite does by default, so that memory stays bounded by the cache on any article;
    /// every other batch keeps them in memory (no write calls; see `init`).
    public func inBatch(holdingLargeArticles: Bool = false, _ block: () throws -> Void) throws {
        if subJournalsInMemory == holdingLargeArticles && !runIsOneTransaction {
            // (Not inside a transaction, where SQLite refuses the change.)
            try connection.execute("PRAGMA temp_store = \(holdingLargeArticles ? "DEFAULT" : "MEMORY")")
            subJournalsInMemory = !holdingLargeArticles
        }
        // Every row a batch stores points at rows the writer has just stored or found in the same
        // transaction (its article, paragraphs and entities), and it deletes only rows nothing points at
        // (an article's extracted rows, on reindex): checking each foreign key row by row would find
        // nothing. The values the CHECK constraints hold to a list (a paragraph's kind, a figure's approx, a
        // date's grain…) come from the enums whose raw values the lists are: checking them costs every INSERT
        // a temporary table built from the list. So both are off for the batch, with the triggers
        // (``withRowTriggersOff(_:)``), and stay off until something else uses the connection
        // (ArchiveWriter+ConnectionSettings.swift): every other connection checks them.
        try use(.storing)
        batchIsOpen = true
        countChanges = EntityCountChanges()
        countChangesAtSavepoint = countChanges
        defer {
            countChanges = EntityCountChanges()
            countChangesAtSavepoint = countChanges
            storedInBatch = []
        }
        do {
            try inTransactionOfItsOwn {
                if try archiveState() != stateAfterLastBatch {
                    forgetWhatMayHaveChanged()
                    try fillEntityKeysIfMissing()
                }
                try withRowTriggersOff {
                    // The batch's savepoint, renewed every few articles: one that fails goes back to it (storingWhole).
                    try connection.inSavepoint(Self.batchSavepoint) {
                        try block()
                        try countChanges.apply(to: connection)
                    }
                }
            }
            batchIsOpen = false
            stateAfterLastBatch = try archiveState()
        } catch {
            batchIsOpen = false
            stateAfterLastBatch = nil
            forgetWhatMayHaveChanged()
            throw stopping(error)
        }
    }

    /// Copies every page the WAL holds into the archive's file and empties the WAL (`PRAGMA
    /// wal_checkpoint(TRUNCATE)`), so that the file alone holds the whole archive once a command that wrote
    /// ends, whichever of its connections closes last (a read-only one cannot checkpoint when it closes).
    /// The writer lets the WAL grow to ``checkpointPages`` while it stores; ingest and reindex call this at
    /// their end. A reader still in a transaction makes it wait (as a writer would) up to the writer's
    /// timeout; a checkpoint left unfinished is finished by the next writer and loses nothing.
    public func checkpoint() throws {
        precondition(!batchIsOpen && !runIsOneTransaction, "a checkpoint runs between batches, not inside one")
        _ = try connection.rows("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Runs `block`, and every batch it stores, in one transaction: nothing `block` stored or removed is in
    /// the archive unless this returns, and a process stopped before then leaves the archive as it was.
    /// Each batch inside stays a unit of its own work (its savepoints, what it keeps about entities), but
    /// commits only with the rest. Sub-journals go to a temporary file past SQLite's threshold for the
    /// whole run, whichever articles it holds (SQLite takes `temp_store` only outside a transaction).
    ///
    /// - Throws: what `block` throws (everything is rolled back), or an ``ArchiveError`` as ``inBatch(holdingLargeArticles:_:)``.
    public func asOneTransaction(_ block: () throws -> Void) throws {
        precondition(!batchIsOpen && !runIsOneTransaction, "a run's transaction holds its batches, not the reverse")
        if subJournalsInMemory {
            try connection.execute("PRAGMA temp_store = DEFAULT")
            subJournalsInMemory = false
        }
        try use(.storing)
        runIsOneTransaction = true
        defer { runIsOneTransaction = false }
        do {
            try connection.inTransaction {
                try block()
                return .commit
            }
            stateAfterLastBatch = try archiveState()
        } catch {
            stateAfterLastBatch = nil
            forgetWhatMayHaveChanged()
            throw stopping(error)
        }
    }

    /// Runs `block` in a transaction that commits when it returns, or inside the run's transaction when
    /// ``asOneTransaction(_:)`` holds one (which commits or rolls back everything at its end).
    func inTransactionOfItsOwn(_ block: () throws -> Void) throws {
        if runIsOneTransaction { return try block() }
        try connection.inTransaction {
            try block()
            return .commit
        }
    }

    /// What says whether the archive changed other than by this writer's batches: every other
    /// connection's commits (`PRAGMA data_version`) and every row this connection changed. While it
    /// stays as the last batch left it, what the writer found out about entities then still holds.
    private func archiveState() throws -> [Int] {
        [Int(try connection.scalar("PRAGMA data_version")?.textValue ?? "") ?? -1, connection.totalChanges]
    }

    /// Forgets what the writer found out about entities, aliases and places (an article or batch that
    /// made some was rolled back, or something else changed the archive), and the rows not yet stored.
    func forgetWhatMayHaveChanged() {
        resolvedEntities = [:]
        storedAliases = []
        storedKeys = []
        locatedPlaces = []
        usersAliasesExist = nil
        for rows in [paragraphRows, mentionRows, figureRows, quoteRows, dateRows] { rows.discard() }
    }

    /// Runs `block` with this connection's triggers off (every other connection still runs them), so that
    /// the writer keeps what they keep row by row itself, in bulk: it indexes the paragraphs `block`
    /// stored in one statement, counts what it stores and removes (``countChanges``), stores each article's
    /// incident keys, and those of the figures at an entity it renames or locates
    /// (``storeIncidentKeys(ofFiguresAt:)``). With none to fire, SQLite also stores a multi-row INSERT
    /// straight into its table rather than through a temporary one, and compiles no trigger into the
    /// writer's statements. (Switching makes every prepared statement compile again: a batch finds them off
    /// already, ``use(_:)``; a single article stored outside a batch switches them off and on again.)
    func withRowTriggersOff<T>(_ block: () throws -> T) throws -> T {
        if connectionSettings == .ordinary {
            try connection.setTriggersEnabled(false)
            triggersAreOff = true
        }
        defer {
            if connectionSettings == .ordinary {
                triggersAreOff = false
                try? connection.setTriggersEnabled(true)
            }
        }
        let firstNew = try nextParagraphIDNumber()
        let value = try block()
        try indexParagraphs(from: firstNew)
        return value
    }

    /// Adds the paragraphs numbered `first` and up to the full-text index, in one statement: FTS5 writes
    /// what a statement added as one segment (a statement per article would write a small one each, and
    /// merge them again and again as they pile up). The writer numbers new paragraphs above every stored one,
    /// so these are the ones stored since `first` was the next number.
    private func indexParagraphs(from first: Int) throws {
        try connection.cachedStatement(
            "INSERT INTO paragraphs_fts (rowid, text) SELECT id, text FROM paragraphs WHERE id >= ? ORDER BY id"
        ).execute(first)
    }

    /// The number the next stored paragraph gets: one more than the largest stored.
    private func nextParagraphIDNumber() throws -> Int {
        Int(try nextParagraphID.scalar()?.textValue ?? "1") ?? 1
    }

    /// The id of an article with the same normalised text, if one is stored.
    public func existingID(of article: Article) throws -> Int? {
        try articleID(withContentHash: article.contentSHA256)
    }

    private func articleID(withContentHash hash: String) throws -> Int? {
        try findArticle.scalar(hash).flatMap { $0.textValue.flatMap(Int.init) }
    }

    /// Stores an article and its extraction whole, or nothing of it (ArchiveWriter+WholeArticles.swift).
    ///
    /// - Throws: ``ArchiveWriterError`` or an SQLite constraint error for this article alone (the batch
    ///   goes on), or an ``ArchiveError`` whose ``ArchiveError/stopsWriting`` is true when the whole
    ///   batch is lost (a full disk): stop, and let ``inBatch(_:)`` roll back.
    ///
    /// `contentSHA256` and `wordCount`, when given, are the article's own (worked out on the thread that
    /// read it, so that the single writer does not spend its time on them).
    @discardableResult
    public func store(
        _ article: Article, extraction: Extraction, contentSHA256: String? = nil, wordCount: Int? = nil,
        extractorVersion: Int = ArticleExtractor.version
    ) throws -> Outcome {
        do {
            return try insert(
                article, extraction: extraction, hash: contentSHA256 ?? article.contentSHA256,
                wordCount: wordCount ?? article.wordCount, extractorVersion: extractorVersion)
        } catch {
            throw stopping(error)
        }
    }

    private func insert(_ article: Article, extraction: Extraction, hash: String, wordCount: Int, extractorVersion: Int)
        throws -> Outcome
    {
        if let id = try articleID(withContentHash: hash) { return .duplicate(id: id) }
        try Self.checkSpans(of: extraction, paragraphCount: article.numberedParagraphs.count)
        return try storingWhole { [self] in
            try insertArticle.execute(
                article.title, article.source, article.url, article.published, article.publishedFrom?.rawValue,
                article.publishedAsWritten, article.byline, article.language,
                article.originPath, hash, wordCount, extractorVersion
            )
            let articleID = Int(connection.lastInsertedRowID)
            let paragraphs = try insertParagraphs(article.numberedParagraphs, articleID: articleID)
            let changes = try storeExtraction(extraction, articleID: articleID, paragraphs: paragraphs)
            return (.stored(id: articleID), changes)
        }
    }

    /// Inserts an article's paragraphs with as few statements as can be and returns their ids and texts.
    /// The ids are the ones SQLite would give them (one more than the largest); the full-text index gets
    /// them when the batch ends (``indexParagraphs(from:)``).
    private func insertParagraphs(_ paragraphs: [Paragraph], articleID: Int) throws -> [StoredParagraph] {
        let first = try nextParagraphIDNumber()
        for (position, paragraph) in paragraphs.enumerated() {
            try paragraphRows.append([first + position, articleID, position, paragraph.kind.rawValue, paragraph.text])
        }
        try paragraphRows.flush()
        return paragraphs.enumerated().map { StoredParagraph(id: first + $0.offset, text: $0.element.text) }
    }

    /// Replaces what was extracted from a stored article (for `archive reindex`).
    public func replaceExtraction(
        articleID: Int, paragraphIDs: [Int], with extraction: Extraction,
        extractorVersion: Int = ArticleExtractor.version
    ) throws {
        do {
            try Self.checkSpans(of: extraction, paragraphCount: paragraphIDs.count)
            try storingWhole { [self] in
                var changes = try storedCounts(ofArticle: articleID)
                let rowsBefore = try sitesAndDaysOfRows(ofArticle: articleID)
                // (Prepared here, not when the writer opens: preparing `DELETE FROM figures` compiles the
                // triggers it fires, which read incident_keys, and ingest never runs it.)
                for table in ["entity_mentions", "figures", "quotes", "date_mentions"] {
                    try connection.cachedStatement("DELETE FROM \(table) WHERE article_id = ?").execute(articleID)
                }
                let texts = try storedTexts(ofArticle: articleID)
                let paragraphs = paragraphIDs.map { StoredParagraph(id: $0, text: texts[$0] ?? "") }
                changes.add(
                    try storeExtraction(
                        extraction, articleID: articleID, paragraphs: paragraphs, rowsBefore: rowsBefore))
                try updateVersion.execute(extractorVersion, articleID)
                return ((), changes)
            }
        } catch {
            throw stopping(error)
        }
    }

    /// What removing the stored article's entity_mentions rows takes from the entities' counts (the
    /// uncount trigger is off while the writer stores; see ``withRowTriggersOff(_:)``).
    private func storedCounts(ofArticle articleID: Int) throws -> EntityCountChanges {
        var changes = EntityCountChanges()
        let rows = try connection.cachedStatement(
            "SELECT entity_id, sum(mentions) AS mentions FROM entity_mentions WHERE article_id = ? GROUP BY entity_id"
        ).rows(articleID)
        let mentions = rows.compactMap { row in row.int("entity_id").map { ($0, row.int("mentions") ?? 0) } }
        changes.removeArticle(mentionsByEntity: Dictionary(mentions, uniquingKeysWith: +))
        return changes
    }

    private func storedTexts(ofArticle articleID: Int) throws -> [Int: String] {
        var texts: [Int: String] = [:]
        for row in try connection.rows("SELECT id, text FROM paragraphs WHERE article_id = ?", articleID) {
            if let id = row.int("id") { texts[id] = row.string("text") }
        }
        return texts
    }

    /// `error` as the caller should see it: an ``ArchiveError`` that stops writing when the archive
    /// can take nothing more or SQLite rolled the batch back on its own; else `error` itself.
    private func stopping(_ error: Error) -> Error {
        let mapped = Self.stopping(error, path: connection.path, timeout: timeout)
        if mapped is ArchiveError { return mapped }
        if batchIsOpen && !connection.isInsideTransaction {
            return ArchiveError.cannotWrite(path: connection.path, reason: "the transaction was rolled back (\(error))")
        }
        return error
    }

    static func stopping(_ error: Error, path: String, timeout: Double?) -> Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.code {
        case DatabaseError.full: return ArchiveError.diskFull(path: path)
        case DatabaseError.readOnly: return ArchiveError.readOnly(path: path)
        case DatabaseError.busy: return ArchiveError.busy(path: path, seconds: timeout ?? 0)
        case DatabaseError.cantOpen where folderProblem(of: path) != nil:
            return ArchiveError.cannotWrite(path: path, reason: folderProblem(of: path) ?? "")
        case DatabaseError.ioError, DatabaseError.corrupt, DatabaseError.noMemory, DatabaseError.cantOpen,
            DatabaseError.notADatabase:
            return ArchiveError.cannotWrite(path: path, reason: error.message)
        default: return error
        }
    }

    /// Why no file can be made in the folder of `path` (SQLite makes the -wal and -shm there), or nil.
    private static func folderProblem(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder),
            isFolder.boolValue
        else { return "no such folder" }
        return access(folder.isEmpty ? "." : folder, W_OK) == 0 ? nil : "its folder is read-only"
    }
}

/// An extraction that does not fit the article it is stored with.
public enum ArchiveWriterError: Error, Equatable, CustomStringConvertible {
    case spanOutsideArticle(TextSpan)

    public var description: String {
        switch self {
        case .spanOutsideArticle(let span):
            return
                "extraction refers to paragraph \(span.paragraph) characters \(span.start)–\(span.end), outside the article"
        }
    }
}
