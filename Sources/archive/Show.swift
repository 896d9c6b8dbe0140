import ArchiveStore
import ArgumentParser
import Foundation

extension Archive {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one article with numbered paragraphs and what was extracted from it.",
            discussion:
                "Figures are marked [like this] in the text, entity names {like this}. --format json prints the export object (nl: on one line); csv prints the paragraphs, one row each."
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "The article's number (see `archive query articles`).")
        var id: Int

        func run() throws {
            let article = try options.archive.openReader().article(id)
            switch options.format {
            case .json: print(article.exportObject.encoded(pretty: true))
            case .nl: print(article.exportObject.encoded())
            case .csv:
                let rows = article.paragraphs.map {
                    [ListingValue(id), ListingValue($0.position), ListingValue($0.kind), ListingValue($0.text)]
                }
                options.print(Listing(columns: ["article", "position", "kind", "text"], rows: rows))
            case .table: print(ArticleText(article).rendered, terminator: "")
            }
            fflush(stdout)
        }
    }
}
