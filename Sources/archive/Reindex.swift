import ArchiveStore
import ArgumentParser
import Extraction
import Foundation

extension Archive {
    struct Reindex: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-run extraction on stored articles, in place, without the original files.",
            discussion: """
                By default only articles extracted by an older version of this tool are redone; --all redoes \
                every one (for instance after adding aliases by hand in the sqlite3 shell). Each article's \
                old extraction is replaced whole or not at all, in batches of one transaction each.
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Flag(help: "Redo every article, not only those from an older extractor.")
        var all = false

        @Option(help: "Articles per transaction.")
        var batchSize: Int = 200

        func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        }

        func run() throws {
            guard FileManager.default.fileExists(atPath: archive.path) else {
                throw ArchiveError.missing(path: archive.path)
            }
            let writer = try ArchiveWriter(
                path: archive.path, onWait: { showWaiting("waiting for another process writing to the archive…") })
            let gazetteer = try Gazetteer.bundled()
            writer.gazetteer = gazetteer
            let extractor = ArticleExtractor(gazetteer: gazetteer)
            let ids = try writer.articlesToReindex(all: all)
            // The loose key may have changed with the extractor: every key is made again.
            if all { try writer.forgetEntityKeys() }
            let progress = ProgressLine(total: ids.count, noun: "articles")
            for start in stride(from: 0, to: ids.count, by: batchSize) {
                let batch = ids[start..<min(start + batchSize, ids.count)]
                try writer.inBatch(holdingLargeArticles: writer.holdsLargeArticle(batch)) {
                    for id in batch {
                        let stored = try writer.storedArticle(id)
                        try writer.replaceExtraction(
                            articleID: id, paragraphIDs: stored.paragraphIDs,
                            with: extractor.extract(from: stored.article))
                    }
                }
                progress.update(done: start + batch.count)
            }
            try writer.removeUnmentionedEntities()
            try writer.locateStoredPlaces()
            progress.finish()
            printError(
                "re-extracted \(ids.count) article\(ids.count == 1 ? "" : "s") with extractor version \(ArticleExtractor.version)"
            )
        }
    }
}
