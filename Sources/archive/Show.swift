import ArchiveStore
import ArgumentParser
import Foundation
import SQLite

extension Archive {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one article with numbered paragraphs and what was extracted from it.",
            discussion: "Figures are marked [like this] in the text, entity names {like this}; --format json prints the export object."
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "The article's number (see `archive query articles`).")
        var id: Int

        func run() throws {
            let reader = try openReader(options.archive)
            do {
                let article = try reader.article(id)
                if options.format == .json {
                    print(ResultPrinter.jsonText(try reader.exportObject(articleID: id), pretty: true))
                    return
                }
                try printArticle(article, reader: reader)
            } catch let error as ArchiveError {
                throw CommandError(error.description)
            }
        }

        func printArticle(_ article: Row, reader: ArchiveReader) throws {
            var marks: [Int: [(start: Int, end: Int, open: String, close: String)]] = [:]
            for figure in try reader.figureRows(of: id) {
                marks[figure.int("paragraph") ?? 0, default: []].append((figure.int("start_offset") ?? 0, figure.int("end_offset") ?? 0, "[", "]"))
            }
            for mention in try reader.mentionRows(of: id) {
                marks[mention.int("paragraph") ?? 0, default: []].append((mention.int("start_offset") ?? 0, mention.int("end_offset") ?? 0, "{", "}"))
            }
            print("#\(id) \(article.string("title") ?? "")")
            let meta = ["source", "published", "url", "byline"].compactMap { key in article.string(key).map { "\(key): \($0)" } }
            if !meta.isEmpty { print(meta.joined(separator: " · ")) }
            print("")
            for paragraph in try reader.paragraphs(of: id) {
                let position = paragraph.int("position") ?? 0
                let text = Self.marked(paragraph.string("text") ?? "", marks[position] ?? [])
                let kind = paragraph.string("kind") ?? "body"
                print(String(format: "%3d ", position) + (kind == "body" ? "" : "(\(kind)) ") + text)
            }
            let printer = ResultPrinter(format: .table)
            let sections: [(String, ResultTable)] = [
                ("Figures", try reader.figures(article: id)),
                ("Entities", ResultTable(columns: ["name", "kind", "mentions", "roles"], rows: try reader.entityRows(of: id).map {
                    [$0["name"], $0["kind"], $0["mentions"], $0["roles"]]
                })),
                ("Quotes", ResultTable(columns: ["paragraph", "speaker", "quote"], rows: try reader.quoteRows(of: id).map {
                    [$0["paragraph"], $0["speaker"], $0["text"]]
                })),
            ]
            for (title, table) in sections {
                print("\n\(title)")
                var table = table
                if title == "Figures" { table = table.selecting(["paragraph", "text", "value", "approx", "unit", "site", "event", "source"]) }
                FileHandle.standardOutput.write(Data(printer.render(table).utf8))
            }
        }

        /// Inserts marks around spans (Unicode-scalar offsets); overlapping spans nest as given.
        static func marked(_ text: String, _ spans: [(start: Int, end: Int, open: String, close: String)]) -> String {
            var opens: [Int: String] = [:], closes: [Int: String] = [:]
            for span in spans {
                opens[span.start, default: ""] += span.open
                closes[span.end, default: ""] = span.close + closes[span.end, default: ""]
            }
            var out = ""
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                if let close = closes[offset] { out += close }
                if let open = opens[offset] { out += open }
                out.unicodeScalars.append(scalar)
            }
            if let close = closes[text.unicodeScalars.count] { out += close }
            return out
        }
    }
}
