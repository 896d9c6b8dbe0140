import ArchiveStore
import ArgumentParser

extension Archive {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the people, places and organisations named, with mention counts.")

        @OptionGroup var options: ListingOptions

        @Option(help: "Only entities of this kind: person, place, organization, nationality.")
        var kind: String?

        func run() throws {
            let entities = try options.archive.openReader().entities(kind: kind)
            options.print(Listing(entities, columns: ["id", "name", "kind", "mentions", "articles", "aliases"]))
        }
    }
}
