/// A JSON value whose objects keep their keys in the order they were given, written by hand:
/// JSONSerialization sorts or scrambles keys, and bridging every value through Foundation costs
/// more than the archive's queries (an export spent four fifths of its time there).
///
///     JSONValue.object([("site", .string("Erbil")), ("highest", .integer(5))]).encoded()
///     // {"site": "Erbil", "highest": 5}
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Text, or null for nil.
    public init(_ text: String?) { self = text.map(JSONValue.string) ?? .null }

    /// A whole number, or null for nil.
    public init(_ number: Int?) { self = number.map(JSONValue.integer) ?? .null }

    /// The value as JSON text: on one line (`{"a": 1, "b": [2, 3]}`), or `pretty`, with each member
    /// of an object or array on its own line, indented by two spaces a level.
    public func encoded(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .real(let value): out += value.isFinite ? String(value) : "null"
        case .string(let value): Self.appendQuoted(value, to: &out)
        case .array(let items):
            Self.writeMembers(items, open: "[", close: "]", to: &out, indent: indent) { item, out, inner in
                item.write(to: &out, indent: inner)
            }
        case .object(let members):
            Self.writeMembers(members, open: "{", close: "}", to: &out, indent: indent) { member, out, inner in
                Self.appendQuoted(member.0, to: &out)
                out += ": "
                member.1.write(to: &out, indent: inner)
            }
        }
    }

    private static func writeMembers<Member>(
        _ members: [Member], open: String, close: String, to out: inout String, indent: Int?,
        _ writeMember: (Member, inout String, Int?) -> Void
    ) {
        out += open
        guard !members.isEmpty else { return out += close }
        let inner = indent.map { $0 + 2 }
        for (index, member) in members.enumerated() {
            if index > 0 { out += indent == nil ? ", " : "," }
            if let inner { out += "\n" + String(repeating: " ", count: inner) }
            writeMember(member, &out, inner)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, everything else
    /// (slashes, every other Unicode character) as it is.
    public static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        // Most text needs no escape: copy it whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += text
            return out += "\""
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
