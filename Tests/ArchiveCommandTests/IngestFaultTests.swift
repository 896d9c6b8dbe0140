import Foundation
import SQLite
import Testing

/// End-to-end: what `archive ingest` does when the disk fills, an option points at the wrong file, an
/// input is not a regular file, or another process writes too. Nothing stored is lost, nothing is
/// reported stored that is not, and every problem is one line.
@Suite struct IngestFaultTests {
    let commands = ArchiveCommandTests()

    func run(_ arguments: [String], in folder: URL, stdin: String? = nil) throws -> ArchiveBinary.Run {
        try ArchiveBinary.run(arguments, in: folder, stdin: stdin)
    }

    func count(_ sql: String, in folder: URL, archive: String = "archive.sqlite") throws -> Int {
        let db = try Database(path: folder.appendingPathComponent(archive).path, mode: .readOnly)
        return Int(try db.scalar(sql)?.textValue ?? "") ?? -1
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func aFullDiskStopsWithOneTrueLineAndTheArchiveIntact() throws {
        let folder = try commands.scratch()
        let many = folder.appendingPathComponent("many")
        try commands.writeDistinctCopies(40, into: many)
        let first = try run(["ingest", "--quiet", ArchiveCommandTests.sample], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let pages = try count("PRAGMA page_count", in: folder)

        let full = try run(
            ["ingest", "--verbose", "--batch-size", "3", "--page-limit", String(pages + 40), "many"], in: folder)
        #expect(full.status == 1)
        let last = lines(full.stderr).last ?? ""
        let numbers = last.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(last.hasPrefix("disk full: ") && last.hasSuffix(" not stored; run again to continue"), "\(last)")
        #expect(lines(full.stderr).count == 1, "\(full.stderr)")
        // What it says was stored is in the archive, and nothing else is.
        let reported = lines(full.stdout).filter { $0.contains(": stored as #") }.count
        let stored = try count("SELECT count(*) FROM articles", in: folder) - 1
        #expect(numbers == [stored, 40 - stored] && reported == stored && stored > 0)
        #expect(try count("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'", in: folder) == 0)

        let again = try run(["ingest", "--quiet", "many"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try count("SELECT count(*) FROM articles", in: folder) == 41)
    }

    @Test(arguments: [
        "archive.sqlite", "./archive.sqlite", "archive.sqlite-wal", "archive.sqlite-shm", "other.sqlite", "link.txt",
    ])
    func anErrorListNeverReplacesTheArchiveOrAnotherDatabase(errors: String) throws {
        let folder = try commands.scratch()
        #expect(try run(["ingest", ArchiveCommandTests.sample], in: folder).status == 0)
        _ = try run(["ingest", "--db", "other.sqlite", ArchiveCommandTests.sample], in: folder)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "archive.sqlite")

        let refused = try run(["ingest", "--errors", errors, "missing.txt"], in: folder)
        #expect(refused.status == 64)
        #expect(lines(refused.stderr).first?.hasPrefix("Error: --errors \(errors) is ") == true, "\(refused.stderr)")
        for archive in ["archive.sqlite", "other.sqlite"] {
            #expect(try count("SELECT count(*) FROM articles", in: folder, archive: archive) == 1)
        }
    }

    @Test func theErrorListIsWrittenWhole() throws {
        let folder = try commands.scratch()
        try "old list\n".write(to: folder.appendingPathComponent("errors.txt"), atomically: true, encoding: .utf8)
        let result = try run(
            ["ingest", "--errors", "errors.txt", "missing.txt", ArchiveCommandTests.sample], in: folder)
        #expect(result.status == 1)
        let list = try String(contentsOf: folder.appendingPathComponent("errors.txt"), encoding: .utf8)
        #expect(list == "missing.txt: no such file or folder\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix("errors")
        }
        #expect(leftovers == ["errors.txt"])
    }

    /// Runs `archive arguments` in `folder` with `stdin` as its standard input, killing it after
    /// `seconds`: a hang fails the test instead of stopping the suite.
    func runBounded(_ arguments: [String], in folder: URL, stdin: String = "/dev/null", seconds: Double = 60)
        throws -> (run: ArchiveBinary.Run, killed: Bool)
    {
        let process = Process()
        process.executableURL = ArchiveBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "ARCHIVE_DB" }
        let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle(forReadingAtPath: stdin)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let run = ArchiveBinary.Run(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
        return (run, killed)
    }

    @Test func specialFilesAreRefusedAtOnceAndTheOthersStored() throws {
        let folder = try commands.scratch()
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: ArchiveCommandTests.sample, toPath: inputs.appendingPathComponent("good.txt").path)
        #expect(mkfifo(inputs.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: inputs.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")

        let (result, killed) = try runBounded(["ingest", "inputs", "/dev/urandom"], in: folder)
        #expect(!killed)
        #expect(result.status == 1)
        let errors = lines(result.stderr)
        #expect(errors.contains("inputs/pipe.txt: not a regular file (a named pipe); only regular files are read"))
        #expect(
            errors.contains("inputs/zero.txt: not a regular file (a character device); only regular files are read"))
        #expect(errors.contains("/dev/urandom: not a regular file (a character device); only regular files are read"))
        #expect(errors.last == "1 stored, 0 already archived, 3 failed")
        #expect(result.stdout.contains("inputs/good.txt: stored as #1"))
    }

    @Test func standardInputIsReadNoFurtherThanTheLimit() throws {
        let folder = try commands.scratch()
        let (result, killed) = try runBounded(["ingest", "--max-size", "1", "-"], in: folder, stdin: "/dev/zero")
        #expect(!killed)
        #expect(result.status == 1)
        #expect(
            lines(result.stderr) == [
                "-: file too large (more than the limit of 1048576 bytes)", "0 stored, 0 already archived, 1 failed",
            ])
    }

    @Test func aBusyArchiveStopsAfterTheTimeoutWithOneLine() throws {
        let folder = try commands.scratch()
        #expect(try run(["ingest", "--quiet", ArchiveCommandTests.sample], in: folder).status == 0)
        try commands.writeDistinctCopies(2, into: folder.appendingPathComponent("more"))
        let other = try Database(path: folder.appendingPathComponent("archive.sqlite").path)
        try other.execute("BEGIN IMMEDIATE")
        let result = try run(["ingest", "--timeout", "0.5", "more"], in: folder)
        try other.execute("COMMIT")
        #expect(result.status == 1)
        #expect(
            lines(result.stderr) == [
                "archive.sqlite: another process kept the archive busy for 0.5 s: 0 stored, 2 not stored; run again to continue"
            ])
        #expect(try count("SELECT count(*) FROM articles", in: folder) == 1)
    }

    @Test func twoIngestsCreatingOneArchiveBothStoreAndReadersSeeNoHalfArchive() throws {
        for _ in 0..<3 {
            let folder = try commands.scratch()
            try commands.writeDistinctCopies(10, into: folder.appendingPathComponent("many"))
            let one = try commands.startQuietIngest(of: "many/0000.txt", batchSize: 1, in: folder)
            let two = try commands.startQuietIngest(of: "many", batchSize: 5, in: folder)
            var answers: [ArchiveBinary.Run] = []
            while one.isRunning || two.isRunning { answers.append(try run(["stats"], in: folder)) }
            #expect(one.terminationStatus == 0 && two.terminationStatus == 0)
            #expect(try count("SELECT count(*) FROM articles", in: folder) == 10)
            for answer in answers where answer.status != 0 {
                #expect(answer.stderr == "Error: archive.sqlite: no archive here yet; run `archive ingest` first\n")
            }
        }
    }

    @Test func aForeignDatabaseIsNeverModified() throws {
        let folder = try commands.scratch()
        let path = folder.appendingPathComponent("notes.sqlite").path
        do {
            let db = try Database(path: path)
            try db.execute(
                "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me'); PRAGMA user_version = 2")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [
            ["ingest", "--db", "notes.sqlite", ArchiveCommandTests.sample], ["reindex", "--db", "notes.sqlite"],
        ] {
            let result = try run(arguments, in: folder)
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "Error: notes.sqlite: not an archive (an SQLite database, but not an archive); it was left untouched\n"
            )
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aLongRunCommitsEverySecondWhateverTheBatchSize() throws {
        let folder = try commands.scratch()
        try commands.writeDistinctCopies(150, into: folder.appendingPathComponent("many"))
        let process = try commands.startQuietIngest(of: "many", batchSize: 100_000, in: folder)
        let path = folder.appendingPathComponent("archive.sqlite").path
        var storedWhileRunning = 0
        while process.isRunning {
            let stored = try? Database(path: path, mode: .readOnly).scalar("SELECT count(*) FROM articles")
            if case .integer(let count)? = stored, count > 0, process.isRunning {
                storedWhileRunning = Int(count)
                break
            }
            usleep(50_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Killed once something was in: what was committed stays, and it was committed long before the end.
        #expect(storedWhileRunning > 0 && storedWhileRunning < 150)
        let db = try Database(path: path, mode: .readOnly)
        let stored = Int(try db.scalar("SELECT count(*) FROM articles")?.textValue ?? "") ?? 0
        #expect(stored >= storedWhileRunning && stored < 150)
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
    }

    @Test func filesLeftOutOfAFolderAreCountedAndNamedWithVerbose() throws {
        let folder = try commands.scratch()
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(
            at: inputs.appendingPathComponent("deeper"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: ArchiveCommandTests.sample, toPath: inputs.appendingPathComponent("deeper/good.txt").path)
        for name in ["photo.jpg.gz", "notes.csv"] {
            try "x".write(to: inputs.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for name in ["gone.txt", "gone.bin"] {
            try FileManager.default.createSymbolicLink(
                atPath: inputs.appendingPathComponent(name).path, withDestinationPath: "/nonexistent/\(name)")
        }
        let result = try run(["ingest", "inputs"], in: folder)
        #expect(result.status == 1)
        #expect(
            lines(result.stderr) == [
                "inputs/gone.txt: a symbolic link to nothing",
                "1 stored, 0 already archived, 1 failed, 3 skipped (1 a symbolic link to nothing, 2 not a known type)",
            ])
        let verbose = try run(["ingest", "--verbose", "inputs"], in: folder)
        for line in [
            "inputs/photo.jpg.gz: skipped, not a known type (.gz)",
            "inputs/notes.csv: skipped, not a known type (.csv)",
            "inputs/gone.bin: skipped, a symbolic link to nothing",
        ] {
            #expect(lines(verbose.stdout).contains(line), "\(verbose.stdout)")
        }
    }
}
