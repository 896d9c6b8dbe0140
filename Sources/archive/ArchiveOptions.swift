import ArchiveStore
import ArgumentParser
import Foundation

/// Options every command shares: which archive file.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "The archive file (default: $ARCHIVE_DB, else ./archive.sqlite).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["ARCHIVE_DB"] ?? "archive.sqlite" }

    /// Opens the archive read-only.
    ///
    /// - Throws: ``ArchiveError`` when there is no archive at ``path`` or the file is not one this build reads.
    func openReader() throws -> ArchiveReader {
        try ArchiveReader(path: path)
    }
}

/// How a listing is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Options of every listing command.
struct ListingOptions: ParsableArguments {
    @OptionGroup var archive: ArchiveOptions

    @Option(name: .long, help: "Output format: table (aligned, for people), csv or json.")
    var format: OutputFormat = .table

    /// Prints `listing` in the chosen format.
    func print(_ listing: Listing) {
        ListingPrinter(format: format).print(listing)
    }
}

/// Prints `message` to standard error on one line.
func printError(_ message: String) {
    // What went to standard output first stays first when both go to the same place.
    fflush(stdout)
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
