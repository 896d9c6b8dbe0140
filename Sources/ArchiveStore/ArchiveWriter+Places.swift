import Extraction
import Foundation
internal import SQLite

/// Where places are: each place entity the gazetteer knows gets a row in `place_locations` (its kind,
/// country and, for a city, its point), so the incident views can say which country a site is in.
extension ArchiveWriter {
    /// The bundled gazetteer, loaded once per process when a writer first needs it and none was handed
    /// to it; nil when it cannot be found (places then go unlocated, and nothing else fails).
    static let bundledGazetteer: Gazetteer? = try? Gazetteer.bundled()

    /// Locates one of an article's place entities stored as `id`, unless it is located already.
    func locate(_ entity: ExtractedEntity, id: Int) throws {
        guard entity.kind == .place, !locatedPlaces.contains(id) else { return }
        if try locate(id: id, names: [entity.name] + entity.aliases) { locatedPlaces.insert(id) }
    }

    /// Locates every stored place entity that has no location yet, by its name or an alias (for
    /// `archive reindex`, after an upgrade made the table).
    public func locateStoredPlaces() throws {
        let places = try ordinaryConnection().rows(
            """
            SELECT e.id, e.name,
                   (SELECT group_concat(alias, char(31)) FROM entity_aliases a
                    WHERE a.entity_id = e.id AND a.origin <> 'user-not') AS aliases
            FROM entities e
            WHERE e.kind = 'place' AND e.id NOT IN (SELECT entity_id FROM place_locations)
            """)
        for row in places {
            guard let id = row.int("id"), let name = row.string("name") else { continue }
            let aliases = (row.string("aliases") ?? "").split(separator: "\u{1F}").map(String.init)
            try locate(id: id, names: [name] + aliases)
        }
    }

    /// Locates the place stored as `id` by the first of `names` the gazetteer knows, unless it is located
    /// already; returns whether it has a location now.
    @discardableResult
    private func locate(id: Int, names: [String]) throws -> Bool {
        let located = try connection.cachedStatement("SELECT 1 FROM place_locations WHERE entity_id = ?")
        if try located.scalar(id) != nil { return true }
        guard let gazetteer, let place = names.lazy.compactMap(gazetteer.place(locatedBy:)).first else { return false }
        let country = place.countryCode.flatMap { Locale(identifier: "en_US").localizedString(forRegionCode: $0) }
        try connection.cachedStatement(
            """
            INSERT OR IGNORE INTO place_locations (entity_id, kind, country_code, country, latitude, longitude, geonameid)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(
            id, place.kind.rawValue, place.countryCode, country, place.latitude, place.longitude, place.geonameID)
        // A country's number may restate a town's in it: as place_locations_incidents_add would.
        if triggersAreOff { try storeIncidentKeys(ofArticlesWithFiguresAt: id) }
        return true
    }
}
