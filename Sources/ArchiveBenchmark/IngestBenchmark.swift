import ArchiveStore
import Foundation

/// `archive ingest` of a folder end to end, against the bare-SQLite baseline storing the same
/// paragraphs, both measured in this run (median of `runs`), and their ratio.
struct IngestBenchmark {
    let archive: String
    let corpus: BenchCorpus
    let inputs: [String]
    let runs: Int
    let scratch: URL

    struct Result {
        var ingest: [ChildProcess.Outcome]
        var baseline: [Double]
        var archiveBytes: Int
        var baselineBytes: Int

        var ingestSeconds: Double { ingest.map(\.seconds).median }
        var baselineSeconds: Double { baseline.median }
        var ratio: Double { ingestSeconds / baselineSeconds }
    }

    func run() throws -> Result {
        var result = Result(ingest: [], baseline: [], archiveBytes: 0, baselineBytes: 0)
        for run in 0..<max(1, runs) {
            // Alternate the two, so that a disturbance on the machine falls on both alike.
            let baselinePath = scratch.appendingPathComponent("baseline-\(run).sqlite").path
            result.baseline.append(
                try Stopwatch.seconds { try SQLiteBaseline(batchSize: 200).store(corpus.articles, at: baselinePath) })
            result.baselineBytes = Self.size(of: baselinePath)
            let archivePath = scratch.appendingPathComponent("archive-\(run).sqlite").path
            let outcome = try ChildProcess(
                executable: archive, arguments: ["ingest", "--quiet", "--db", archivePath] + inputs
            )
            .run(timeout: 3600)
            guard outcome.succeeded else {
                throw BenchFailure("archive ingest failed (exit \(outcome.exitStatus.map(String.init) ?? "killed"))")
            }
            result.ingest.append(outcome)
            result.archiveBytes = Self.size(of: archivePath)
        }
        return result
    }

    func report(_ result: Result) -> String {
        var table = ReportTable("storing the corpus", "median s", "runs", "MB/s", "bytes/article", "× baseline")
        let megabytes = Double(corpus.bytes) / 1_048_576
        let articles = max(1, corpus.articles.count)
        table.add(
            "bare SQLite + FTS5 (baseline)", format(result.baselineSeconds, 3),
            result.baseline.map { format($0, 2) }.joined(separator: " "),
            format(megabytes / result.baselineSeconds, 1), groupedThousands(result.baselineBytes / articles), "1.00")
        table.add(
            "archive ingest (default --jobs)", format(result.ingestSeconds, 3),
            result.ingest.map { format($0.seconds, 2) }.joined(separator: " "),
            format(megabytes / result.ingestSeconds, 1),
            groupedThousands(result.archiveBytes / articles), format(result.ratio))
        let peak = result.ingest.map(\.peakBytes).max() ?? 0
        return table.render() + "\npeak memory of archive ingest: \(peak / 1_048_576) MB"
    }

    /// The database and its WAL together, in bytes.
    static func size(of path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
