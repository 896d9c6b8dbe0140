import Foundation

/// Failures of the archive as a whole, phrased for the person at the terminal.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    case notAnArchive(path: String, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case needsUpgrade(path: String, found: Int, supported: Int)
    case noSuchArticle(id: Int)
    case noSuchQuery(name: String, known: [String])
    case badSearch(query: String, reason: String)
    case missing(path: String)
    /// The disk (or the archive's page limit) is full: the open batch was rolled back.
    case diskFull(path: String)
    /// The archive cannot be written to (a read-only file, folder or disk).
    case readOnly(path: String)
    /// Writing failed in a way that ends the transaction (an I/O error, a damaged file).
    case cannotWrite(path: String, reason: String)
    /// The file cannot be opened at all.
    case cannotOpen(path: String, reason: String)
    /// SQL given to ``ArchiveReader/query(_:parameters:)`` that does more than read, or names a
    /// parameter it was given no value for: why.
    case sqlRefused(reason: String)
    /// SQL that SQLite could not run (a syntax error, an unknown table): SQLite's message.
    case badSQL(reason: String)
    /// Another process held the archive's write lock for longer than the writer would wait.
    case busy(path: String, seconds: Double)

    /// Whether the failure ends a writing run: the batch in progress was not stored, and no later one can be.
    public var stopsWriting: Bool {
        switch self {
        case .diskFull, .readOnly, .cannotWrite, .busy: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .notAnArchive(let path, let reason): return "\(path): not an archive (\(reason)); it was left untouched"
        case .newerVersion(let path, let found, let supported):
            return
                "\(path): made by a newer archive (schema version \(found); this build reads up to \(supported)); it was left untouched"
        case .needsUpgrade(let path, let found, let supported):
            return
                "\(path): schema version \(found) needs upgrading to \(supported); run any writing command (such as `archive reindex`) first"
        case .noSuchArticle(let id): return "no article #\(id) in the archive"
        case .noSuchQuery(let name, let known):
            return "no canned query named '\(name)'; known: \(known.joined(separator: ", "))"
        case .badSearch(let query, let reason): return "cannot search for '\(query)': \(reason)"
        case .missing(let path): return "\(path): no archive here yet; run `archive ingest` first"
        case .diskFull(let path): return "\(path): disk full"
        case .readOnly(let path): return "\(path): cannot write: the archive is read-only"
        case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
        case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
        case .sqlRefused(let reason): return "refused: \(reason)"
        case .badSQL(let reason): return "SQL error: \(reason)"
        case .busy(let path, let seconds):
            return "\(path): another process kept the archive busy for \(String(format: "%g", seconds)) s"
        }
    }
}
