/// Where a count of places lies when the text names the area around them: `a raid on three hamlets of
/// Tarn district`, `shells hit four villages in Hama province` → the area. The places themselves are
/// several sites; the one area that holds them is the nearest the text comes to one.
extension FigureParagraphReader {
    /// Whether a counted noun counts places (`villages`, `hamlets`), not people or things.
    static func countsPlaces(_ unit: String) -> Bool {
        FigureLexicon.placeNouns.contains(unit) || ["hamlet", "settlement"].contains(unit)
    }

    /// The one place named right after the counted places (`of`, `in` or `across`, past `the` and words
    /// of a part: `the villages of rural Hama`), when it is the area around them; nil when nothing, a
    /// street or the first of several places follows (`two villages of Arlow and Benning` are those places).
    /// A country written as the owner of the next place gives that place (`two villages in central Tarn's
    /// Kelvar province` → Kelvar).
    func areaOfCountedPlaces(nounEnd: Int, sentence: Range<Int>) -> String? {
        guard nounEnd < sentence.upperBound, tokens[nounEnd].lowerIs(oneOf: ["of", "in", "across"]) else { return nil }
        var k = nounEnd + 1
        while k < sentence.upperBound, k - nounEnd <= 3,
            tokens[k].lowerIs("the") || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[k])
                || FigureLexicon.directions.contains(lowerOf: tokens[k])
        {
            k += 1
        }
        guard var area = places(startingIn: k..<(k + 1)).first else { return nil }
        if let owned = placeOwned(by: area) {
            guard isCountry(area), !isPossessorOfNextPlace(owned) else { return nil }
            area = owned
        }
        guard area.tokens.upperBound <= sentence.upperBound, !isStreet(area),
            !joinsTheNext(area.tokens.upperBound, before: sentence.upperBound)
        else { return nil }
        return siteName(area)
    }
}
