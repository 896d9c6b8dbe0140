/// Points named to locate other places: `the Vessa and Tarn areas to the northwest of Kelvar` names the areas
/// (which the entity pass may not have made places) and Kelvar only to find them, so Kelvar is no site even
/// as the one point of the clause (``onlyReferencePoint(in:)``); `west of the Kelvari capital Tarn` measures
/// from Tarn past the country's adjective (``isReferencePoint(_:)`` steps only over `the capital`).
extension FigureParagraphReader {
    /// Whether the direction before `point` (`northwest of`, `to the northwest of`) follows a place noun with
    /// a name before it (`the Vessa and Tarn areas to the northwest of`, `al-Tarn village east of`): the
    /// clause names the places themselves.
    func locatesNamedAreas(_ point: EntityExtractor.MentionReference) -> Bool {
        var i = point.tokens.lowerBound
        while i >= 1, point.tokens.lowerBound - i < 4, Self.wordsOfAPlacesKind.contains(lowerOf: tokens[i - 1]),
            !tokens[i - 1].lowerIs("of")
        {
            i -= 1
        }
        guard i >= 2, tokens[i - 1].lowerIs("of"), FigureLexicon.directions.contains(lowerOf: tokens[i - 2]) else {
            return false
        }
        var k = i - 3
        if k >= 0, tokens[k].lowerIs("the") { k -= 1 }
        if k >= 0, tokens[k].lowerIs("to") { k -= 1 }
        guard k >= 1 else { return false }
        let noun = FigureExtractor.causeSingular(tokens[k].lower)
        guard FigureLexicon.placeNouns.contains(noun) || EnglishLexicon.placeOfHeads.contains(noun) else {
            return false
        }
        let name = tokens[k - 1]
        return name.isWord && (name.isCapitalized || name.isNamePart) && !name.lowerIs("the")
            && !FigureLexicon.phraseBreakers.contains(lowerOf: name)
    }

    /// `west of the Kelvari capital Tarn`, `south of the Kelvari city of Tarn`: a point to measure from, past
    /// `the`, a country's adjective and the kind of place.
    func isReferencePointPastNationality(_ mention: EntityExtractor.MentionReference) -> Bool {
        var i = mention.tokens.lowerBound
        if i >= 1, tokens[i - 1].lowerIs("of") { i -= 1 }
        guard i >= 5, tokens[i - 1].lowerIs(oneOf: ["capital", "city", "town"]),
            gazetteer.country(forDemonym: tokens[i - 2].text) != nil, tokens[i - 3].lowerIs("the"),
            tokens[i - 4].lowerIs("of")
        else { return false }
        return FigureLexicon.directions.contains(lowerOf: tokens[i - 5]) && !isCompassPart(of: i - 4, floor: 0)
    }
}
