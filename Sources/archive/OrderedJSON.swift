import ArchiveStore
import Foundation

/// JSON for listings written by hand, so that each object keeps its columns in the listing's order
/// (JSONSerialization sorts or scrambles keys) and numbers come out as the archive holds them.
enum OrderedJSON {
    /// `{"site": "Erbil", "highest": 5}` for one row; `pretty` puts each key on its own line.
    static func object(_ columns: [String], _ row: [ListingValue], pretty: Bool) -> String {
        let members = zip(columns, row).map { string($0) + ": " + value($1) }
        guard pretty else { return "{" + members.joined(separator: ", ") + "}" }
        return "  {\n" + members.map { "    " + $0 }.joined(separator: ",\n") + "\n  }"
    }

    static func value(_ value: ListingValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "null"
        case .text(let text): return string(text)
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
