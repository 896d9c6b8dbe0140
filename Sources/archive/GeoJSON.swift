import ArchiveStore

/// A canned query's rows as a GeoJSON FeatureCollection (RFC 7946) for QGIS, geojson.io or kepler.gl:
/// one Point feature per site that has coordinates, with what was reported there. Rows without a point
/// (a site the gazetteer does not place, or no site) are left out and counted.
struct GeoJSON {
    let listing: Listing

    /// The collection's text and how many rows had no point.
    func render() -> (text: String, unplaced: Int) {
        let column = Dictionary(uniqueKeysWithValues: listing.columns.enumerated().map { ($1, $0) })
        guard let latitude = column["latitude"], let longitude = column["longitude"] else { return (collection([]), 0) }
        let nameColumn = column["site"] ?? column["name"] ?? 0
        var order: [String] = []
        var rowsBySite: [String: [[ListingValue]]] = [:]
        var unplaced = 0
        for row in listing.rows {
            guard case .real = row[latitude], case .real = row[longitude] else {
                unplaced += 1
                continue
            }
            let key =
                (row[nameColumn].textValue ?? "") + "|" + (row[latitude].textValue ?? "") + "|"
                + (row[longitude].textValue ?? "")
            if rowsBySite[key] == nil { order.append(key) }
            rowsBySite[key, default: []].append(row)
        }
        let features = order.map { feature(rowsBySite[$0] ?? [], latitude: latitude, longitude: longitude) }
        return (collection(features), unplaced)
    }

    /// A site's feature: the columns of its first row, and when several rows (dates, events) share the
    /// site, `incidents` (how many) and `details` (one line each), never a sum of their numbers.
    private func feature(_ rows: [[ListingValue]], latitude: Int, longitude: Int) -> String {
        let first = rows[0]
        var properties: [String] = []
        for (index, name) in listing.columns.enumerated() where index != latitude && index != longitude {
            properties.append(OrderedJSON.string(name) + ": " + OrderedJSON.value(first[index]))
        }
        if rows.count > 1 {
            let details = rows.map { row in
                listing.columns.indices.filter { $0 != latitude && $0 != longitude }
                    .map { "\(listing.columns[$0])=\(row[$0].textValue ?? "")" }.joined(separator: " ")
            }
            properties.append(#""incidents": \#(rows.count)"#)
            properties.append(#""details": "# + OrderedJSON.string(details.joined(separator: "\n")))
        }
        let point = "[\(OrderedJSON.value(first[longitude])), \(OrderedJSON.value(first[latitude]))]"
        return #"{"type": "Feature", "geometry": {"type": "Point", "coordinates": \#(point)}, "properties": {"#
            + properties.joined(separator: ", ") + "}}"
    }

    private func collection(_ features: [String]) -> String {
        #"{"type": "FeatureCollection", "features": ["# + (features.isEmpty ? "" : "\n")
            + features.joined(separator: ",\n") + "\n]}\n"
    }
}
