import Foundation

/// `archive ingest` of one article of each pathological kind at growing sizes: time and peak memory
/// per size, and how much the time grows for each 4× step (about 4× when the passes are linear).
struct PathologicalBenchmark {
    let archive: String
    let kinds: [PathologicalInput]
    let sizes: [Double]  // megabytes
    let timeout: Double
    let scratch: URL

    func run() throws -> String {
        var table = ReportTable("input", "MB", "seconds", "× previous", "peak MB", "stored MB", "outcome")
        for kind in kinds {
            var previous: Double?
            for megabytes in sizes {
                let file = scratch.appendingPathComponent("pathological.txt")
                try kind.text(bytes: Int(megabytes * 1_048_576)).write(to: file, atomically: true, encoding: .utf8)
                let database = scratch.appendingPathComponent("pathological-\(UUID().uuidString).sqlite").path
                let outcome = try ChildProcess(
                    executable: archive,
                    arguments: ["ingest", "--quiet", "--max-size", "64", "--db", database, file.path]
                ).run(timeout: timeout)
                let growth = previous.map { format(outcome.seconds / $0, 1) + "×" } ?? ""
                // (The database and its write-ahead log as ingest left them.)
                let stored = ["", "-wal"].compactMap {
                    (try? FileManager.default.attributesOfItem(atPath: database + $0)[.size] as? NSNumber)?.intValue
                }.reduce(0, +)
                table.add(
                    kind.rawValue, format(megabytes, 2), format(outcome.seconds, 2), growth,
                    "\(outcome.peakBytes / 1_048_576)", format(Double(stored) / 1_048_576, 1),
                    Self.describe(outcome, timeout: timeout))
                print(
                    "  \(kind.rawValue), \(format(megabytes, 2)) MB: \(format(outcome.seconds, 2)) s",
                    to: &standardError)
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
                if outcome.timedOut { break }  // the next size would only take longer
                previous = outcome.seconds
            }
        }
        return table.render()
    }

    static func describe(_ outcome: ChildProcess.Outcome, timeout: Double) -> String {
        if outcome.timedOut { return "killed after \(Int(timeout)) s" }
        guard let status = outcome.exitStatus else { return "killed by a signal" }
        return status == 0 ? "stored" : "exit \(status)"
    }
}

/// Progress goes to standard error, so that standard output holds only the report.
nonisolated(unsafe) var standardError = StandardError()
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
