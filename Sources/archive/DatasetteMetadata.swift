import ArchiveStore
import ArgumentParser
import Foundation

extension Archive {
    struct DatasetteMetadata: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "datasette-metadata",
            abstract: "Print Datasette metadata for the archive: titles, canned queries, facets, search.",
            discussion: """
                archive datasette-metadata > metadata.json; datasette archive.sqlite -m metadata.json. The canned \
                queries with a parameter (strikes_at_site, casualties_at_site, reports_between, figures_of_unit, \
                quotes_by_speaker) appear under the database; the paragraphs table gets a search box; foreign keys \
                show names.
                """
        )

        @OptionGroup var archive: ArchiveOptions

        func run() throws {
            let name = ((archive.path as NSString).lastPathComponent as NSString).deletingPathExtension
            let metadata = try archive.openReader().datasetteMetadata(database: name)
            print(ListingPrinter.jsonText(metadata, pretty: true))
        }
    }
}
