/// `the Tadla-Sefrou highway`, `the Palmyra-Deir Ezzur road`: the two ends of a route joined by a hyphen
/// before the route's lowercase noun name the route, no person and no single place.
extension EntityExtractor {
    /// Lowercase nouns of routes and lines between two places.
    static let routeNouns: WordSet = [
        "highway", "road", "motorway", "freeway", "railway", "railroad", "rail", "pipeline", "route", "corridor",
        "axis", "border", "frontier", "expressway",
    ]

    /// Whether a run opens with `X-Y` (both halves capitalised) and a route's noun follows it.
    func namesRouteBetweenPlaces(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.upperBound < tokens.count, tokens[range.upperBound].isWord,
            tokens[range.upperBound].startsLowercase, Self.routeNouns.contains(tokens[range.upperBound].lower)
        else { return false }
        let halves = tokens[range.lowerBound].text.split(separator: "-", omittingEmptySubsequences: false)
        // Not an Arabic article's name (`Al-Qaeda`).
        return halves.count == 2 && halves.allSatisfy { $0.first?.isUppercase == true && $0.count >= 2 }
            && !EntityLexicon.arabicArticles.contains(String(halves[0]))
    }
}
