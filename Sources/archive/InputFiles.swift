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

/// The inputs found in the paths named, and the files of their folders left out on purpose.
struct InputFiles {
    var inputs: [InputFile] = []
    /// Files in folders that are not of a type ingest reads, each with why (`not a known type (.gz)`).
    var skipped: [(path: String, reason: String)] = []

    /// Expands `paths`: `-` is standard input, a file is itself, a folder every file of a known type
    /// under it (hidden ones left out). A folder that cannot be read, and a link in one that leads
    /// nowhere, are failures; files of other types are skipped, and counted.
    static func expand(_ paths: [String]) -> InputFiles {
        var result = InputFiles()
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                result.inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.inputs.append(.failure(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                result.inputs.append(.file(path))
                continue
            }
            result.walk(path)
        }
        return result
    }

    /// Adds what is under the folder `path`.
    mutating func walk(_ path: String) {
        let manager = FileManager.default
        var found: [InputFile] = []
        var unreadable: [InputFile] = []
        let walker = manager.enumerator(
            at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]
        ) { url, error in
            unreadable.append(.failure(path: url.path, reason: "cannot read folder: \(Self.reason(error))"))
            return true
        }
        guard let walker else {
            inputs.append(.failure(path: path, reason: "cannot read folder"))
            return
        }
        let base = URL(fileURLWithPath: path).standardizedFileURL.path
        for case let url as URL in walker {
            let full = (path as NSString).appendingPathComponent(
                String(url.standardizedFileURL.path.dropFirst(base.count)).trimmingPrefix("/"))
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isFolder) else {
                if ArticleFormat.guess(path: full) != nil {
                    found.append(.failure(path: full, reason: "a symbolic link to nothing"))
                } else {
                    skipped.append((full, "a symbolic link to nothing"))
                }
                continue
            }
            if isFolder.boolValue { continue }
            if ArticleFormat.guess(path: full) != nil {
                found.append(.file(full))
            } else {
                let type = (full as NSString).pathExtension
                skipped.append((full, type.isEmpty ? "not a known type" : "not a known type (.\(type))"))
            }
        }
        inputs += (found + unreadable).sorted { $0.name < $1.name }
    }

    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code))).lowercased()
        }
        return (error as NSError).localizedDescription
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: Character) -> String {
        first == prefix ? String(dropFirst()) : self
    }
}
