internal import SQLite

/// The archive's layout, from schema.sql (embedded at build time by scripts/embed-schema), and the
/// checks that keep a file from being opened by the wrong version.
public enum ArchiveSchema {
    /// The `PRAGMA user_version` schema.sql sets.
    /// Read from the line's UTF-8 bytes: every command asks for it at start (`archive --version`), and
    /// splitting the whole schema into lines of Characters cost a tenth of the process's start.
    public static let version: Int = {
        let bytes = Array(sql.utf8)
        let pragma = Array("\nPRAGMA user_version".utf8)
        var start = 0
        while start + pragma.count <= bytes.count {
            if bytes[start..<(start + pragma.count)].elementsEqual(pragma) {
                let line = bytes[(start + pragma.count)...].prefix { $0 != UInt8(ascii: "\n") }
                let digits = line.drop { $0 != UInt8(ascii: "=") }.filter { (0x30...0x39).contains($0) }
                if let value = Int(String(decoding: digits, as: UTF8.self)) { return value }
            }
            start += 1
        }
        preconditionFailure("schema.sql sets no PRAGMA user_version")
    }()

    /// The `PRAGMA application_id` of an archive (schema version 7 on): 'ARCH' in the file's header.
    public static let applicationID: Int = 0x4152_4348

    /// Upgrades from older versions: `from` → SQL that brings a database of that version to the next
    /// (migrations/NNNN-*.sql upgrades to NNNN). All steps run in one transaction with the version bump.
    static var upgrades: [Int: String] {
        Dictionary(uniqueKeysWithValues: migrations.map { ($0.key - 1, $0.value) })
    }

    /// Creates the schema in an empty database, or checks (and upgrades) an existing archive.
    ///
    /// The check is made again under the write lock before anything is written, so a second writer
    /// that opened the file while another was creating or upgrading it waits, then finds the archive
    /// made.
    ///
    /// - Throws: ``ArchiveError/notAnArchive(path:reason:)`` for a file that is not an SQLite database
    ///   or a database of something else, ``ArchiveError/newerVersion(path:found:supported:)``; the
    ///   file is not written to in either case.
    static func prepare(_ db: Database, path: String) throws {
        let found = try foundVersion(in: db, path: path)
        if found == version { return }
        guard db.mode == .readWrite else {
            if found == 0 { throw ArchiveError.notAnArchive(path: path, reason: "empty database") }
            throw ArchiveError.needsUpgrade(path: path, found: found, supported: version)
        }
        try db.retryingWhileBusy { try db.configureForWriting() }
        try db.inTransaction {
            let current = try foundVersion(in: db, path: path)
            if current == version { return .commit }
            if current == 0 {
                try db.execute(sql)
                return .commit
            }
            for step in current..<version {
                guard let upgrade = upgrades[step] else {
                    throw ArchiveError.notAnArchive(path: path, reason: "schema version \(step) has no upgrade path")
                }
                try db.execute(upgrade)
            }
            try db.execute("PRAGMA user_version = \(version)")
            return .commit
        }
    }

    /// The schema version of the archive in `db`: 0 for an empty database, else its `user_version`.
    ///
    /// - Throws: ``ArchiveError`` when the file is not an SQLite database, is a database of something
    ///   else, or was made by a newer version.
    static func foundVersion(in db: Database, path: String) throws -> Int {
        let found: Int
        let tableCount: Int
        let isArchive: Bool
        do {
            found = Int(try db.scalar("PRAGMA user_version")?.textValue ?? "0") ?? 0
            tableCount = Int(try db.scalar("SELECT count(*) FROM sqlite_schema")?.textValue ?? "0") ?? 0
            let application = Int(try db.scalar("PRAGMA application_id")?.textValue ?? "0") ?? 0
            // Another application's mark: its file, whatever tables it has (archives before version 7 have none).
            isArchive = try (application == 0 || application == applicationID) && hasArchiveTables(db)
        } catch let error as DatabaseError where error.code == DatabaseError.notADatabase {
            throw ArchiveError.notAnArchive(path: path, reason: "not an SQLite database")
        }
        if found == 0 && tableCount == 0 { return 0 }
        guard found > 0, isArchive else {
            throw ArchiveError.notAnArchive(path: path, reason: "an SQLite database, but not an archive")
        }
        if found > version {
            throw ArchiveError.newerVersion(path: path, found: found, supported: version)
        }
        return found
    }

    /// The tables every version of the archive has had, with the column that makes an article one.
    static let ownTables = [
        "articles", "paragraphs", "entities", "entity_mentions", "figures", "quotes", "canned_queries",
    ]

    /// Whether `db` has the archive's own tables: another program's database whose `user_version`
    /// happens to be one of ours is not taken for an archive (and so is never written to).
    static func hasArchiveTables(_ db: Database) throws -> Bool {
        let names = ownTables.map { "'\($0)'" }.joined(separator: ", ")
        let tables = try db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN (\(names))")
        let hash = try db.scalar("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'content_sha256'")
        return tables == .integer(Int64(ownTables.count)) && hash == .integer(1)
    }
}
