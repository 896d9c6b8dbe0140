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

        enum Format: String, ExpressibleByArgument { case jsonl, csv, geojson }

        enum MapQuery: String, ExpressibleByArgument, CaseIterable { case strikes, casualties, places }

        @OptionGroup var archive: ArchiveOptions

        @Option(help: "Output format (jsonl: one JSON object per article per line).")
        var format: Format = .jsonl

        @Option(help: "Only this article.")
        var article: Int?

        @Option(help: "With --format geojson: the canned query whose sites to map.")
        var query: MapQuery = .strikes

        @Option(
            help: ArgumentHelp(
                "Write this table whole instead, row by row, as jsonl or csv: articles, paragraphs, entities, entity_aliases, figures, quotes or date_mentions."
            ))
        var table: String?

        func validate() throws {
            if format == .geojson && article != nil { throw ValidationError("--article goes with --format jsonl") }
            if format == .csv && table == nil { throw ValidationError("--format csv goes with --table") }
            if let table {
                guard ArchiveReader.exportableTables.contains(table) else {
                    throw ValidationError(
                        "--table must be one of \(ArchiveReader.exportableTables.joined(separator: ", ")), not '\(table)'"
                    )
                }
                if format == .geojson { throw ValidationError("--table is written as jsonl or csv") }
                if article != nil { throw ValidationError("--article goes without --table") }
            }
        }

        /// Streams one table: a header line (csv) and a line per row, written as they are read.
        func export(table: String, from reader: ArchiveReader) throws {
            let output = FileHandle.standardOutput
            var columns: [String] = []
            let printer = ListingPrinter(format: .csv)
            var buffer = ""
            func flush(_ force: Bool) {
                guard force || buffer.utf8.count > 1 << 16 else { return }
                output.write(Data(buffer.utf8))
                buffer = ""
            }
            try reader.streamTable(table) { names in
                columns = names
                if format == .csv { buffer += printer.csvLine(names) }
            } row: { row in
                buffer +=
                    format == .csv
                    ? printer.csvLine(row.map { $0.textValue ?? "" })
                    : OrderedJSON.object(columns, row, pretty: false) + "\n"
                flush(false)
            }
            flush(true)
        }

        func run() throws {
            let reader = try archive.openReader()
            if let table { return try export(table: table, from: reader) }
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
            var buffer = ""
            for id in ids {
                buffer += try reader.article(id).exportObject.encoded() + "\n"
                if buffer.utf8.count > 1 << 16 {
                    output.write(Data(buffer.utf8))
                    buffer = ""
                }
            }
            output.write(Data(buffer.utf8))
        }
    }
}
