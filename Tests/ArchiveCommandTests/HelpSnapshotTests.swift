import Foundation
import Testing

/// Every command's `--help`, compared whole with the text kept in Help/<command>.txt (`archive.txt`
/// for the tool itself). After changing an option or its help on purpose, rewrite them with
///
///     UPDATE_HELP_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
///
/// and read the diff before committing it.
@Suite struct HelpSnapshotTests {
    static let commands = [
        "archive", "ingest", "query", "search", "show", "figures", "entities", "export", "stats", "reindex", "sql",
        "datasette-metadata",
    ]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Help")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_HELP_SNAPSHOTS"] == "1"

    @Test(arguments: commands) func helpReadsAsKept(command: String) throws {
        let arguments = (command == "archive" ? [] : [command]) + ["--help"]
        let help = try ArchiveBinary.run(arguments, in: FileManager.default.temporaryDirectory)
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty)
        let file = Self.folder.appendingPathComponent(command + ".txt")
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try help.stdout.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let kept = try String(contentsOf: file, encoding: .utf8)
        #expect(help.stdout == kept, "archive \(arguments.joined(separator: " ")) differs from Help/\(command).txt")
    }

    @Test func everyCommandHasItsTextAndNoTextIsLeftOver() throws {
        let root = try ArchiveBinary.run(["--help"], in: FileManager.default.temporaryDirectory).stdout
        // `  ingest                  Read articles …`: a name at the margin, then its abstract.
        let lines = root.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n") ?? []
        let subcommands = lines.compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.dropFirst(2).hasPrefix(" "), line.contains("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(subcommands == Array(Self.commands.dropFirst()))
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(Self.commands.map { $0 + ".txt" }))
    }
}
