/// One result row: column names and their values, in order.
public struct Row: Equatable, Sendable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public subscript(_ name: String) -> DatabaseValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    public func int(_ name: String) -> Int? {
        switch self[name] {
        case .integer(let v): return Int(v)
        case .real(let v): return Int(v)
        case .text(let v): return Int(v)
        default: return nil
        }
    }

    public func double(_ name: String) -> Double? {
        switch self[name] {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        case .text(let v): return Double(v)
        default: return nil
        }
    }

    public func string(_ name: String) -> String? { self[name].textValue }
}
