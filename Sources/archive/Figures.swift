import ArchiveStore
import ArgumentParser

extension Archive {
    struct Figures: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the figures found, with their sentences.")

        @OptionGroup var options: ListingOptions

        @Option(help: "Only figures counting this (e.g. missile, person).")
        var unit: String?

        @Option(help: "Only figures of this kind: count, money, percent, duration, distance, age.")
        var kind: String?

        @Option(help: "Only figures of this article.")
        var article: Int?

        func run() throws {
            let reader = try options.archive.openReader()
            let figures = try reader.figures(unit: unit, kind: kind, article: article, limit: options.fetchLimit)
            // A terminal has room for the facts; the sentence goes to csv and json.
            let columns =
                options.format == .table
                ? ["article", "paragraph", "text", "value", "unit", "site", "event", "source"]
                : [
                    "id", "article", "paragraph", "text", "value", "approx", "kind", "unit", "site", "event", "source",
                    "site_entity", "source_entity", "earlier_site", "earlier_site_entity", "date", "dated_by",
                    "relative_date", "period", "sentence",
                ]
            try options.print(Listing(figures, columns: columns)) {
                try reader.figureCount(unit: unit, kind: kind, article: article)
            }
        }
    }
}
