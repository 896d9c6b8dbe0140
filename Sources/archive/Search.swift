import ArchiveStore
import ArgumentParser

extension Archive {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find paragraphs by words, best matches first.",
            discussion: """
                Words are matched whole (diacritics ignored); "quoted words" match as a phrase. With --raw the \
                terms are passed to SQLite FTS5 as written (AND, OR, NOT, NEAR, prefix*). A page of the best \
                matches is ranked among the 10,000 matching paragraphs stored last, so that a common word \
                answers at once; --rank-all (or --all) ranks every match. The best 20 are printed, on a terminal or \
                not, unless --limit N or --all says otherwise.
                """
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "Words to search for.")
        var terms: [String]

        @Flag(help: "Pass the terms to FTS5 unchanged (its query syntax).")
        var raw = false

        @Flag(help: "Rank every matching paragraph, not only the 10,000 stored last.")
        var rankAll = false

        func run() throws {
            let reader = try options.archive.openReader()
            let query = terms.joined(separator: " ")
            // The best 20 paragraphs unless --limit or --all says otherwise; one more says whether there are.
            let limit = options.all ? Int(Int32.max) : options.limit ?? 20
            let candidates = options.all || rankAll ? nil : ArchiveReader.searchCandidates
            let hits = try reader.search(query, raw: raw, limit: limit + 1, candidates: candidates)
            let columns = ["article", "paragraph", "title", "snippet"]
            guard hits.count > limit else { return options.print(Listing(hits, columns: columns)) }
            options.print(Listing(Array(hits.prefix(limit)), columns: columns))
            let matches = try reader.searchMatchCount(query, raw: raw, cap: ArchiveReader.searchCandidates)
            printError(Self.note(shown: limit, matches: matches, candidates: candidates))
        }

        /// "20 of 45,409 matching paragraphs, the best of the 10,000 stored last (--rank-all ranks every
        /// one); --limit N or --all for more".
        static func note(shown: Int, matches: SearchMatchCount, candidates: Int?) -> String {
            var note: String
            let ranked: Bool
            switch matches {
            case .exactly(let count):
                note = "\(shown) of \(groupedThousands(count)) matching paragraphs"
                ranked = candidates.map { count > $0 } ?? false
            case .moreThan(let count):
                note = "\(shown) of more than \(groupedThousands(count)) matching paragraphs"
                ranked = candidates != nil
            }
            if ranked, let candidates {
                note += ", the best of the \(groupedThousands(candidates)) stored last (--rank-all ranks every one)"
            }
            return note + "; --limit N or --all for more"
        }
    }
}
