import ArchiveStore
import Foundation
import SQLite

/// An archive of `count` articles (the corpus repeated and made distinct), built a tenth at a time:
/// the ingest rate of the first and the last tenth, bytes per article, peak memory, and then how fast
/// the CLI answers a first page of every canned query and listing on it (median of `runs`, warm cache),
/// with the plan of each statement behind a first page (each canned query's page and count, search, stats).
struct ScaleBenchmark {
    let archive: String
    let corpus: BenchCorpus
    let count: Int
    let runs: Int
    let scratch: URL

    struct Part {
        var articles: Int
        var outcome: ChildProcess.Outcome
        var rate: Double { Double(articles) / outcome.seconds }
    }

    struct Latency {
        var command: String
        var seconds: Double
    }

    struct Result {
        var parts: [Part]
        var bytes: Int
        var latencies: [Latency]
        var export: ChildProcess.Outcome
        var plans: [QueryPlan]
    }

    func run() throws -> Result {
        let database = scratch.appendingPathComponent("scale.sqlite").path
        let paths = try ScaleCopies(corpus: corpus.articles, count: count, parts: 10)
            .write(under: scratch.appendingPathComponent("copies"))
        var parts: [Part] = []
        var before = 0
        for (index, path) in paths.enumerated() {
            let outcome = try archiveRun(["ingest", "--quiet", "--db", database, path], timeout: 7200)
            let after = count * (index + 1) / paths.count
            parts.append(Part(articles: after - before, outcome: outcome))
            before = after
            FileHandle.standardError.write(Data("scale: \(after) articles stored\n".utf8))
        }
        let bytes = IngestBenchmark.size(of: database)
        let latencies = try commands(database).map { command in
            _ = try archiveRun(command, timeout: 600)  // warms the cache
            let times = try (0..<runs).map { _ in try archiveRun(command, timeout: 600).seconds }
            return Latency(command: command.filter { $0 != database && $0 != "--db" }.joined(separator: " "),
                seconds: times.median)
        }
        let exportPath = scratch.appendingPathComponent("export.jsonl").path
        let export = try ChildProcess(
            executable: "/bin/sh",
            arguments: ["-c", "exec \"$0\" export --db \"$1\" > \"$2\"", archive, database, exportPath]
        ).run(timeout: 3600)
        return Result(
            parts: parts, bytes: bytes, latencies: latencies, export: export,
            plans: try QueryPlan.ofFirstPages(in: database))
    }

    /// Every canned query and listing, asked for a first page of 50 rows as a terminal would be.
    private func commands(_ database: String) throws -> [[String]] {
        let db = try Database(path: database, mode: .readOnly)
        let names = try db.prepare("SELECT name FROM canned_queries ORDER BY rowid").rows().compactMap { $0.string("name") }
        let speaker =
            try db.scalar(
                "SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC LIMIT 1"
            )?.textValue ?? "nobody"
        let middle = try db.scalar("SELECT max(id) / 2 FROM articles")?.textValue ?? "1"
        let page = ["--limit", "50", "--csv", "--db", database]
        return names.map { ["query", $0] + page } + [
            ["query", "quotes", "--speaker", speaker] + page,
            ["search", "missile", "strike"] + page,
            ["search", "killed"] + page,
            ["show", middle, "--db", database],
            ["entities"] + page,
            ["entities", "--kind", "person"] + page,
            ["figures"] + page,
            ["figures", "--unit", "missile"] + page,
            ["stats", "--db", database],
        ]
    }

    private func archiveRun(_ arguments: [String], timeout: Double) throws -> ChildProcess.Outcome {
        let errors = scratch.appendingPathComponent("stderr.txt").path
        var child = ChildProcess(executable: archive, arguments: arguments)
        child.errorPath = errors
        let outcome = try child.run(timeout: timeout)
        guard outcome.succeeded else {
            // The child's last lines say why (`FILE: not stored: …`).
            let said = (try? String(contentsOfFile: errors, encoding: .utf8))?.split(separator: "\n").suffix(3)
                .joined(separator: "\n") ?? ""
            throw BenchFailure(
                "archive \(arguments.prefix(2).joined(separator: " ")) failed (exit \(outcome.exitStatus.map(String.init) ?? "killed"))"
                    + (said.isEmpty ? "" : ":\n\(said)"))
        }
        return outcome
    }
}

extension ScaleBenchmark {
    func report(_ result: Result) -> String {
        [growthReport(result), latencyReport(result), planReport(result.plans)].joined(separator: "\n\n")
    }

    private func growthReport(_ result: Result) -> String {
        var table = ReportTable("tenth", "articles", "seconds", "articles/s", "peak MB")
        for (index, part) in result.parts.enumerated() {
            table.add(
                "\(index + 1)", groupedThousands(part.articles), format(part.outcome.seconds), format(part.rate, 0),
                "\(part.outcome.peakBytes / 1_048_576)")
        }
        let first = result.parts.first?.rate ?? 0
        let last = result.parts.last?.rate ?? 0
        let peak = result.parts.map(\.outcome.peakBytes).max() ?? 0
        return table.render() + "\n" + [
            "ingest rate, last tenth against the first: \(format((last / max(first, 1e-9) - 1) * 100, 1))% "
                + "(may fall by at most 15%)",
            "bytes per article: \(groupedThousands(result.bytes / max(1, count))) (database and WAL)",
            "peak memory of ingest: \(peak / 1_048_576) MB (target: under 150 MB)",
        ].joined(separator: "\n")
    }

    private func latencyReport(_ result: Result) -> String {
        var table = ReportTable("command (first page of 50, warm cache)", "median ms", "under 100 ms")
        for latency in result.latencies {
            table.add(latency.command, format(latency.seconds * 1000, 1), latency.seconds < 0.1 ? "yes" : "NO")
        }
        let ingestRate = Double(count) / result.parts.reduce(0) { $0 + $1.outcome.seconds }
        let exportRate = Double(count) / result.export.seconds
        return table.render() + "\n"
            + "export of every article as JSON Lines: \(format(result.export.seconds)) s, "
            + "\(format(exportRate, 0)) articles/s (ingest: \(format(ingestRate, 0))), "
            + "peak memory \(result.export.peakBytes / 1_048_576) MB"
    }

    private func planReport(_ plans: [QueryPlan]) -> String {
        var table = ReportTable("first page (statement)", "full scans", "indexes used")
        for plan in plans {
            table.add(
                plan.query, plan.fullScans.isEmpty ? "none" : plan.fullScans.joined(separator: ", "),
                plan.indexes.isEmpty ? "-" : plan.indexes.joined(separator: ", "))
        }
        return table.render()
    }
}
