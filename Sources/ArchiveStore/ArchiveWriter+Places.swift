import Extraction
import Foundation
internal import SQLite

/// Where places are: each place entity the gazetteer knows gets a row in `place_locations` (its kind,
/// country and, for a city, its point), so the incident views can say which country a site is in.
///
/// A place is located by its name alone, once for the whole archive, so a town the gazetteer files in one
/// country may be another country's town of the same name (a Syrian town named as a town in Spain). A town
/// smaller than ``Gazetteer/otherSpellingPopulation`` is therefore located only when the article storing it
/// gives its country otherwise (``ArchiveWriter/countriesEvidenced(by:in:)``); else it stays unlocated, and a
/// later article that does give the country locates it.
extension ArchiveWriter {
    /// The bundled gazetteer, loaded once per process when a writer first needs it and none was handed
    /// to it; nil when it cannot be found (places then go unlocated, and nothing else fails).
    static let bundledGazetteer: Gazetteer? = try? Gazetteer.bundled()

    /// Locates one of an article's place entities stored as `id`, unless it is located already; `countries`
    /// are the countries the article gives (``countriesEvidenced(by:in:)``).
    func locate(_ entity: ExtractedEntity, id: Int, countries: Set<String>) throws {
        guard entity.kind == .place, !locatedPlaces.contains(id) else { return }
        if try locate(id: id, names: [entity.name] + entity.aliases, countries: countries) {
            locatedPlaces.insert(id)
        }
    }

    /// The countries (ISO codes) an article's entities give a town's country by: the countries it names,
    /// those of the nationalities it names, and those of its regions and of its cities too big to be taken
    /// for a namesake. (A small town gives none: two of them cannot vouch for each other.)
    static func countriesEvidenced(by entities: [ExtractedEntity], in gazetteer: Gazetteer) -> Set<String> {
        var countries = Set<String>()
        for entity in entities {
            switch entity.kind {
            case .nationality:
                if let country = gazetteer.country(forDemonym: entity.name),
                    let code = gazetteer.place(named: country)?.countryCode
                {
                    countries.insert(code)
                }
            case .place:
                if let place = gazetteer.place(locatedBy: entity.name), !isSmallTown(place),
                    let code = place.countryCode
                {
                    countries.insert(code)
                }
            default: continue
            }
        }
        return countries
    }

    /// A town small enough that a place abroad may share its name (below ``Gazetteer/otherSpellingPopulation``).
    static func isSmallTown(_ place: Gazetteer.Place) -> Bool {
        place.kind == .city && place.population < Gazetteer.otherSpellingPopulation
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
            try locate(id: id, names: [name] + aliases, countries: nil)
        }
    }

    /// The countries the articles naming the place stored as `id` give (``countriesEvidenced(by:in:)``), read
    /// from the places and nationalities stored for those articles.
    private func countriesEvidenced(forArticlesNaming id: Int, in gazetteer: Gazetteer) throws -> Set<String> {
        let named = try connection.cachedStatement(
            """
            SELECT DISTINCT e.name, e.kind FROM entity_mentions m
            JOIN entity_mentions o ON o.article_id = m.article_id
            JOIN entities e ON e.id = o.entity_id
            WHERE m.entity_id = ? AND e.kind IN ('place', 'nationality') AND e.id <> ?
            """
        ).rows(id, id)
        let entities = named.compactMap { row -> ExtractedEntity? in
            guard let name = row.string("name"), let kind = row.string("kind").flatMap({ ExtractedEntity.Kind(rawValue: $0) })
            else { return nil }
            return ExtractedEntity(name: name, kind: kind)
        }
        return Self.countriesEvidenced(by: entities, in: gazetteer)
    }

    /// Locates the place stored as `id` by the first of `names` the gazetteer knows, unless it is located
    /// already or it is a small town whose country is not among `countries` (nil: those the stored articles
    /// naming it give); returns whether it has a location now.
    @discardableResult
    private func locate(id: Int, names: [String], countries: Set<String>?) throws -> Bool {
        let located = try connection.cachedStatement("SELECT 1 FROM place_locations WHERE entity_id = ?")
        if try located.scalar(id) != nil { return true }
        guard let gazetteer, let place = names.lazy.compactMap(gazetteer.place(locatedBy:)).first else { return false }
        if Self.isSmallTown(place) {
            let given = try countries ?? countriesEvidenced(forArticlesNaming: id, in: gazetteer)
            guard let code = place.countryCode, given.contains(code) else { return false }
        }
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
