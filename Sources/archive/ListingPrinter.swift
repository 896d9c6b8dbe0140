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
    /// columns of text are cut (with `…`) until it fits, down to 8 characters. A table that would need
    /// more cutting than that prints as records instead, one `column  value` line each, so that nothing
    /// is cut to a stump. Numbers and dates are never cut.
    func aligned(_ table: Listing) -> String {
        guard !table.rows.isEmpty else { return "(no rows)\n" }
        let cells = table.rows.map { $0.map { Self.oneLine($0.textValue ?? "") } }
        var widths = table.columns.enumerated().map { index, name in
            max(name.count, cells.map { $0[index].count }.max() ?? 0)
        }
        let numeric = table.columns.indices.map { index in table.rows.allSatisfy { $0[index].isNumeric } }
        let whole = table.columns.indices.map { index in
            numeric[index] || cells.allSatisfy { $0[index].isEmpty || Self.isDate($0[index]) }
        }
        let gap = 2
        let text = widths.indices.filter { !whole[$0] }
        let narrowest = 8
        while widths.reduce(0, +) + gap * (widths.count - 1) > width {
            guard let widest = text.max(by: { widths[$0] < widths[$1] }), widths[widest] > narrowest else {
                return records(table.columns, cells)
            }
            widths[widest] -= 1
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

    /// Each row as a block of `column  value` lines under a `-[ N ]-` rule, for a table too wide for
    /// the terminal: every value whole.
    func records(_ columns: [String], _ cells: [[String]]) -> String {
        let nameWidth = columns.map(\.count).max() ?? 0
        var out: [String] = []
        for (number, row) in cells.enumerated() {
            let rule = "-[ \(number + 1) ]"
            out.append(rule + String(repeating: "-", count: max(3, min(width, 60) - rule.count)))
            for (name, value) in zip(columns, row) {
                let line = name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + value
                out.append(line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// An ISO date or time as the listings print them ('2020-01-08', '2020-01-08*', '2020-W02',
    /// '2020-01-08T01:45'): never cut, since a cut date reads as another date.
    static func isDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars.count <= 25, scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) })
        else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || "-:T*W+Z.".unicodeScalars.contains($0) }
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
