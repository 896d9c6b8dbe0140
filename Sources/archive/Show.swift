import ArchiveStore
import ArgumentParser
import Foundation

extension Archive {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one article with numbered paragraphs and what was extracted from it.",
            discussion:
                "Figures are marked [like this] in the text, entity names {like this}; --format json prints the export object."
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "The article's number (see `archive query articles`).")
        var id: Int

        func run() throws {
            let article = try options.archive.openReader().article(id)
            if options.format == .json {
                print(ListingPrinter.jsonText(article.exportObject, pretty: true))
                return
            }
            print(ArticleText(article).rendered, terminator: "")
        }
    }
}
