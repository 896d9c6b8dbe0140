import ArchiveStore
import Foundation

/// `archive ingest` of a folder end to end, against the bare-SQLite baseline storing the same
/// paragraphs, both measured in this run (median of `runs`), and their ratio; also `archive ingest`
/// storing the text alone (a hidden benchmark flag, no extraction), which shows what reading, hashing
/// and storing cost beside extraction. Wall time and CPU time (user + system, every core) are both
/// reported: on a shared machine the CPU time is the steadier of the two.
struct IngestBenchmark {
    let archive: String
    let corpus: BenchCorpus
    let inputs: [String]
    let runs: Int
    let scratch: URL

    struct Result {
        var ingest: [ChildProcess.Outcome]
        var textOnly: [ChildProcess.Outcome]
        var baseline: [(seconds: Double, cpuSeconds: Double)]
        var archiveBytes: Int
        var textOnlyBytes: Int
        var baselineBytes: Int

        var ingestSeconds: Double { ingest.map(\.seconds).median }
        var baselineSeconds: Double { baseline.map(\.seconds).median }
        var ratio: Double { ingestSeconds / baselineSeconds }
    }

    func run() throws -> Result {
        var result = Result(ingest: [], textOnly: [], baseline: [], archiveBytes: 0, textOnlyBytes: 0, baselineBytes: 0)
        for run in 0..<max(1, runs) {
            // Alternate them, so that a disturbance on the machine falls on all alike.
            let baselinePath = scratch.appendingPathComponent("baseline-\(run).sqlite").path
            result.baseline.append(
                try Stopwatch.timed { try SQLiteBaseline(batchSize: 200).store(corpus.articles, at: baselinePath) })
            result.baselineBytes = Self.size(of: baselinePath)
            let archivePath = scratch.appendingPathComponent("archive-\(run).sqlite").path
            result.ingest.append(try ingest(into: archivePath))
            result.archiveBytes = Self.size(of: archivePath)
            let textPath = scratch.appendingPathComponent("text-\(run).sqlite").path
            result.textOnly.append(try ingest(into: textPath, ["--skip-extraction"]))
            result.textOnlyBytes = Self.size(of: textPath)
        }
        return result
    }

    private func ingest(into path: String, _ options: [String] = []) throws -> ChildProcess.Outcome {
        let outcome = try ChildProcess(
            executable: archive, arguments: ["ingest", "--quiet", "--db", path] + options + inputs
        )
        .run(timeout: 3600)
        guard outcome.succeeded else {
            throw BenchFailure("archive ingest failed (exit \(outcome.exitStatus.map(String.init) ?? "killed"))")
        }
        return outcome
    }

    func report(_ result: Result) -> String {
        var table = ReportTable(
            "storing the corpus", "median s", "runs", "CPU s", "MB/s", "bytes/article", "× baseline", "CPU × baseline")
        let megabytes = Double(corpus.bytes) / 1_048_576
        let articles = max(1, corpus.articles.count)
        let baselineCPU = result.baseline.map(\.cpuSeconds).median
        table.add(
            "bare SQLite + FTS5 (baseline)", format(result.baselineSeconds, 3),
            result.baseline.map { format($0.seconds, 2) }.joined(separator: " "), format(baselineCPU, 2),
            format(megabytes / result.baselineSeconds, 1), groupedThousands(result.baselineBytes / articles), "1.00", "1.00")
        for (name, outcomes, bytes) in [
            ("archive ingest (default --jobs)", result.ingest, result.archiveBytes),
            ("archive ingest, text only (no extraction)", result.textOnly, result.textOnlyBytes),
        ] {
            let seconds = outcomes.map(\.seconds).median
            let cpu = outcomes.map(\.cpuSeconds).median
            table.add(
                name, format(seconds, 3), outcomes.map { format($0.seconds, 2) }.joined(separator: " "), format(cpu, 2),
                format(megabytes / seconds, 1), groupedThousands(bytes / articles), format(seconds / result.baselineSeconds),
                format(cpu / baselineCPU))
        }
        let peak = result.ingest.map(\.peakBytes).max() ?? 0
        return table.render() + "\npeak memory of archive ingest: \(peak / 1_048_576) MB"
            + "\nCPU s: user + system on every core, median; bytes: the file and its WAL when ingest exits"
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
