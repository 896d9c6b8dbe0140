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
    /// Aligned columns, for people; `nl` is newline-delimited JSON, one object a line.
    case table, csv, json, nl
}

/// Options of every listing command.
struct ListingOptions: ParsableArguments {
    @OptionGroup var archive: ArchiveOptions

    @Option(
        name: .customLong("format"),
        help: "Output format: table (aligned, for people), csv, json, or nl (one JSON object a line).")
    var chosenFormat: OutputFormat = .table

    @Flag(name: .customLong("csv"), help: "Short for --format csv.")
    var csv = false

    @Flag(name: .customLong("json"), help: "Short for --format json.")
    var json = false

    @Flag(name: .customLong("nl"), help: "Short for --format nl.")
    var nl = false

    @Option(help: "Print at most this many rows (default: 50 on a terminal, every row elsewhere).")
    var limit: Int?

    @Flag(help: "Print every row, on a terminal too.")
    var all = false

    /// How many rows to print: nil for all. A terminal gets a first page; a pipe or a file everything.
    var rowLimit: Int? {
        if all { return nil }
        return limit ?? (isatty(STDOUT_FILENO) != 0 ? 50 : nil)
    }

    /// The format the options chose.
    var format: OutputFormat { csv ? .csv : json ? .json : nl ? .nl : chosenFormat }

    func validate() throws {
        let shortForms = [csv, json, nl].filter { $0 }.count
        if shortForms > 1 || (shortForms == 1 && chosenFormat != .table) {
            throw ValidationError("choose one output format: --format, --csv, --json or --nl")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if limit != nil && all { throw ValidationError("--limit and --all cannot go together") }
    }

    /// The first-page limit to ask SQLite for: one row past ``rowLimit``, so that the listing knows
    /// whether there is more; nil for every row.
    var fetchLimit: Int? { rowLimit.map { $0 + 1 } }

    /// Prints `listing` in the chosen format, cut to ``rowLimit`` rows with a line on standard error
    /// saying so ("50 of 1,234 rows; --limit N or --all for more").
    ///
    /// - Parameter total: for a listing fetched with ``fetchLimit`` rows, how many rows there are in
    ///   all (nil when counting would take too long: "the first 50 rows"); called only when the
    ///   listing is cut. Without it, `listing` holds every row.
    func print(_ listing: Listing, total: (() throws -> Int?)? = nil) rethrows {
        guard let rowLimit, listing.rows.count > rowLimit else { return ListingPrinter(format: format).print(listing) }
        ListingPrinter(format: format).print(Listing(columns: listing.columns, rows: Array(listing.rows.prefix(rowLimit))))
        let count = try total.map { try $0() } ?? listing.rows.count
        let shown = count.map { "\(rowLimit) of \(groupedThousands($0)) rows" } ?? "the first \(rowLimit) rows"
        printError("\(shown); --limit N or --all for more")
    }
}

/// Prints `message` to standard error on one line.
func printError(_ message: String) {
    // What went to standard output first stays first when both go to the same place.
    fflush(stdout)
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
