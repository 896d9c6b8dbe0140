/// A side named by its nation in a results line, a table or a line-up (`Scotland 1 0 1 0 0 0 1`,
/// `Wales - Tarvo 23`): a country, or one of the United Kingdom's nations, which the gazetteer holds as
/// regions of the United Kingdom but which field teams of their own as countries do. The place is the
/// name's kind, as a country's is; a county or a state (`Kent 210`, `Victoria 250`) stays its club.
extension EntityExtractor {
    /// Whether `place` plays as a nation: a country, or a region of the United Kingdom.
    static func isNationalSide(_ place: Gazetteer.Place) -> Bool {
        place.kind == .country || place.kind == .region && place.countryCode == "GB"
    }
}
