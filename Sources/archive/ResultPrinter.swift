import ArchiveStore
import Foundation
import SQLite

/// Prints a result table as an aligned table that fits the terminal, CSV (RFC 4180) or JSON.
struct ResultPrinter {
    var format: OutputFormat
    var width: Int = ResultPrinter.terminalWidth()

    func render(_ table: ResultTable) -> String {
        switch format {
        case .csv: return csv(table)
        case .json: return json(table)
        case .table: return aligned(table)
        }
    }

    func print(_ table: ResultTable) {
        let text = render(table)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    // MARK: - Formats

    func csv(_ table: ResultTable) -> String {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = [table.columns.map(field).joined(separator: ",")]
        for row in table.rows { lines.append(row.map { field($0.textValue ?? "") }.joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    func json(_ table: ResultTable) -> String {
        let objects: [[String: Any]] = table.rows.map { row in
            var object: [String: Any] = [:]
            for (column, value) in zip(table.columns, row) { object[column] = Self.jsonValue(value) }
            return object
        }
        return Self.jsonText(objects, pretty: true) + "\n"
    }

    static func jsonValue(_ value: DatabaseValue) -> Any {
        switch value {
        case .null: return NSNull()
        case .integer(let v): return Int(v)
        case .real(let v): return v
        case .text(let v): return v
        case .blob(let bytes): return bytes.map { String(format: "%02x", $0) }.joined()
        }
    }

    static func jsonText(_ object: Any, pretty: Bool) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Columns padded to their widest cell; when the table is wider than the terminal, the widest
    /// columns are cut (with `…`) until it fits.
    func aligned(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "(no rows)\n" }
        let cells = table.rows.map { $0.map { Self.oneLine($0.textValue ?? "") } }
        var widths = table.columns.enumerated().map { index, name in
            max(name.count, cells.map { $0[index].count }.max() ?? 0)
        }
        let gap = 2
        while widths.reduce(0, +) + gap * (widths.count - 1) > width {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { break }
            widths[widest] -= 1
        }
        let numeric = table.columns.indices.map { index in
            table.rows.allSatisfy { row in
                if case .integer = row[index] { return true }
                if case .real = row[index] { return true }
                return row[index] == .null
            }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let text = Self.fit(value, widths[index])
                let pad = String(repeating: " ", count: widths[index] - text.count)
                return numeric[index] ? pad + text : text + pad
            }.joined(separator: String(repeating: " ", count: gap)).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(table.columns), line(widths.map { String(repeating: "-", count: $0) })]
        out += cells.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
            return Int(size.ws_col)
        }
        return 80
    }
}
