/// Which of several places an earlier sentence names is where its incident happened, for the figures of
/// the sentences after it (see ``EarlierSentencePlace``).
extension FigureParagraphReader {
    /// `Nobody knew whether Russian jets or those of Syria, Russia's ally, bombed rebel-held Douma`: the one
    /// place the sentence says was struck, when every other place it names is a country, where those who
    /// act are based, a point it is measured from or found by (`struck Saraqib, a town near Binnish`), or the
    /// area around it (`bombed Saraqib in rural Idlib`).
    /// Nil when it names another place that may be a site too (`bombed Douma; Harasta was hit too`).
    func struckSite(of sentence: Range<Int>) -> String? {
        let named = withoutAreas(
            places.filter {
                sentence.contains($0.tokens.lowerBound) && !isStreet($0) && !isPossessorOfNextPlace($0)
            })
        let struck = withoutAreasOfOthers(named).filter { place in
            !isCountry(place) && isAttackObject(place, in: sentence)
        }
        guard let target = struck.first, Set(struck.map(siteName)).count == 1,
            !isOneOfSeveralPlaces(target, in: sentence), !isCutFromLongerName(target)
        else { return nil }
        let others = named.filter { siteName($0) != siteName(target) }
        guard
            others.allSatisfy({
                isCountry($0) || isActorsPlace($0) || isReferencePoint($0) || locatesUnnamedSettlement($0)
                    || isInside(target, area: $0)
                    || isNearbyPoint($0, of: target) || isPlaceOfOrigin($0)
            })
        else { return nil }
        return siteName(target)
    }

    /// `bombed rebel-held Douma`, `shelled the town of Saraqib`, `an air strike on Douma`: the place is the
    /// object of a verb of striking, or follows `on`/`at` after a noun of one.
    func isAttackObject(_ place: EntityExtractor.MentionReference, in sentence: Range<Int>) -> Bool {
        if isStruck(place) { return true }
        guard let link = locativeBefore(place.tokens.lowerBound, floor: sentence.lowerBound) else { return false }
        return FigureLexicon.strikeVerbs.contains(link.word) || Self.ongoingStrikeVerbs.contains(link.word)
    }

    /// Verbs of striking, besides ``FigureLexicon/strikeVerbs``, that a place may follow as their object.
    static let ongoingStrikeVerbs: WordSet = ["pounding", "shelling", "bombing", "rocked"]

    /// `a car bomb exploded in the Bab Amr neighbourhood of Homs`: two places, one inside the other (as
    /// ``namesAreaAround(_:then:)`` reads them for a figure's own sentence), name one site, the more
    /// precise. Countries the sentence names beside them yield to them.
    func nestedSite(of sentence: Range<Int>) -> String? {
        let named = withoutAreas(
            places.filter {
                sentence.contains($0.tokens.lowerBound) && !isStreet($0) && !isPossessorOfNextPlace($0)
                    && !isCountry($0)
            })
        guard named.count == 2, siteName(named[0]) != siteName(named[1]), isInside(named[0], area: named[1]),
            !isCutFromLongerName(named[0])
        else { return nil }
        // The inner place must be named as where something happened (`in`, `at`, `bombed` before it).
        return paragraphSite(of: named[0...0])
    }

    /// `Saraqib in rural Idlib`, `the Bab Amr district of Homs`, `Vesk, a village in the western Tarn
    /// province` (or `Vesk a village in …`, its commas lost): `area` names the area `place` lies in, with only words of places between them (not `Douma
    /// on Monday while shells fell in Harasta`).
    func isInside(_ place: EntityExtractor.MentionReference, area: EntityExtractor.MentionReference) -> Bool {
        guard namesAreaAround(place, then: area) else { return false }
        return (place.tokens.upperBound..<area.tokens.lowerBound).allSatisfy { i in
            let word = tokens[i].lower
            // (A quotation may close after the place: `"… the Karmun neighbourhood" in the south of Marlow`.)
            return tokens[i].isPunctuation(",") || tokens[i].isPunctuation("\"") || tokens[i].isPunctuation("\u{201D}")
                || ["in", "near", "outside", "of", "the"].contains(word)
                || isAppositiveArticle(i, after: place)
                || EnglishLexicon.placeHeads.contains(word) || EnglishLexicon.placeOfHeads.contains(word)
                || FigureLexicon.areaNouns.contains(word) || FigureLexicon.placeAdjectives.contains(word)
                || FigureLexicon.directions.contains(word) || word.contains(ascii: "-") && !tokens[i].isCapitalized
        }
    }

    /// `Vesk, a village in …`: the article of an apposition right after the place's comma; with the comma
    /// lost (`Vesk a village in …`), right after the place and before a noun of a place, so two names side
    /// by side (`Vesk Arlow and Benning`) are no apposition.
    func isAppositiveArticle(_ i: Int, after place: EntityExtractor.MentionReference) -> Bool {
        guard tokens[i].lowerIs(oneOf: ["a", "an"]) else { return false }
        let end = place.tokens.upperBound
        if i == end + 1 && tokens[end].isPunctuation(",") { return true }
        return i == end && i + 1 < tokens.count && EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[i + 1])
    }

    /// `the explosion in Salem Mosque`: a place mention followed by a building's noun, capitalised, is the
    /// start of a building's name that the entity pass cut short, not a place to stand for an incident.
    func isCutFromLongerName(_ place: EntityExtractor.MentionReference) -> Bool {
        let end = place.tokens.upperBound
        return end < tokens.count && tokens[end].isCapitalized && Self.buildingNouns.contains(lowerOf: tokens[end])
    }

    /// `the National Hospital of Marlow`, `Marlow Central Clinic of Tarn`: a building named with the town it
    /// stands in (a building's noun, `of`, a place the gazetteer knows that is no country), which stands
    /// for the town in later sentences: the strikes that hit the hospital hit the town around it.
    func townOfNamedBuilding(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard let of = words.lastIndex(of: "of"), of >= 1, of + 1 < words.count else { return nil }
        let noun = words[of - 1].lowercased()
        let town = words[(of + 1)...].joined(separator: " ")
        guard Self.buildingNouns.contains(noun), noun != "university",
            let place = gazetteer.place(named: town), place.kind != .country
        else { return nil }
        return town
    }

    static let buildingNouns: WordSet = [
        "mosque", "church", "hospital", "clinic", "hotel", "school", "university", "market", "mall", "stadium",
        "bakery", "prison", "station", "tower", "palace", "gate", "bridge",
    ]
}
