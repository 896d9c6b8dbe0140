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
            let reader = try openReader(options.archive)
            var table = try reader.figures(unit: unit, kind: kind, article: article)
            if options.format == .table {
                // A terminal has room for the facts; the sentence goes to csv and json.
                table = table.selecting(["article", "paragraph", "text", "value", "unit", "site", "event", "source"])
            }
            ResultPrinter(format: options.format).print(table)
        }
    }

    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the people, places and organisations named, with mention counts.")

        @OptionGroup var options: ListingOptions

        @Option(help: "Only entities of this kind: person, place, organization, nationality.")
        var kind: String?

        func run() throws {
            let reader = try openReader(options.archive)
            ResultPrinter(format: options.format).print(try reader.entities(kind: kind))
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count what the archive holds and its size on disk.")

        @OptionGroup var options: ListingOptions

        func run() throws {
            let reader = try openReader(options.archive)
            ResultPrinter(format: options.format).print(try reader.statistics())
        }
    }
}
