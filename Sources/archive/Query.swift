import ArchiveStore
import ArgumentParser

extension Archive {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a canned question (a view in the archive); with no name, list them.",
            discussion: "Each canned query is a view: `sqlite3 archive.sqlite 'SELECT * FROM strikes_by_site'` prints the same rows."
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "The canned query to run, e.g. strikes, casualties, figures, people, quotes.")
        var name: String?

        @Option(help: "With `quotes`: only quotes by this person, under any of their names.")
        var speaker: String?

        func run() throws {
            let reader = try openReader(options.archive)
            let printer = ResultPrinter(format: options.format)
            guard let name else {
                let queries = try reader.cannedQueries()
                printer.print(ResultTable(columns: ["name", "view", "description"],
                                          rows: queries.map { [.text($0.name), .text($0.view), .text($0.description)] }))
                return
            }
            if let speaker {
                guard name == "quotes" || name == "quote_list" else { throw ValidationError("--speaker goes with the quotes query") }
                printer.print(try reader.quotes(speaker: speaker))
                return
            }
            do { printer.print(try reader.run(name)) } catch let error as ArchiveError { throw CommandError(error.description) }
        }
    }
}

/// Opens the archive read-only, turning archive errors into one-line messages.
func openReader(_ options: ArchiveOptions) throws -> ArchiveReader {
    do { return try ArchiveReader(path: options.path) } catch let error as ArchiveError {
        throw CommandError(error.description)
    }
}
