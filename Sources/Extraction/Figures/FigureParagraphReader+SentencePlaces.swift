/// The sentence's places found by where they start or by the site they name, not by a walk over all of them for
/// each figure: a sentence that names thousands of places beside thousands of counts stays linear.
/// (``FigureParagraphReader/places`` come in token order, as the entity pass gives its mentions.)
extension FigureParagraphReader {
    /// The sentence's places that start inside `range`, found by binary search, in token order.
    func places(startingIn range: Range<Int>) -> ArraySlice<EntityExtractor.MentionReference> {
        places.mentions(startingIn: range)
    }

    /// The sentence's places grouped by the site each names (``siteName(_:)``), each group in token order: made
    /// once for a sentence with numbers and more than a few places, for ``placesNaming(_:in:)``; nil otherwise.
    static func placesGroupedBySite(
        _ places: [EntityExtractor.MentionReference], hasNumbers: Bool,
        siteName: (EntityExtractor.MentionReference) -> String
    ) -> [String: [EntityExtractor.MentionReference]]? {
        guard hasNumbers, places.count > placesIndexedFrom else { return nil }
        return Dictionary(grouping: places, by: siteName)
    }

    /// How many places a sentence names before ``placesGroupedBySite(_:hasNumbers:siteName:)`` groups them (a walk over
    /// a few costs less than the grouping).
    static let placesIndexedFrom = 8

    /// The sentence's place mentions in `sentence` that name `site` (as ``siteName(_:)`` gives it), in token order.
    func placesNaming(_ site: String, in sentence: Range<Int>) -> [EntityExtractor.MentionReference] {
        if let placesBySite {
            return (placesBySite[site] ?? []).filter { sentence.contains($0.tokens.lowerBound) }
        }
        return places(startingIn: sentence).filter { siteName($0) == site }
    }
}
