/// Failures of the archive as a whole, phrased for the person at the terminal.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    case notAnArchive(path: String, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case needsUpgrade(path: String, found: Int, supported: Int)
    case noSuchArticle(id: Int)
    case noSuchQuery(name: String, known: [String])
    case badSearch(query: String, reason: String)
    case missing(path: String)

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
        }
    }
}
