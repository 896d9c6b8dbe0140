import Foundation
internal import SQLite

/// One cell of a ``Listing``: nothing, a whole number, a real number or text.
public enum ListingValue: Equatable, Sendable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)

    /// Text, or null for nil.
    public init(_ text: String?) {
        self = text.map(ListingValue.text) ?? .null
    }

    /// A whole number, or null for nil.
    public init(_ number: Int?) {
        self = number.map(ListingValue.integer) ?? .null
    }

    /// A whole number as an integer (`17`, not `17.0`), any other as a real; null for nil.
    public init(number: Double?) {
        guard let number else {
            self = .null
            return
        }
        self = Int(exactly: number).map(ListingValue.integer) ?? .real(number)
    }

    /// The value as text, the way the sqlite3 shell prints it (null as nil).
    public var textValue: String? { databaseValue.textValue }

    /// The value in JSON: null, a number or a string.
    public var json: JSONValue {
        switch self {
        case .null: return .null
        case .integer(let value): return .integer(value)
        case .real(let value): return .real(value)
        case .text(let value): return .string(value)
        }
    }

    /// Whether the value is a number (or null), so that a column of them is aligned right.
    public var isNumeric: Bool {
        switch self {
        case .null, .integer, .real: return true
        case .text: return false
        }
    }
}
