import ArchiveStore

/// A column of a printed listing: its name and how a typed row of the store fills it.
struct ListingColumn<Row> {
    let name: String
    let value: (Row) -> ListingValue

    init(_ name: String, _ value: @escaping (Row) -> ListingValue) {
        self.name = name
        self.value = value
    }
}

/// A typed row of the store that can be printed: the columns it offers, by name.
protocol ListableRow {
    static var listingColumns: [ListingColumn<Self>] { get }
}

extension Listing {
    /// `rows` as a listing of the named columns, in that order (names the row type does not offer are left out).
    init<Row: ListableRow>(_ rows: [Row], columns names: [String]) {
        self.init(rows, columns: names.compactMap { name in Row.listingColumns.first { $0.name == name } })
    }

    /// `rows` as a listing of exactly these columns.
    init<Row>(_ rows: [Row], columns: [ListingColumn<Row>]) {
        self.init(columns: columns.map(\.name), rows: rows.map { row in columns.map { $0.value(row) } })
    }
}
