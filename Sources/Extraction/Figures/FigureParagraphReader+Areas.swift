/// Provinces, regions and districts a sentence names, and `the province`, `the region` or `the district` in a
/// later one pointing back to them (see ``EarlierSentencePlace/area``), as ``noteTownNamed(in:)`` reads towns.
extension FigureParagraphReader {
    /// Reads which province, region or district the sentence names for ``EarlierSentencePlace/area``: the
    /// one it names is remembered, unless another was named shortly before or beside it (then `the
    /// province` after it is unclear).
    mutating func noteAreaNamed(in sentence: Range<Int>) {
        let named = places.filter {
            sentence.contains($0.tokens.lowerBound) && !isStreet($0) && !isReferencePoint($0) && !isCountry($0)
                && !namesNoSite($0)
        }
        // (Bounded: a sentence naming more places than this names no one area anyway.)
        var areas: [String: String] = [:]
        for place in named.prefix(8) {
            guard let noun = areaNoun(of: place) else { continue }
            let name = siteName(place)
            if areas[name]?.isEmpty ?? true { areas[name] = noun }
        }
        guard let (name, noun) = areas.first else {
            earlierPlace.area.passSentence()
            return
        }
        let remembered = earlierPlace.area
        let isOther = remembered.nearName.map { $0 != name } ?? remembered.isNearUnclear
        earlierPlace.area.remember(areas.count == 1 && !isOther ? name : nil, noun: noun)
    }

    /// What the text calls the place if it is a province, a region or a district: its noun (`province` for
    /// `Tarn province` or `the province of Tarn`, `region` for `the Tarn region`), `""` for a place called
    /// nothing that the gazetteer knows as a region; nil for anything else (a town, a place called a town or
    /// a neighbourhood).
    func areaNoun(of place: EntityExtractor.MentionReference) -> String? {
        let start = place.tokens.lowerBound
        let end = place.tokens.upperBound
        var nouns: [String] = [tokens[end - 1].lower]
        if end < tokens.count { nouns.append(tokens[end].lower) }
        if start >= 2, tokens[start - 1].lowerIs("of") { nouns.append(tokens[start - 2].lower) }
        if let noun = nouns.first(where: Self.areaRankNouns.contains) { return noun }
        if nouns.contains(where: { EnglishLexicon.placeHeads.contains($0) || EnglishLexicon.placeOfHeads.contains($0) })
        {
            return nil
        }
        // (A region of one country: not `the Middle East`.)
        guard let known = gazetteer.place(named: entities.entities[place.entity].name), known.kind == .region,
            known.countryCode != nil
        else { return nil }
        return ""
    }

    /// `killed in the province`, `across the region`: the noun of a province, a region or a district the
    /// sentence speaks of but does not name (not `the province of Tarn`, `the province Tarn`, nor a name's
    /// capitals: `the District Council`).
    func areaPointedBack(in sentence: Range<Int>) -> String? {
        sentence.dropFirst().first { i in
            guard tokens[i - 1].lowerIs("the"), !tokens[i].isCapitalized, Self.areaRankNouns.contains(lowerOf: tokens[i])
            else { return false }
            guard i + 1 < sentence.upperBound else { return true }
            return !tokens[i + 1].lowerIs("of") && !tokens[i + 1].isCapitalized
        }.map { tokens[$0].lower }
    }

    /// The area a sentence pointing back with `noun` (`the province`) stands in: the one province, region or
    /// district named shortly before, when the text called it so (or called it nothing) and no other place
    /// was named since (`Jets bombed the town of Marlow in Tarn province. …, which reports on the province,
    /// said nine died`: the town named last may still be meant, and stays). Nil when another of that rank
    /// made it unclear, or when the place named before is a town (`Jets bombed the town of Marlow. Nine died
    /// in the province.`: the province is not the town). Else `place`, the place named before.
    func earlierAreaStandingFor(_ noun: String, place: String?) -> String? {
        let area = earlierPlace.area
        if let name = area.nearName, area.noun.isEmpty || area.noun == noun {
            return place == nil || place == name ? name : place
        }
        if area.isNearUnclear { return nil }
        return place.map(isKnownTown) == true ? nil : place
    }

    /// Whether `place` is the town named last, called a town by the text or known as a city.
    func isKnownTown(_ place: String) -> Bool {
        let town = earlierPlace.town
        return town.nearName == place && (!town.noun.isEmpty || gazetteer.place(named: place)?.kind == .city)
    }

    /// Nouns of a province, a region or a district, in `the province` and `Tarn province`.
    static let areaRankNouns: WordSet = ["province", "region", "district", "governorate"]
}
