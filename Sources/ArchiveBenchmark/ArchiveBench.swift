import ArchiveStore
import ArgumentParser
import Foundation

/// `archive-bench`: how fast `archive` stores and extracts, measured against SQLite's own write speed in
/// the same run, and whether every pass stays linear on inputs built to break it. `scripts/bench` builds
/// it in release mode and runs it; BENCHMARKS.md records the results.
@main
struct ArchiveBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive-bench",
        abstract: "Benchmark archive ingest against bare SQLite, pass by pass, and on pathological inputs.",
        discussion: """
            Without --pathological: ingests the folders end to end with `archive ingest` (default --jobs) and \
            stores the same paragraphs with a bare SQLite + FTS5 loop, alternately, and reports the medians and \
            their ratio; then times each extraction pass in memory, in words/s, on one core and on all. \
            With --pathological: ingests generated articles of 0.25, 1, 4 and 16 MB of five kinds and reports \
            time, peak memory and stored size for each. With --scale N: builds an archive of N articles and reports \
            growth, memory and the latency and plan of every query.
            """)

    @Option(help: "The archive binary to measure (scripts/bench passes the release build).")
    var archive: String

    @Argument(help: "Folders or files of articles (scripts/bench defaults to ../shared/corpora/news).")
    var paths: [String] = []

    @Option(help: "Runs of each measurement; the report gives the median.")
    var runs: Int = 3

    @Flag(help: "A quick check that the benchmark works: 300 files, one run, small pathological sizes (with --storing: everything stored once).")
    var quick = false

    @Flag(help: "Run the pathological series instead of the corpus benchmark.")
    var pathological = false

    @Flag(
        help: """
            Measure storing alone instead of the corpus benchmark: the corpus is extracted in memory first, then \
            stored by the archive's writer table by table (each table's rows added to the ones before).
            """)
    var storing = false

    @Flag(help: "With --storing: also store everything once without each index of the extracted tables.")
    var eachIndex = false

    @Option(
        help: """
            With --storing: store into a copy of this archive for each measurement instead of a fresh one (what \
            storing costs in a large archive; the corpus must not be in it already).
            """)
    var onto: String?

    @Option(help: "Seconds after which a pathological run is killed and reported as such.")
    var timeout: Double = 600

    @Option(
        help: """
            Build an archive of this many articles (the corpus repeated, each copy made distinct), a tenth at \
            a time, and report the ingest rate of the first and last tenth, bytes per article, peak memory, \
            each canned query's and listing's first-page latency (median of --runs, at least 10 unless \
            --quick) and each canned query's plan.
            """)
    var scale: Int?

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let scale, scale < 10 { throw ValidationError("--scale must be at least 10") }
        if scale != nil && pathological { throw ValidationError("--scale and --pathological are separate runs") }
        if storing && (scale != nil || pathological) {
            throw ValidationError("--storing, --scale and --pathological are separate runs")
        }
        if eachIndex && !storing { throw ValidationError("--each-index goes with --storing") }
        if onto != nil && !storing { throw ValidationError("--onto goes with --storing") }
        if !pathological && paths.isEmpty { throw ValidationError("name at least one folder or file of articles") }
        if !FileManager.default.isExecutableFile(atPath: archive) {
            throw ValidationError("--archive \(archive) is not an executable file")
        }
    }

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("archive-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        printMachine()
        if pathological {
            let sizes = quick ? [0.25, 1] : [0.25, 1, 4, 16]
            // (Not the sentence of tolls in the quick check: still superlinear, its 1 MB alone takes a minute.)
            let kinds = PathologicalInput.allCases.filter { !quick || $0 != .tollLine }
            print(
                try PathologicalBenchmark(archive: archive, kinds: kinds, sizes: sizes, timeout: timeout, scratch: scratch)
                    .run())
            return
        }
        if let scale {
            let corpus = BenchCorpus(files: BenchCorpus.files(under: paths))
            let runs = quick ? max(1, self.runs) : max(10, self.runs)
            print("scale: \(groupedThousands(scale)) articles from \(corpus.summary); latencies median of \(runs)\n")
            let benchmark = ScaleBenchmark(archive: archive, corpus: corpus, count: scale, runs: runs, scratch: scratch)
            print(benchmark.report(try benchmark.run()))
            return
        }
        if storing {
            let corpus = BenchCorpus(files: BenchCorpus.files(under: paths, limit: quick ? 300 : nil))
            let runs = quick ? 1 : self.runs
            print("corpus: \(corpus.summary); median of \(runs) run(s)\n")
            var benchmark = StoringBenchmark(corpus: corpus, runs: runs, scratch: scratch, eachIndex: eachIndex)
            benchmark.everythingOnly = quick || onto != nil  // (table by table means little in a full archive)
            benchmark.onto = onto
            print(try benchmark.run())
            return
        }
        try runCorpus(scratch: scratch)
    }

    private func runCorpus(scratch: URL) throws {
        let files = BenchCorpus.files(under: paths, limit: quick ? 300 : nil)
        let corpus = BenchCorpus(files: files)
        let runs = quick ? 1 : self.runs
        print("corpus: \(corpus.summary); median of \(runs) run(s)\n")
        let inputs = quick ? corpus.files : paths
        let ingest = IngestBenchmark(archive: archive, corpus: corpus, inputs: inputs, runs: runs, scratch: scratch)
        print(ingest.report(try ingest.run()))
        print("")
        var passes = PassBenchmark(corpus: corpus, runs: runs)
        let results = try passes.run()
        print(passes.report(results))
    }

    private func printMachine() {
        let info = ProcessInfo.processInfo
        let memory = info.physicalMemory / 1_073_741_824
        print("machine: \(info.activeProcessorCount) cores, \(memory) GiB, \(info.operatingSystemVersionString)")
    }
}
