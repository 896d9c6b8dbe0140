/// Names of places the extractors know without context: countries (with short forms and demonyms),
/// regions and cities. Loaded once per process; lookups are hash lookups.
public struct Gazetteer: Sendable {
    public struct Place: Equatable, Sendable {
        public enum Kind: String, Sendable { case country, region, city }
        /// The canonical name (`United States`, `Erbil`).
        public var name: String
        public var kind: Kind
        /// ISO 3166-1 alpha-2 code of the country it is in (or is).
        public var countryCode: String?
        public var population: Int

        public init(name: String, kind: Kind, countryCode: String?, population: Int = 0) {
            self.name = name
            self.kind = kind
            self.countryCode = countryCode
            self.population = population
        }
    }

    /// Every known name and alternative name (`US`, `U.S.`, `America`) → the place.
    private var placesByName: [String: Place] = [:]
    /// `Iranian` → `Iran`.
    private var countriesByDemonym: [String: String] = [:]

    public static let shared = Gazetteer(tsv: GazetteerData.places)

    /// Builds a gazetteer from tab-separated lines: `kind \t name \t country code \t population \t
    /// alternative names (|-separated) \t demonyms (|-separated)`.
    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let kind = Place.Kind(rawValue: fields[0]) else { continue }
            let place = Place(
                name: fields[1], kind: kind, countryCode: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil,
                population: fields.count > 3 ? Int(fields[3]) ?? 0 : 0
            )
            add(place, as: place.name)
            if fields.count > 4 {
                for alternative in fields[4].split(separator: "|") { add(place, as: String(alternative)) }
            }
            if fields.count > 5 {
                for demonym in fields[5].split(separator: "|") { countriesByDemonym[String(demonym)] = place.name }
            }
        }
    }

    private mutating func add(_ place: Place, as name: String) {
        // A country outranks a city of the same name; a bigger city outranks a smaller one.
        if let existing = placesByName[name] {
            let rank: (Place) -> Int = { $0.kind == .country ? 3 : $0.kind == .region ? 2 : 1 }
            if rank(existing) > rank(place) || (rank(existing) == rank(place) && existing.population >= place.population) {
                return
            }
        }
        placesByName[name] = place
    }

    /// The place known by exactly this name (case-sensitive: `Nice` the city, not `nice`).
    public func place(named name: String) -> Place? { placesByName[name] }

    /// The country a nationality adjective or noun names: `Iranian` → `Iran`, `Iraqis` → `Iraq`.
    public func country(forDemonym word: String) -> String? {
        if let country = countriesByDemonym[word] { return country }
        if word.hasSuffix("s"), let country = countriesByDemonym[String(word.dropLast())] { return country }
        return nil
    }
}
