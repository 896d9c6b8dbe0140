import ArchiveStore
import ArticleModel
import Extraction
import Foundation
import SQLite

/// What storing costs, table by table and index by index (and trigger), with extraction out of the way: the corpus is
/// extracted once in memory, then stored by `ArchiveWriter` in batches of 200 (as `archive ingest` commits
/// them) into a fresh archive per measurement, on this thread. Each table's row is what adding its rows
/// to the ones above costs; each index's or trigger's, what the whole store saves without it. CPU time of this thread,
/// median of `runs`; under callgrind, `--toggle-collect='*storeCorpusUnderMeasure*'` counts the storing alone.
/// With `onto`, each measurement stores into a copy of that archive instead of a fresh one, so that what
/// storing costs in a large archive can be measured apart from extraction (the corpus must not be in it).
struct StoringBenchmark {
    let corpus: BenchCorpus
    let runs: Int
    let scratch: URL
    /// Whether to measure every index of the extracted tables too (a fresh store for each).
    let eachIndex: Bool
    /// Whether to store everything once and nothing else (`--quick`; what a callgrind run wants).
    var everythingOnly = false
    /// An archive each measurement stores into a copy of (`--onto`), instead of a fresh archive.
    var onto: String?

    /// An article ready for the writer: the extraction and what ingest works out on the reading thread.
    struct Prepared {
        var article: Article
        var extraction: Extraction
        var contentSHA256: String
        var wordCount: Int
    }

    /// The tables whose indexes the per-index rows measure: those every stored article adds rows to.
    static let extractedTables = [
        "entities", "entity_aliases", "entity_keys", "entity_mentions", "place_locations", "figures", "quotes",
        "date_mentions",
    ]

