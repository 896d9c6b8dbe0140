import ArchiveStore
import ArgumentParser

extension Archive {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count what the archive holds and its size on disk.")

        @OptionGroup var options: ListingOptions

        func run() throws {
            options.print(Listing(try options.archive.openReader().statistics()))
        }
    }
}
