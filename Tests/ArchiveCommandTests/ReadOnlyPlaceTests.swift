import Foundation
import SQLite
import Testing

/// Reading works where nothing can be written (a share, a disc), writing there stops at once with one
/// line, and no SQL reaches standard error.
@Suite struct ReadOnlyPlaceTests {
    let commands = ArchiveCommandTests()

    func run(_ arguments: [String], in folder: URL) throws -> ArchiveBinary.Run {
        try ArchiveBinary.run(arguments, in: folder)
    }

    /// Makes `url` read-only, as a mounted share is: by its mode, or, for root (whom modes do not
    /// stop), by the immutable attribute. Returns the undoing, or nil when neither works here.
    static func makeReadOnly(_ url: URL) -> (() -> Void)? {
        let path = url.path
        chmod(path, 0o555)
        if !isWritable(url) { return { chmod(path, 0o755) } }
        chmod(path, 0o755)
        guard chattr("+i", path) else { return nil }
        if !isWritable(url) { return { _ = chattr("-i", path) } }
        _ = chattr("-i", path)
        return nil
    }

    /// Whether a file can be created in the folder `url`, or the file `url` opened for writing.
    static func isWritable(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        let probe = isFolder.boolValue ? url.appendingPathComponent(".probe").path : url.path
        let descriptor = open(probe, O_WRONLY | O_CREAT, 0o644)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        if isFolder.boolValue { unlink(probe) }
        return true
    }

    static func chattr(_ flag: String, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// A folder `shelf` holding an archive of the sample, made read-only; nil where that cannot be done.
    func readOnlyShelf(in folder: URL, lockFile: Bool = false) throws -> (() -> Void)? {
        let shelf = folder.appendingPathComponent("shelf")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        let ingest = try run(["ingest", "--db", "shelf/archive.sqlite", ArchiveCommandTests.sample], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf.path) == ["archive.sqlite"])
        return Self.makeReadOnly(lockFile ? shelf.appendingPathComponent("archive.sqlite") : shelf)
    }

    @Test func queriesWorkInAReadOnlyFolder() throws {
        let folder = try commands.scratch()
        guard let undo = try readOnlyShelf(in: folder) else { return }  // no way to make one here
        defer { undo() }
        let strikes = try run(["query", "strikes", "--db", "shelf/archive.sqlite", "--format", "csv"], in: folder)
        #expect(strikes.status == 0, "\(strikes.stderr)")
        #expect(strikes.stdout.contains("Ain al-Assad,,2020-01-08,article,missile,launched,17,17,1,1,Iraqi military 17"))
        let search = try run(["search", "stampede", "--db", "shelf/archive.sqlite"], in: folder)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(try run(["stats", "--db", "shelf/archive.sqlite"], in: folder).status == 0)
    }

    @Test func ingestIntoAReadOnlyFolderStopsAtOnceWithOneLine() throws {
        let folder = try commands.scratch()
        try commands.writeDistinctCopies(3, into: folder.appendingPathComponent("more"))
        guard let undo = try readOnlyShelf(in: folder) else { return }
        defer { undo() }
        let result = try run(["ingest", "--db", "shelf/archive.sqlite", "more"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr == "shelf/archive.sqlite: cannot write: its folder is read-only; 0 stored, 3 not stored\n")
    }

    @Test func ingestIntoAReadOnlyArchiveStopsAtOnceWithOneLine() throws {
        let folder = try commands.scratch()
        try commands.writeDistinctCopies(3, into: folder.appendingPathComponent("more"))
        guard let undo = try readOnlyShelf(in: folder, lockFile: true) else { return }
        defer { undo() }
        let result = try run(["ingest", "--db", "shelf/archive.sqlite", "more"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "shelf/archive.sqlite: cannot write: the archive is read-only; 0 stored, 3 not stored\n")
    }

    @Test func aMissingFolderIsNamed() throws {
        let folder = try commands.scratch()
        let result = try run(["ingest", "--db", "nowhere/archive.sqlite", ArchiveCommandTests.sample], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "nowhere/archive.sqlite: cannot write: no such folder; 0 stored, 1 not stored\n")
    }

    @Test func anSQLErrorIsOneLineWithoutTheSQL() throws {
        let folder = try commands.scratch()
        #expect(try run(["ingest", ArchiveCommandTests.sample], in: folder).status == 0)
        do {
            let db = try Database(path: folder.appendingPathComponent("archive.sqlite").path)
            try db.execute("DROP VIEW strikes")
        }
        let result = try run(["query", "strikes"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: SQLite error 1: no such table: strikes\n")
    }
}
