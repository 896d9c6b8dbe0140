import Foundation
internal import SQLite

/// Listing values are database values without blobs.
extension ListingValue {
    /// A database value as a listing's cell; a blob (no view returns one) as its bytes in hex.
    init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let value): self = .integer(Int(value))
        case .real(let value): self = .real(value)
        case .text(let value): self = .text(value)
        case .blob(let bytes): self = .text(bytes.map { String(format: "%02x", $0) }.joined())
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let value): return .integer(Int64(value))
        case .real(let value): return .real(value)
        case .text(let value): return .text(value)
        }
    }
}
