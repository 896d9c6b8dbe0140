/// A small town reached only through one of the gazetteer's other spellings (`Sohem` written, the
/// gazetteer's town `Shohem` abroad listing `Sohem` among its transliterations) is not that town when the
/// article names places in other countries and none in the town's own: the name is then another place of
/// that spelling the gazetteer does not hold, and it stays as written (and unlocated: see
/// ``Gazetteer/place(locatedBy:)``).
extension EntityResolver {
    /// Renames each such place entry to its name as first written.
    mutating func keepingFarSpellingsAsWritten(article: AnalyzedArticle) {
        // The places written as the gazetteer names them, and the towns reached by another spelling only.
        var countries = Set<String>()
        var farCandidates: [(entry: Int, written: String, country: String)] = []
        for i in entries.indices where entries[i].mergedInto == nil {
            let entry = entries[i]
            if entry.kind == .nationality, let country = gazetteer.country(forDemonym: entry.name),
                let code = gazetteer.place(named: country)?.countryCode
            {
                countries.insert(code)
            }
            guard entry.kind == .place, let place = gazetteer.place(named: entry.name), place.name == entry.name,
                let code = place.countryCode
            else { continue }
            guard place.kind == .city, place.population < Gazetteer.otherSpellingPopulation else {
                countries.insert(code)
                continue
            }
            let written = mentionList(of: i).map { article.paragraphs[$0.paragraph].text(of: $0.tokens) }
            if let first = written.first, !written.contains(where: { Self.spellsAlike($0, entry.name) }),
                written.allSatisfy({ gazetteer.place(named: $0)?.name == place.name })
            {
                farCandidates.append((i, first, code))
            } else {
                countries.insert(code)
            }
        }
        // An article that places nothing else gives no sign the town is far (`Three raids targeted Tabqa`).
        guard !countries.isEmpty else { return }
        for far in farCandidates where !countries.contains(far.country) {
            entries[far.entry].aliases.removeAll { $0 == far.written }
            entries[far.entry].name = far.written
        }
    }
}
