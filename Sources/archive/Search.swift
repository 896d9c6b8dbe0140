import ArchiveStore
import ArgumentParser

extension Archive {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find paragraphs by words, best matches first.",
            discussion: """
                Words are matched whole (diacritics ignored); "quoted words" match as a phrase. With --raw the \
                terms are passed to SQLite FTS5 as written (AND, OR, NOT, NEAR, prefix*).
                """
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "Words to search for.")
        var terms: [String]

        @Flag(help: "Pass the terms to FTS5 unchanged (its query syntax).")
        var raw = false

        func run() throws {
            let reader = try options.archive.openReader()
            // The best 20 paragraphs unless --limit or --all says otherwise.
            let limit = options.all ? Int(Int32.max) : options.limit ?? 20
            let hits = try reader.search(terms.joined(separator: " "), raw: raw, limit: limit)
            options.print(Listing(hits, columns: ["article", "paragraph", "title", "snippet"]))
        }
    }
}
