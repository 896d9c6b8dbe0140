/// Two places written one inside the other: `Ain al-Assad base in Anbar province`, `the Bab Touma area of
/// Old Damascus`, `Jassem in the southern province of Daraa`.
extension FigureParagraphReader {
    /// Whether `area`, written shortly after `place` and linked to it by `in`, `near`, `outside`, or by `of`
    /// after a place noun (`the Sabra neighbourhood of Beirut`), names the area `place` lies in: the pair
    /// then names one place, `place` the more precise.
    func namesAreaAround(_ place: EntityExtractor.MentionReference, then area: EntityExtractor.MentionReference)
        -> Bool
    {
        let end = place.tokens.upperBound
        guard area.tokens.lowerBound > end, area.tokens.lowerBound - end <= 7,
            let link = locativeBefore(area.tokens.lowerBound, floor: end)
        else { return false }
        switch link.word {
        case "in", "near", "outside":
            return true
        case "of":
            return end < tokens.count
                && (EnglishLexicon.placeHeads.contains(tokens[end].lower)
                    || FigureLexicon.partOfPlaceNouns.contains(tokens[end].lower))
        default:
            return false
        }
    }

    /// The places without those named as the area of another (`the Homs district of Waer`: Waer alone; see
    /// ``namesPlaceAfterOf(_:_:)``).
    func withoutAreas(_ named: [EntityExtractor.MentionReference]) -> [EntityExtractor.MentionReference] {
        named.filter { area in !named.contains { namesPlaceAfterOf(area, $0) } }
    }
}
