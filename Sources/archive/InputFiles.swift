import ArticleReaders
import Foundation

/// What `archive ingest` was asked to read, expanded: folders walked recursively, in a stable order.
enum InputFile {
    case file(String)
    case standardInput
    case failure(path: String, reason: String)

    var name: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "-"
        case .failure(let path, _): return path
        }
    }
}

enum InputFiles {
    static func expand(_ paths: [String]) -> [InputFile] {
        var result: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(.failure(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                result.append(.file(path))
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else {
                result.append(.failure(path: path, reason: "cannot read folder"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                    ArticleFormat.guess(path: full) != nil
                {
                    found.append(full)
                }
            }
            result += found.sorted().map(InputFile.file)
        }
        return result
    }
}
