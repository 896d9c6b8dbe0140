/// What an ingest run tells its user: a line per article (when asked for, or for small runs), every
/// failure on standard error, the progress line, and the summary. Articles are reported only once
/// the transaction that stores them has committed.
final class IngestReport {
    /// What became of one article or input.
    enum Outcome {
        case stored(String, id: Int, title: String)
        case duplicate(String, id: Int)
        case failed(String, String)
        /// Stored, with something the user should know (`warning: …`).
        case warning(String, String)
    }

    private(set) var summary = IngestSummary()
    /// Every failure line, for `--errors FILE`.
    private(set) var failures: [String] = []
    private let perArticleLines: Bool
    private let progress: ProgressLine
    /// Inputs of committed windows.
    private(set) var filesDone = 0
    /// Whether the run stopped before its end (a full disk).
    private(set) var stopped = false

    init(files: Int, perArticleLines: Bool) {
        self.perArticleLines = perArticleLines
        progress = ProgressLine(total: files, noun: "files")
    }

    /// Reports what a committed window of `files` inputs came to, and moves the progress line on.
    func record(_ outcomes: [Outcome], files: Int) {
        for outcome in outcomes {
            switch outcome {
            case .stored(let origin, let id, let title):
                summary.stored += 1
                if perArticleLines { say("\(origin): stored as #\(id) (\(title))") }
            case .duplicate(let origin, let id):
                summary.duplicates += 1
                if perArticleLines { say("\(origin): already archived as #\(id)") }
            case .warning(let origin, let message):
                progress.finish()
                printError("\(origin): \(message)")
            case .failed(let origin, let reason):
                summary.failed += 1
                let line = "\(origin): \(reason)"
                progress.finish()
                printError(line)
                failures.append(line)
            }
        }
        filesDone += files
        progress.update(
            done: filesDone, rated: (summary.stored + summary.duplicates, "articles"),
            extra: "\(summary.stored) new, \(summary.failed) failed")
    }

    /// Counts the files of folders left out, for the summary, and names each with `verbose`.
    func skip(_ files: [(path: String, reason: String)], verbose: Bool) {
        for (path, reason) in files {
            let kind = reason.hasPrefix("not a known type") ? "not a known type" : reason
            summary.skipped[kind, default: 0] += 1
            if verbose { say("\(path): skipped, \(reason)") }
        }
    }

    /// Clears the progress line and prints the summary on standard error.
    func finish() {
        progress.finish()
        printError(summary.description)
    }

    /// Clears the progress line and ends the run early with one line: why, what was stored and how
    /// many inputs were not (`disk full: 395 stored, 133 not stored; run again to continue`, with
    /// `retry`; else `archive.sqlite: cannot write: …; 0 stored, 12 not stored`).
    func stop(because reason: String, notStored: Int, retry: Bool) {
        stopped = true
        progress.finish()
        var counts = "\(summary.stored) stored"
        if summary.duplicates > 0 { counts += ", \(summary.duplicates) already archived" }
        if summary.failed > 0 { counts += ", \(summary.failed) failed" }
        counts += ", \(notStored) not stored"
        printError(retry ? "\(reason): \(counts); run again to continue" : "\(reason); \(counts)")
    }

    private func say(_ line: String) {
        progress.finish()
        print(line)
    }
}

/// Counts of one ingest run.
struct IngestSummary: CustomStringConvertible {
    var stored = 0
    var duplicates = 0
    var failed = 0
    /// Files of folders left out, by why (`not a known type`).
    var skipped: [String: Int] = [:]

    /// `3 stored, 0 already archived, 1 failed`, then, when files were left out,
    /// `, 2 skipped (2 not a known type)`.
    var description: String {
        var text = "\(stored) stored, \(duplicates) already archived, \(failed) failed"
        let total = skipped.values.reduce(0, +)
        if total > 0 {
            let reasons = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            text += ", \(total) skipped (\(reasons.joined(separator: ", ")))"
        }
        return text
    }
}
