import ArchiveStore
import ArgumentParser

extension Archive {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a canned question (a view in the archive); with no name, list them.",
            discussion:
                "Each canned query is a view: `sqlite3 archive.sqlite 'SELECT * FROM strikes'` prints the same rows. strikes and casualties give one row per site, date and event with the lowest and highest number reported and who said which; reports gives every figure behind them. Tables leave out latitude and longitude; csv and json have them."
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "The canned query to run, e.g. strikes, casualties, reports, figures, people, quotes.")
        var name: String?

        @Option(help: "With `quotes`: only quotes by this person, under any of their names.")
        var speaker: String?

        func validate() throws {
            if speaker != nil, let name, name != "quotes" && name != "quote_list" {
                throw ValidationError("--speaker goes with the quotes query")
            }
        }

        func run() throws {
            let reader = try options.archive.openReader()
            guard let name else {
                options.print(Listing(try reader.cannedQueries(), columns: ["name", "view", "description"]))
                return
            }
            if let speaker {
                options.print(
                    Listing(
                        try reader.quotes(speaker: speaker),
                        columns: ["id", "speaker", "quote", "article", "paragraph"]))
                return
            }
            let listing = try reader.run(name, limit: options.rowLimit.map { $0 + 1 })
            let more = options.rowLimit != nil
            guard options.format == .table else { return options.print(listing, fetchedOnePast: more) }
            // A terminal has room for the facts; coordinates (for maps) go to csv and json.
            options.print(
                listing.selecting(listing.columns.filter { $0 != "latitude" && $0 != "longitude" }), fetchedOnePast: more)
        }
    }
}
