import ArchiveStore
import ArgumentParser
import Foundation

extension Archive {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every article with what was extracted from it, one JSON object per line.",
            discussion: "The format is described in README.md (Export format); evaluation scripts read it."
        )

        enum Format: String, ExpressibleByArgument { case jsonl }

        @OptionGroup var archive: ArchiveOptions

        @Option(help: "Output format (jsonl: one JSON object per article per line).")
        var format: Format = .jsonl

        @Option(help: "Only this article.")
        var article: Int?

        func run() throws {
            let reader = try archive.openReader()
            let ids = try article.map { [$0] } ?? reader.articleIDs()
            let output = FileHandle.standardOutput
            for id in ids {
                let object = try reader.article(id).exportObject
                output.write(Data((ListingPrinter.jsonText(object, pretty: false) + "\n").utf8))
            }
        }
    }
}
