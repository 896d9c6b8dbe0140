import Foundation

/// The file `ingest --errors` writes: never the archive, its journal files or any other SQLite
/// database, and written beside its final name, then renamed into place.
struct ErrorListFile {
    let path: String

    /// Why `path` must not receive the error list of a run into `archive`, or nil when it may.
    static func refusal(of path: String, archive: String) -> String? {
        let file = canonical(path)
        for suffix in ["", "-wal", "-shm", "-journal"]
        where file == canonical(archive + suffix) || isSameFile(path, archive + suffix) {
            let what = suffix.isEmpty ? "the archive" : "the archive's \(suffix) file"
            return "--errors \(path) is \(what); name another file for the error list"
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            let folder = (file as NSString).deletingLastPathComponent
            return FileManager.default.fileExists(atPath: folder) ? nil : "--errors \(path): no such folder"
        }
        if isFolder.boolValue { return "--errors \(path) is a folder; name a file for the error list" }
        if isSQLiteDatabase(path) {
            return "--errors \(path) is an SQLite database; name another file for the error list"
        }
        return nil
    }

    /// Writes `lines`, one per line, to a file beside `path` and renames it to `path`, so that a
    /// failure midway leaves any older list whole.
    func write(_ lines: [String]) throws {
        do {
            try lines.map { $0 + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw IngestError.cannotWriteErrorList(path: path, reason: error.localizedDescription)
        }
    }

    /// `path` absolute, with `.`, `..` and symbolic links resolved.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether two paths name one file (through a hard link, for one).
    static func isSameFile(_ one: String, _ other: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(one, &a) == 0, stat(other, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// Whether the file at `path` starts with SQLite's header.
    static func isSQLiteDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }
}
