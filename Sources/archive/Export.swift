import ArchiveStore
import ArgumentParser
import Foundation

extension Archive {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every article with what was extracted from it, one JSON object per line, or a map layer.",
            discussion: """
                jsonl is described in README.md (Export format); evaluation scripts read it. geojson writes the \
                sites of --query strikes, casualties or places as a FeatureCollection of points (QGIS, geojson.io, \
                kepler.gl); sites the gazetteer cannot place are left out and counted on standard error.
                """
        )

        enum Format: String, ExpressibleByArgument { case jsonl, geojson }

        enum MapQuery: String, ExpressibleByArgument, CaseIterable { case strikes, casualties, places }

        @OptionGroup var archive: ArchiveOptions

        @Option(help: "Output format (jsonl: one JSON object per article per line).")
        var format: Format = .jsonl

        @Option(help: "Only this article.")
        var article: Int?

        @Option(help: "With --format geojson: the canned query whose sites to map.")
        var query: MapQuery = .strikes

        func validate() throws {
            if format == .geojson && article != nil { throw ValidationError("--article goes with --format jsonl") }
        }

        func run() throws {
            let reader = try archive.openReader()
            if format == .geojson {
                let (text, unplaced) = GeoJSON(listing: try reader.run(query.rawValue)).render()
                FileHandle.standardOutput.write(Data(text.utf8))
                if unplaced > 0 {
                    printError("\(unplaced) rows of \(query.rawValue) have no point on the map; left out")
                }
                return
            }
            let ids = try article.map { [$0] } ?? reader.articleIDs()
            let output = FileHandle.standardOutput
            for id in ids {
                let object = try reader.article(id).exportObject
                output.write(Data((ListingPrinter.jsonText(object, pretty: false) + "\n").utf8))
            }
        }
    }
}