    func run() throws -> String {
        let gazetteer = try Gazetteer.bundled()
        let prepared = Self.prepare(corpus.articles, gazetteer: gazetteer)
        if let onto {
            // Its WAL written into the file, so that a copy of the file alone is the whole archive.
            try Database(path: onto).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        var table = ReportTable("storing (extraction done beforehand)", "CPU s", "+ CPU s", "of it system s", "MB written", "reads", "rows")
        let steps: [(String, (Extraction) -> Extraction)] = [
            ("text only", { _ in Extraction() }),
            ("+ entities, aliases, mentions", { Extraction(entities: $0.entities) }),
            ("+ figures and incident keys", { Extraction(entities: $0.entities, figures: $0.figures) }),
            ("+ quotes", { Extraction(entities: $0.entities, figures: $0.figures, quotes: $0.quotes) }),
            ("+ dates (everything)", { $0 }),
        ]
        var previous: Double?
        var everything = 0.0
        for (index, (name, keep)) in steps.enumerated() where !everythingOnly || index == steps.count - 1 {
            let kept = prepared.map { Prepared(article: $0.article, extraction: keep($0.extraction),
                                               contentSHA256: $0.contentSHA256, wordCount: $0.wordCount) }
            let (seconds, system, io, rows) = try measure(kept, gazetteer: gazetteer, name: "step-\(index)")
            table.add(
                name, format(seconds, 3), previous.map { format(seconds - $0, 3) } ?? "", format(system, 3),
                format(Double(io.bytesWritten) / 1e6, 1), groupedThousands(io.reads), groupedThousands(rows))
            previous = seconds
            everything = seconds
        }
        var report = table.render()
        if eachIndex {
            var indexes = ReportTable("without (everything stored)", "CPU s", "saves CPU s", "saves MB written", "saves reads")
            let (_, _, everythingIO, _) = try measure(prepared, gazetteer: gazetteer, name: "everything-io")
            for (type, name) in try Self.indexesAndTriggers(scratch: scratch) {
                let (seconds, _, io, _) = try measure(
                    prepared, gazetteer: gazetteer, name: "without-\(name)", dropping: "\(type.uppercased()) \(name)")
                indexes.add(
                    "\(type) \(name)", format(seconds, 3), format(everything - seconds, 3),
                    format(Double(everythingIO.bytesWritten - io.bytesWritten) / 1e6, 1),
                    groupedThousands(everythingIO.reads - io.reads))
            }
            report += "\n\n" + indexes.render()
        }
        return report
            + "\nCPU s: this thread, median of \(max(1, runs)); MB written and reads: the process's write calls' bytes"
            + " and its read calls (pages read from the file or its WAL) while storing, of the last run;"
            + " rows: every row of the archive's tables"
    }

    /// Extracts every article on all cores, with the content hash and word count ingest hands the writer.
    static func prepare(_ articles: [Article], gazetteer: Gazetteer) -> [Prepared] {
        let extractor = ArticleExtractor(gazetteer: gazetteer)
        var prepared = [Prepared?](repeating: nil, count: articles.count)
        let lock = NSLock()
        _ = PassBenchmark.inLanes(ProcessInfo.processInfo.activeProcessorCount, count: articles.count) { index in
            let article = articles[index]
            let one = Prepared(
                article: article, extraction: extractor.extract(from: article), contentSHA256: article.contentSHA256,
                wordCount: article.wordCount)
            lock.lock()
            prepared[index] = one
            lock.unlock()
        }
        return prepared.compactMap { $0 }
    }

    /// The median CPU seconds (and of them, system seconds) of storing `prepared` into a fresh archive or a
    /// copy of ``onto`` (without the index or trigger `dropping`, as 'INDEX name'), and the rows the archive
    /// then holds.
    private func measure(_ prepared: [Prepared], gazetteer: Gazetteer, name: String, dropping: String? = nil) throws
        -> (seconds: Double, system: Double, io: FileIO, rows: Int)
    {
        var io = FileIO()
        var times: [Double] = []
        var systemTimes: [Double] = []
        var rows = 0
        for run in 0..<max(1, runs) {
            let path = scratch.appendingPathComponent("storing-\(name)-\(run).sqlite").path
            if let onto { try FileManager.default.copyItem(atPath: onto, toPath: path) }
            let writer = try ArchiveWriter(path: path)
            writer.gazetteer = gazetteer  // as ingest hands it the extractors' one
            if let dropping { try Database(path: path).execute("DROP \(dropping)") }
            let start = Stopwatch.threadCPUSeconds()
            let systemStart = Stopwatch.threadSystemSeconds()
            let ioStart = FileIO.ofThisProcess()
            try Self.storeCorpusUnderMeasure(prepared, writer: writer)
            io = FileIO.ofThisProcess() - ioStart
            times.append(Stopwatch.threadCPUSeconds() - start)
            systemTimes.append(Stopwatch.threadSystemSeconds() - systemStart)
            rows = try Self.rowCount(path)
            for file in [path, path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
        }
        return (times.median, systemTimes.median, io, rows)
    }

    /// Stores every article, 200 to a batch (the one function a callgrind run collects in).
    @inline(never)
    static func storeCorpusUnderMeasure(_ prepared: [Prepared], writer: ArchiveWriter) throws {
        for start in stride(from: 0, to: prepared.count, by: 200) {
            try writer.inBatch {
                for one in prepared[start..<min(start + 200, prepared.count)] {
                    try writer.store(
                        one.article, extraction: one.extraction, contentSHA256: one.contentSHA256,
                        wordCount: one.wordCount)
                }
            }
        }
    }

    /// The indexes (not those SQLite makes for a key) and triggers of the tables ingest writes to, from a
    /// fresh archive, as type ('index', 'trigger') and name.
    private static func indexesAndTriggers(scratch: URL) throws -> [(String, String)] {
        let path = scratch.appendingPathComponent("storing-indexes.sqlite").path
        _ = try ArchiveWriter(path: path)
        let tables = (["articles", "paragraphs"] + extractedTables).map { "'\($0)'" }.joined(separator: ", ")
        return try Database(path: path).rows(
            """
            SELECT type, name FROM sqlite_master
            WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (\(tables))
            ORDER BY type, tbl_name, name
            """
        ).compactMap { row in row.string("type").flatMap { type in row.string("name").map { (type, $0) } } }
    }

    private static func rowCount(_ path: String) throws -> Int {
        let database = try Database(path: path)
        return try (["articles", "paragraphs"] + extractedTables).reduce(0) { total, table in
            total + (Int(try database.scalar("SELECT count(*) FROM \(table)")?.textValue ?? "") ?? 0)
        }
    }
}

/// What the process read and wrote through system calls (`/proc/self/io`): bytes written and read calls
/// count the same on a loaded machine as on a quiet one, where CPU seconds do not.
struct FileIO {
    var bytesWritten = 0
    var reads = 0

    static func ofThisProcess() -> FileIO {
        var io = FileIO()
        guard let text = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else { return io }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":")
            guard parts.count == 2, let value = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { continue }
            if parts[0] == "wchar" { io.bytesWritten = value }
            if parts[0] == "syscr" { io.reads = value }
        }
        return io
    }

    static func - (after: FileIO, before: FileIO) -> FileIO {
        FileIO(bytesWritten: after.bytesWritten - before.bytesWritten, reads: after.reads - before.reads)
    }
}
