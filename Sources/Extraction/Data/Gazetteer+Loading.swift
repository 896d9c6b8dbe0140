import Foundation

/// Finding and reading the gazetteer file that ships with the extractors.
extension Gazetteer {
    /// The file name of the bundled gazetteer, and the environment variable that can point at another.
    public static let fileName = "gazetteer.tsv"
    public static let environmentVariable = "ARCHIVE_GAZETTEER"

    /// Why the gazetteer could not be loaded.
    public enum LoadError: Error, CustomStringConvertible {
        case notFound(lookedIn: [String])
        case unreadable(path: String)
        case malformed(path: String, FormatError)

        public var description: String {
            switch self {
            case .notFound(let paths):
                "gazetteer data not found (looked for \(paths.joined(separator: ", "))); "
                    + "set \(Gazetteer.environmentVariable) to the path of \(Gazetteer.fileName)"
            case .unreadable(let path): "cannot read the gazetteer \(path)"
            case .malformed(let path, let error): "\(path): not a gazetteer: \(error)"
            }
        }
    }

    /// Reads a gazetteer file.
    public static func load(contentsOf path: String) throws -> Gazetteer {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.unreadable(path: path) }
        do {
            return try Gazetteer(utf8: [UInt8](data))
        } catch let error as FormatError {
            throw LoadError.malformed(path: path, error)
        }
    }

    /// The gazetteer that ships with the extractors: the file `ARCHIVE_GAZETTEER` names, else
    /// `gazetteer.tsv` in the resource folder beside the running program (where `swift build` puts it),
    /// else the copy in the source tree it was built from. Load it once and hand it to the passes.
    public static func bundled() throws -> Gazetteer {
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            return try load(contentsOf: path)
        }
        let candidates = bundledCandidates(fileName: fileName)
        guard let path = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw LoadError.notFound(lookedIn: candidates)
        }
        return try load(contentsOf: path)
    }

    /// Where a data file of the built resource folder can be: beside the program as called, and as
    /// resolved through symbolic links; then the source tree.
    static func bundledCandidates(fileName: String) -> [String] {
        let resourceFolder = "ArticleArchive_Extraction.resources"
        var folders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        var paths = folders.map { $0.appendingPathComponent(resourceFolder).appendingPathComponent(fileName).path }
        paths.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(fileName).path)
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
