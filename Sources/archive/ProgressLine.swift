import Foundation

/// A one-line progress report on standard error, redrawn in place, shown only on a terminal.
final class ProgressLine {
    var total: Int?
    let noun: String
    let start = Date()
    let enabled = isatty(STDERR_FILENO) != 0
    private var lastDraw = Date.distantPast

    init(total: Int?, noun: String) {
        self.total = total
        self.noun = noun
    }

    /// Redraws the line: `done` of the total, then the rate of `rated` things (`articles`) when given.
    func update(done: Int, rated: (count: Int, noun: String)? = nil, extra: String = "") {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.2 || done == total else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var line = "\(done)"
        if let total { line += "/\(total)" }
        if let rated {
            line += " \(noun), \(String(format: "%.0f", Double(rated.count) / elapsed)) \(rated.noun)/s"
        } else {
            line += " \(noun), \(String(format: "%.0f", rate))/s"
        }
        if let total, rate > 0, done < total {
            line += ", \(Self.duration(Double(total - done) / rate)) left"
        }
        if !extra.isEmpty { line += ", " + extra }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}

/// Shows `message` in place of the progress line while the run cannot go on (another process is
/// writing); only on a terminal, since a log needs no word of a wait that ends by itself.
func showWaiting(_ message: String) {
    guard isatty(STDERR_FILENO) != 0 else { return }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
}
