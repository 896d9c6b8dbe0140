import Foundation
internal import SQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Making a new archive in one step: the schema is written to a file beside the archive's name, which
/// is then linked to that name. A reader finds no archive or a whole one, never an empty database,
/// and of two writers creating the same archive at once, the second uses the first's.
enum ArchiveCreation {
    /// Creates the archive at `path` when no file is there yet.
    ///
    /// Where the file system cannot link (some shares), nothing is done here and the writer creates
    /// the archive in place, under its write lock.
    static func createIfMissing(_ path: String) throws {
        guard path != ":memory:", !path.hasPrefix("file:") else { return }
        removeAbandoned(beside: path)
        guard !FileManager.default.fileExists(atPath: path) else { return }
        let temporary = "\(path).creating-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { removeDatabaseFiles(temporary) }
        do {
            // Closed at the end of this block: the -wal is checkpointed into the file and removed.
            let database = try Database(path: temporary, mode: .readWrite)
            try ArchiveSchema.prepare(database, path: path)
        } catch let error as DatabaseError where error.code == DatabaseError.cantOpen {
            return  // no file can be made beside it: opening the archive itself says why
        }
        // EEXIST: another writer made it first, and its archive is the one to use.
        _ = link(temporary, path)
    }

    /// Removes what a writer killed while creating the archive left beside it: `PATH.creating-PID-N`
    /// files (and their journals) whose process is gone.
    static func removeAbandoned(beside path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".creating-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-")
            guard parts.count >= 2, let pid = pid_t(parts[0]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    private static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
