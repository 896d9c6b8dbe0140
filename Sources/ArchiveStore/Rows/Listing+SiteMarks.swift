extension Listing {
    /// The mark a table puts after a site that no report's own sentence names (`site_from` 'earlier
    /// sentence'): a sentence shortly before named the place.
    public static let earlierSentenceSiteMark = "†"

    /// For a terminal: the same rows with `site_from` folded into `site`, a site only an earlier sentence
    /// names marked with `earlierSentenceSiteMark`, so that the table keeps its room for the facts. Listings
    /// without both columns are returned as they are; csv and json keep `site_from` as a column.
    public func markingEarlierSentenceSites() -> Listing {
        guard let site = columns.firstIndex(of: "site"), let siteFrom = columns.firstIndex(of: "site_from") else {
            return self
        }
        let marked = rows.map { row -> [ListingValue] in
            var row = row
            if case .text(let name) = row[site], row[siteFrom] == .text("earlier sentence") {
                row[site] = .text(name + Self.earlierSentenceSiteMark)
            }
            return row
        }
        return Listing(columns: columns, rows: marked).selecting(columns.filter { $0 != "site_from" })
    }
}
