/// `the Tadla-Sefrou highway`, `the Palmyra-Deir Ezzur road`: the two ends of a route joined by a hyphen
/// before the route's lowercase noun name the route, no person and no single place. Each end is a place
/// of its own when it is clearly one (``placesAtRouteEnds(_:in:initial:)``).
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

    /// The two places at the ends of a route joined by a hyphen (`the Vesk-Karmun road` → `Vesk`, `Karmun`;
    /// `on the Tarn-Tal Roa axis` → `Tarn`, `Tal Roa`), or nil when either end is unclear. An end is a place
    /// the gazetteer knows, or one capitalised word that belongs to no other name (no given name, title,
    /// common English word, nationality: `the Vessan-Tarvan border` joins no places) and no combining prefix
    /// (`Trans`, `Indo`: ``EntityLexicon/combiningPrefixes``); the words after the
    /// hyphenated one go with the second end only as a place the gazetteer knows or a place's prefix and one
    /// more word (`Tal Roa`).
    func placesAtRouteEnds(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard namesRouteBetweenPlaces(range, in: tokens), range.count <= 2 else { return nil }
        let joined = tokens[range.lowerBound]
        let halves = joined.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // (A combining prefix is no place: `the Trans-Kelvar highway`, `the Indo-Pak border`.)
        guard halves.count == 2, halves[0] != halves[1],
            !halves.contains(where: { EntityLexicon.combiningPrefixes.contains($0) })
        else { return nil }
        var left = joined, right = joined
        left.text = halves[0]
        right.text = halves[1]
        func isPlaceEnd(_ word: Token) -> Bool {
            gazetteer.place(named: word.text) != nil
                || isListedUnknownWord(word) && gazetteer.country(forDemonym: word.text) == nil
        }
        var rightName = halves[1]
        if range.count == 2 {
            let next = tokens[range.lowerBound + 1]
            rightName += " " + next.text
            let prefixed =
                EntityLexicon.placePrefixes.contains(right.text)
                && (isListedUnknownWord(next) || Self.hasJoinedArticle(next))
            guard prefixed || gazetteer.place(named: rightName) != nil else { return nil }
        } else {
            guard isPlaceEnd(right) else { return nil }
        }
        guard isPlaceEnd(left) else { return nil }
        return [halves[0], rightName].enumerated().map { position, name in
            let weight = gazetteer.place(named: name) != nil ? Evidence.known : Evidence.context
            return Candidate(
                paragraph: paragraph.position, tokens: range, name: name,
                evidence: Evidence(kind: .place, weight: weight), sentenceInitial: position == 0 && initial)
        }
    }
}
