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
                old extraction is replaced whole or not at all, in batches of one transaction each. Redoing \
                every article of the archive (--all, or a new extractor) stores what a fresh ingest would, \
                and is one transaction: readers see the old extraction until it ends, and a run stopped \
                before then leaves the archive as it was.
                """
        )

        @OptionGroup var archive: ArchiveOptions

        @Flag(help: "Redo every article, not only those from an older extractor.")
        var all = false

        @Option(help: "Articles per batch at most; one also ends after a second. Each batch is a transaction of its own, so a killed run keeps its work, unless the run redoes every article.")
        var batchSize: Int = 200

        @Option(help: "Threads reading and extracting articles (default: the number of cores).")
        var jobs: Int?

        /// For the benchmark: print where the pipeline spent its time (``PipelineTimes``) on standard error.
        @Flag(help: .hidden)
        var pipelineTimes = false

        func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            guard FileManager.default.fileExists(atPath: archive.path) else {
                throw ArchiveError.missing(path: archive.path)
            }
            let writer = try ArchiveWriter(
                path: archive.path, onWait: { showWaiting("waiting for another process writing to the archive…") })
            let gazetteer = try Gazetteer.bundled()
            writer.gazetteer = gazetteer
            var articles = try writer.articlesToReindexWithWordCounts(all: all)
            let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            let source = try StoredArticleSource(path: archive.path)
            defer { source.close() }
            let progress = ProgressLine(total: articles.count, noun: "articles")
            var times: PipelineTimes?
            func redo() throws {
                let pipeline = ReindexPipeline(
                    inputs: articles.map(\.id),
                    groups: ReindexPipeline.groups(
                        ofSizes: articles.map { $0.words * Self.bytesPerWord }, jobs: threads),
                    jobs: threads, window: batchSize,
                    prepare: Self.preparer(extractor: ArticleExtractor(gazetteer: gazetteer), source: source))
                var done = 0
                try pipeline.run { first, next in
                    done += try Self.store(first, then: next, in: writer)
                    progress.update(done: done)
                }
                times = pipeline.times
            }
            if try articles.count == writer.storedArticleCount() {
                // Redoing every article stores what a fresh ingest would: each article finds only the
                // entities of the articles before it, not those a later one made the last time (keys made
                // again too). So every extraction goes first, and all of it is one transaction: stopped
                // before the end, the archive keeps its old extraction whole. (The articles are read again
                // under the transaction's write lock: one another process stored meanwhile is redone too.)
                try writer.asOneTransaction {
                    articles = try writer.articlesToReindexWithWordCounts(all: true)
                    progress.total = articles.count
                    try writer.forgetExtractions()
                    try redo()
                }
            } else {
                try redo()
            }
            // Closed before the writer's last work, so that the writer's connection is the last one open.
            source.close()
            if pipelineTimes, let times { printError(times.description) }
            try writer.removeUnmentionedEntities()
            try writer.locateStoredPlaces()
            try writer.checkpoint()
            progress.finish()
            printError(
                "re-extracted \(articles.count) article\(articles.count == 1 ? "" : "s") with extractor version \(ArticleExtractor.version)"
            )
        }

        /// Bytes of text a stored word stands for, to group articles by their stored word counts (news text:
        /// about six).
        static let bytesPerWord = 6

        /// What each pipeline thread does with a group of stored articles: read them and extract them again,
        /// a batch at a time (``ArticleExtractor/extractInBatches(_:words:)``).
        static func preparer(extractor: ArticleExtractor, source: StoredArticleSource)
            -> ([Int]) -> [ReextractedArticle]
        {
            return { ids in
                let read = ids.map { id in Result { try source.article(id) } }
                let stored = read.compactMap { try? $0.get() }
                let extracted = extractor.extractInBatches(stored.map(\.article), words: stored.map(\.wordCount))
                precondition(extracted.count == stored.count, "one extraction per stored article")
                var extractions = extracted.makeIterator()
                return zip(ids, read).map { id, read in
                    switch read {
                    case .success(let article):
                        ReextractedArticle(
                            id: id, paragraphIDs: article.paragraphIDs, extraction: extractions.next()!,
                            wordCount: article.wordCount)
                    case .failure(let error):
                        ReextractedArticle(
                            id: id, paragraphIDs: [], extraction: Extraction(), wordCount: 0, failure: error)
                    }
                }
            }
        }

        /// Replaces the extraction of one window of articles (`first`, then each `next` gives) in one
        /// transaction, each as it comes; returns how many.
        static func store(
            _ first: ReextractedArticle, then next: () -> ReextractedArticle?, in writer: ArchiveWriter
        ) throws -> Int {
            var count = 0
            try writer.inBatch(holdingLargeArticles: first.holdsLargeArticle) {
                var article: ReextractedArticle? = first
                while let current = article {
                    if let failure = current.failure { throw failure }
                    try writer.replaceExtraction(
                        articleID: current.id, paragraphIDs: current.paragraphIDs, with: current.extraction)
                    count += 1
                    article = next()
                }
            }
            return count
        }
    }
}

/// `archive reindex`'s pipeline: stored articles read and extracted on the pipeline's threads, their
/// extractions replaced in order.
typealias ReindexPipeline = ExtractionPipeline<Int, ReextractedArticle>

/// A stored article extracted again on a pipeline thread, or why it could not be read.
struct ReextractedArticle: PreparedWork {
    var id: Int
    var paragraphIDs: [Int]
    var extraction: Extraction
    var wordCount: Int
    var failure: Error?

    var weight: Int { 1 }
    var holdsLargeArticle: Bool { wordCount >= ArchiveWriter.largeArticleWords }
}
