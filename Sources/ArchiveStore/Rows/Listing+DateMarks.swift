extension Listing {
    /// The mark a table puts after a date that no sentence stated (`dated_by` 'article'): the article's
    /// publication date stands in for the day of the incident.
    public static let publicationDateMark = "*"

    /// For a terminal: the same rows with `dated_by` folded into `date`, a date the article's publication
    /// gives marked with `publicationDateMark`, so that the table keeps its room for the facts. Listings
    /// without both columns are returned as they are; csv and json keep `dated_by` as a column.
    public func markingPublicationDates() -> Listing {
        guard let date = columns.firstIndex(of: "date"), let datedBy = columns.firstIndex(of: "dated_by") else {
            return self
        }
        let marked = rows.map { row -> [ListingValue] in
            var row = row
            if case .text(let day) = row[date], row[datedBy] == .text("article") {
                row[date] = .text(day + Self.publicationDateMark)
            }
            return row
        }
        return Listing(columns: columns, rows: marked).selecting(columns.filter { $0 != "dated_by" })
    }
}
