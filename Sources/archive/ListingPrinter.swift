import ArchiveStore
import Foundation

/// Prints a listing as an aligned table (fitted to a terminal's width, never cut when output goes
/// elsewhere), CSV (RFC 4180), a JSON array, or newline-delimited JSON (one object a line), the JSON
/// keeping the listing's column order.
struct ListingPrinter {
    var format: OutputFormat
    var width: Int = ListingPrinter.terminalWidth()

    func render(_ table: Listing) -> String {
        switch format {
        case .csv: return csv(table)
        case .json: return json(table)
        case .nl: return table.rows.map { OrderedJSON.object(table.columns, $0, pretty: false) + "\n" }.joined()
        case .table: return aligned(table)
        }
    }

    func print(_ table: Listing) {
        let text = render(table)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    // MARK: - Formats

    func csv(_ table: Listing) -> String {
        csvLine(table.columns) + table.rows.map { csvLine($0.map { $0.textValue ?? "" }) }.joined()
    }

    /// One CSV record (RFC 4180) with its CRLF: fields quoted when they hold a comma, quote or line break.
    func csvLine(_ fields: [String]) -> String {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return fields.map(field).joined(separator: ",") + "\r\n"
    }

    func json(_ table: Listing) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        return "[\n" + table.rows.map { OrderedJSON.object(table.columns, $0, pretty: true) }.joined(separator: ",\n")
            + "\n]\n"
    }

    static func jsonText(_ object: Any, pretty: Bool) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Columns padded to their widest cell; when the table is wider than the terminal, the widest
    /// columns of text are cut (with `…`) until it fits, down to 8 characters and then, when many
    /// columns must share the width, to 4. Numbers are never cut.
    func aligned(_ table: Listing) -> String {
        guard !table.rows.isEmpty else { return "(no rows)\n" }
        let cells = table.rows.map { $0.map { Self.oneLine($0.textValue ?? "") } }
        var widths = table.columns.enumerated().map { index, name in
            max(name.count, cells.map { $0[index].count }.max() ?? 0)
        }
        let numeric = table.columns.indices.map { index in table.rows.allSatisfy { $0[index].isNumeric } }
        let gap = 2
        let text = widths.indices.filter { !numeric[$0] }
        for narrowest in [8, 4] {
            while widths.reduce(0, +) + gap * (widths.count - 1) > width {
                guard let widest = text.max(by: { widths[$0] < widths[$1] }), widths[widest] > narrowest else { break }
                widths[widest] -= 1
            }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let text = Self.fit(value, widths[index])
                let pad = String(repeating: " ", count: widths[index] - text.count)
                return numeric[index] ? pad + text : text + pad
            }.joined(separator: String(repeating: " ", count: gap)).replacingOccurrences(
                of: "\\s+$", with: "", options: .regularExpression)
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

    /// The terminal's width (`COLUMNS` when set), 80 for a terminal that does not say; when standard
    /// output is no terminal (a pipe, a file), no limit: a script gets every character.
    static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return columns
        }
        guard isatty(STDOUT_FILENO) != 0 else { return Int.max / 4 }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 80
    }
}
