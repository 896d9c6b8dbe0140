import ArchiveStore
import ArticleModel
import ArticleReaders
import Extraction
import Foundation

/// Times each extraction pass alone over the corpus in memory, on one core, and all passes together on
/// one core and on every core, in words per second.
struct PassBenchmark {
    let corpus: BenchCorpus
    let runs: Int

    struct Result {
        var name: String
        var seconds: Double
        /// CPU time of the process (user + system, every core) over the same runs, median.
        var cpuSeconds: Double
        var cores: Int
    }

    /// Processor seconds this process has used so far, on every thread.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    mutating func run() throws -> [Result] {
        let articles = corpus.articles
        let reader = ArticleFileReader()
        var results: [Result] = []
        func measure(_ name: String, cores: Int = 1, _ body: () throws -> Void) rethrows {
            var times: [(seconds: Double, cpuSeconds: Double)] = []
            for _ in 0..<max(1, runs) { times.append(try Stopwatch.timed(body, cpu: Stopwatch.processCPUSeconds)) }
            results.append(
                Result(
                    name: name, seconds: times.map(\.seconds).median, cpuSeconds: times.map(\.cpuSeconds).median,
                    cores: cores))
        }
        measure("read: decode and split into articles") {
            for (buffer, file) in zip(corpus.raw, corpus.files) { _ = try? reader.read(buffer, origin: file) }
        }
        measure("content hash and word count") {
            for article in articles { _ = (article.contentSHA256, article.wordCount) }
        }
        measure("tokens and sentences") { for article in articles { _ = AnalyzedArticle(article) } }

        let gazetteer = try Gazetteer.bundled()
        let analyzed = articles.map(AnalyzedArticle.init)
        let entities = EntityExtractor(gazetteer: gazetteer)
        measure("entities") { for article in analyzed { _ = entities.extract(from: article) } }
        let found = analyzed.map(entities.extract)
        measure("figures (given the entities)") {
            let figures = FigureExtractor(gazetteer: gazetteer)
            for (article, entities) in zip(analyzed, found) { _ = figures.extract(from: article, entities: entities) }
        }
        measure("quotes (given the entities)") {
            for (article, entities) in zip(analyzed, found) {
                _ = QuoteExtractor().extract(from: article, entities: entities)
            }
        }
        measure("dates") { for article in analyzed { _ = DateExtractor().extract(from: article) } }

        let extractor = ArticleExtractor(gazetteer: gazetteer)
        measure("all passes, article by article") { Self.extractArticleByArticle(articles, with: extractor) }
        let batches = ArticleExtractor.batches(ofSizes: articles.map(ArticleExtractor.batchSize))
        measure("all passes") { Self.extractInBatches(articles, batches, with: extractor) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var lanes: [LaneTimes] = []
        measure("all passes", cores: cores) {
            lanes = Self.inLanes(cores, count: batches.count) {
                _ = extractor.extract(from: Array(articles[batches[$0]]))
            }
        }
        laneReport = LaneTimes.summary(of: lanes)
        return results
    }

    /// Every pass over one article before the next article (how ingest extracted before batch27); a
    /// function of its own so that callgrind can count it alone (`--toggle-collect`).
    @inline(never)
    static func extractArticleByArticle(_ articles: [Article], with extractor: ArticleExtractor) {
        for article in articles { _ = extractor.extract(from: article) }
    }

    /// Each pass over a batch of articles before the next pass, batch after batch, as ingest extracts.
    @inline(never)
    static func extractInBatches(_ articles: [Article], _ batches: [Range<Int>], with extractor: ArticleExtractor) {
        for batch in batches { _ = extractor.extract(from: Array(articles[batch])) }
    }

    /// What the last run on every core did with its time, lane by lane (see ``LaneTimes``).
    private(set) var laneReport = ""

    /// Runs `body` for every index below `count` on `lanes` threads, each taking the next index when
    /// it is done with one (no thread idles while another has a queue of its own), and says how
    /// each thread spent its time.
    static func inLanes(_ lanes: Int, count: Int, _ body: (Int) -> Void) -> [LaneTimes] {
        let lock = NSLock()
        var next = 0
        var times: [LaneTimes] = []
        DispatchQueue.concurrentPerform(iterations: lanes) { _ in
            let start = LaneTimes.now()
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < count else { break }
                body(index)
            }
            let lane = LaneTimes.now().since(start)
            lock.lock()
            times.append(lane)
            lock.unlock()
        }
        return times
    }

    func report(_ results: [Result]) -> String {
        reportTable(results) + (laneReport.isEmpty ? "" : "\n" + laneReport)
    }

    private func reportTable(_ results: [Result]) -> String {
        var table = ReportTable("pass", "cores", "seconds", "words/s", "MB/s", "CPU s", "words per CPU s")
        let words = Double(corpus.words)
        let megabytes = Double(corpus.bytes) / 1_048_576
        for result in results {
            table.add(
                result.name, "\(result.cores)", format(result.seconds, 3),
                groupedThousands(Int(words / result.seconds)),
                format(megabytes / result.seconds, 1), format(result.cpuSeconds, 3),
                groupedThousands(Int(words / max(result.cpuSeconds, 1e-9))))
        }
        return table.render()
    }
}
