/// Named columns and rows of plain values: the answer to a canned query, whose columns are those of
/// its view, ready to print as a table, CSV or JSON.
public struct Listing: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[ListingValue]]

    public init(columns: [String], rows: [[ListingValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The same rows with only the named columns, in that order.
    public func selecting(_ names: [String]) -> Listing {
        let indexes = names.compactMap { columns.firstIndex(of: $0) }
        return Listing(columns: indexes.map { columns[$0] }, rows: rows.map { row in indexes.map { row[$0] } })
    }
}
