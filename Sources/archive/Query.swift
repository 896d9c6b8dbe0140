import ArchiveStore
import ArgumentParser

extension Archive {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a canned question (a view in the archive); with no name, list them.",
            discussion:
                "Each canned query is a view: `sqlite3 archive.sqlite 'SELECT * FROM strikes'` prints the same rows. strikes and casualties give one row per site, date and event with the lowest and highest number reported and who said which; reports gives every figure behind them, and totals the tolls over a stretch of time (\"230,000 killed since 2011\"), which are no incidents. Tables leave out latitude and longitude, mark with * a date that no sentence of the reports names (the article's publication date stands in; none stands in for a report its clause dates only against another moment, \"days earlier\") and with † a site that only a sentence shortly before a report names; csv and json have latitude, longitude, dated_by ('clause', 'earlier sentence' or 'article') and site_from ('sentence' or 'earlier sentence')."
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "The canned query to run, e.g. strikes, casualties, reports, totals, figures, people, quotes.")
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
                let quotes = try reader.quotes(speaker: speaker, limit: options.fetchLimit)
                try options.print(Listing(quotes, columns: ["id", "speaker", "quote", "article", "paragraph"])) {
                    try reader.quoteCount(speaker: speaker)
                }
                return
            }
            var listing = try reader.run(name, limit: options.fetchLimit)
            if options.format == .table {
                // A terminal has room for the facts; coordinates (for maps) go to csv and json.
                listing = listing.selecting(listing.columns.filter { $0 != "latitude" && $0 != "longitude" })
                    .markingPublicationDates().markingEarlierSentenceSites()
            }
            try options.print(listing) { try reader.rowCount(ofQuery: name) }
            guard options.format == .table else { return }
            let mark = Listing.publicationDateMark
            if let date = listing.columns.firstIndex(of: "date"),
                listing.rows.contains(where: { $0[date].textValue?.hasSuffix(mark) == true })
            {
                printError("\(mark) the article's publication date: no sentence of the report names the day")
            }
            let siteMark = Listing.earlierSentenceSiteMark
            if let site = listing.columns.firstIndex(of: "site"),
                listing.rows.contains(where: { $0[site].textValue?.hasSuffix(siteMark) == true })
            {
                printError("\(siteMark) named by an earlier sentence: no report's own sentence names the place")
            }
        }
    }
}
