internal import SQLite

/// The archive's layout, from schema.sql (embedded at build time by scripts/embed-schema), and the
/// checks that keep a file from being opened by the wrong version.
public enum ArchiveSchema {
    /// The `PRAGMA user_version` schema.sql sets.
    public static let version: Int = {
        for line in sql.split(separator: "\n") where line.hasPrefix("PRAGMA user_version") {
            if let number = line.split(separator: "=").last?.filter(\.isNumber), let value = Int(number) {
                return value
            }
        }
        preconditionFailure("schema.sql sets no PRAGMA user_version")
    }()

    /// Upgrades from older versions: `from` → SQL that brings a database of that version to the next
    /// (migrations/NNNN-*.sql upgrades to NNNN). All steps run in one transaction with the version bump.
    static var upgrades: [Int: String] {
        Dictionary(uniqueKeysWithValues: migrations.map { ($0.key - 1, $0.value) })
    }

    /// Creates the schema in an empty database, or checks (and upgrades) an existing archive.
    ///
    /// - Throws: ``ArchiveError/notAnArchive(path:reason:)`` for a file that is not an SQLite database
    ///   or a database of something else, ``ArchiveError/newerVersion(path:found:supported:)``; the
    ///   file is not written to in either case.
    static func prepare(_ db: Database, path: String) throws {
        let found: Int
        let tableCount: Int
        do {
            found = Int(try db.scalar("PRAGMA user_version")?.textValue ?? "0") ?? 0
            tableCount = Int(try db.scalar("SELECT count(*) FROM sqlite_schema")?.textValue ?? "0") ?? 0
        } catch let error as DatabaseError where error.code == DatabaseError.notADatabase {
            throw ArchiveError.notAnArchive(path: path, reason: "not an SQLite database")
        }
        if found > version {
            throw ArchiveError.newerVersion(path: path, found: found, supported: version)
        }
        if found == version { return }
        if found == 0 {
            guard tableCount == 0 else {
                throw ArchiveError.notAnArchive(path: path, reason: "an SQLite database, but not an archive")
            }
            guard db.mode == .readWrite else { throw ArchiveError.notAnArchive(path: path, reason: "empty database") }
            try db.configureForWriting()
            try db.inTransaction {
                try db.execute(sql)
                return .commit
            }
            return
        }
        guard db.mode == .readWrite else {
            throw ArchiveError.needsUpgrade(path: path, found: found, supported: version)
        }
        try db.configureForWriting()
        try db.inTransaction {
            for step in found..<version {
                guard let upgrade = upgrades[step] else {
                    throw ArchiveError.notAnArchive(path: path, reason: "schema version \(step) has no upgrade path")
                }
                try db.execute(upgrade)
            }
            try db.execute("PRAGMA user_version = \(version)")
            return .commit
        }
    }
}
