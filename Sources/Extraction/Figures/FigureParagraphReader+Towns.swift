/// Towns a sentence names, and `the town` or `the city` in a later one pointing back to them (see
/// ``EarlierSentencePlace/town``).
extension FigureParagraphReader {
    /// Reads which town the sentence names for ``EarlierSentencePlace/town``: the one town it names is
    /// remembered; two or more make `the town` after it unclear.
    mutating func noteTownNamed(in sentence: Range<Int>) {
        let named = withoutAreas(
            places.filter {
                sentence.contains($0.tokens.lowerBound) && !isStreet($0) && !isReferencePoint($0) && !isCountry($0)
            })
        // (`the town of Marlow in rural Benning`: the area around the town is not a second one.)
        let inner = withoutAreasOfOthers(named)
        let towns = Dictionary(
            inner.compactMap { place in
                townNoun(of: place).map { (townOfNamedBuilding(siteName(place)) ?? siteName(place), $0) }
            },
            uniquingKeysWith: { first, second in first.isEmpty ? second : first })
        if towns.count == 1, let (name, noun) = towns.first {
            earlierPlace.rememberTown(name, noun: noun)
        } else if towns.isEmpty, let (town, noun, part) = townAroundItsPart(named: named, inner: inner) {
            earlierPlace.rememberTown(town, noun: noun, part: part)
        } else if towns.count > 1 {
            earlierPlace.rememberTown(nil, noun: "")
        } else {
            earlierPlace.town.passSentence()
        }
    }

    /// `Shells hit the Karmun district of the city of Marlow`: the one place named around the one part the
    /// sentence names (no town itself), when the text calls it a town (`the city of Marlow`, `Marlow city`);
    /// with the noun it was called by and the part's name.
    func townAroundItsPart(
        named: [EntityExtractor.MentionReference], inner: [EntityExtractor.MentionReference]
    ) -> (town: String, noun: String, part: String)? {
        guard inner.count == 1, named.count == 2, let part = inner.first,
            let area = named.first(where: { $0.tokens != part.tokens }), isInside(part, area: area)
        else { return nil }
        let end = area.tokens.upperBound
        let start = area.tokens.lowerBound
        // (Called a town by its own words: `the city of Marlow`, `Marlow city`; not `the district of Marlow`.)
        let noun =
            end < tokens.count && Self.townNouns.contains(lowerOf: tokens[end])
            ? tokens[end].lower
            : start >= 2 && tokens[start - 1].lowerIs("of") && Self.townNouns.contains(lowerOf: tokens[start - 2])
                ? tokens[start - 2].lower : nil
        guard let noun else { return nil }
        return (siteName(area), noun, siteName(part))
    }

    /// `Jets struck the city of Marlow` in a standfirst: what it called the lead's place, if a town, for a
    /// body sentence pointing back to it (`the city centre`) further on than ``noteTownNamed(in:)`` reaches.
    mutating func noteLeadTownNamed(in sentence: Range<Int>) {
        guard let lead = earlierPlace.leadPlace,
            let place = places.first(where: { sentence.contains($0.tokens.lowerBound) && siteName($0) == lead }),
            let noun = townNoun(of: place)
        else { return }
        earlierPlace.noteLeadTown(lead, noun: noun)
    }

    /// What the text calls the place if it may be a town: `city` for `the city of Marlow` or `Marlow city`,
    /// `""` for a place called nothing that the gazetteer knows as a city or does not know; nil for a place
    /// called a province or a district (`Idlib province`, `the Bab Amr neighbourhood`, here or anywhere in
    /// the paragraph: ``neighbourhoodNames``) or known as a region.
    func townNoun(of place: EntityExtractor.MentionReference) -> String? {
        let start = place.tokens.lowerBound
        let end = place.tokens.upperBound
        // (`the Karmun neighbourhood …, nine died in Karmun`: called a neighbourhood elsewhere in the paragraph.)
        if neighbourhoodNames[tokens[end - 1].lower] != nil { return nil }
        var nouns: [String] = [tokens[end - 1].lower]
        if end < tokens.count { nouns.append(tokens[end].lower) }
        if start >= 2, tokens[start - 1].lowerIs("of") { nouns.append(tokens[start - 2].lower) }
        if let noun = nouns.first(where: Self.townNouns.contains) { return noun }
        if nouns.contains(where: { EnglishLexicon.placeHeads.contains($0) || EnglishLexicon.placeOfHeads.contains($0) })
        {
            return nil
        }
        return gazetteer.place(named: entities.entities[place.entity].name)?.kind == .region ? nil : ""
    }

    /// `the town's clinic`, `western districts of the city`, `on the citys outskirts` (a possessive that lost
    /// its apostrophe): the noun of a town or city the sentence speaks of but does not name (not `the city
    /// of Marlow`, `the city Marlow`).
    func townPointedBack(in sentence: Range<Int>) -> String? {
        sentence.dropFirst().first { i in
            guard tokens[i - 1].lowerIs("the"),
                Self.townNouns.contains(lowerOf: tokens[i])
                    || Self.townPossessivesWithoutApostrophe[tokens[i].lower] != nil
            else { return false }
            guard i + 1 < sentence.upperBound else { return true }
            return !tokens[i + 1].lowerIs("of") && !tokens[i + 1].isCapitalized
        }.map { Self.townPossessivesWithoutApostrophe[tokens[$0].lower] ?? tokens[$0].lower }
    }

    /// A town noun's possessive that lost its apostrophe and can be nothing else (`citys`; not `towns` or
    /// `villages`, which are plurals too), by the noun.
    static let townPossessivesWithoutApostrophe: [String: String] = ["citys": "city"]

    /// `Gunmen based in Binnish fired rockets at the town, injuring 14 people`: the sentence points back to a
    /// town named before, and every place it names is where those who act are based (or a country owning
    /// who reports), so its figures happened in that town, not where the attackers were.
    func pointsBackPastActorsPlaces(_ sentence: Range<Int>) -> Bool {
        !places.isEmpty && townPointedBack(in: sentence) != nil
            && places.allSatisfy { isActorsPlace($0) || isCountryOfAnOwner($0, in: sentence) }
    }

    /// Nouns for a town in `the town` and `the city of …` (a camp, where people live, too: `the Tovin camp …
    /// shells hit the camp`).
    static let townNouns: WordSet = ["town", "city", "village", "camp"]
}
