/// `The blast on Harlan Street killed 14`, `The attack rocked the Tarn Street`: the street or square where an
/// incident happened is too fine to be a site and lies in the town a sentence shortly before named, so a
/// sentence naming no other place still takes that town (``namesNoPlaceOfItsOwn(_:)``). Only the street the
/// sentence says the incident struck or happened on: a street named for something else (`near buildings
/// on Tarn Square`, in another town perhaps) stays a place of its own.
extension FigureParagraphReader {
    /// Whether `mention` is a street or a square that the incident of `sentence` struck (`rocked the Tarn
    /// Street`, `shelled Tarn Square`) or happened on: `on`, `in`, `at` or `along` before it and, within
    /// three words before that, a word of an incident (`blast`, `exploded`, `killed`, `attack`).
    func isStreetOfTheIncident(_ mention: EntityExtractor.MentionReference, in sentence: Range<Int>) -> Bool {
        guard isStreet(mention) else { return false }
        if isAttackObject(mention, in: sentence) { return true }
        guard let link = locativeIndex(before: mention.tokens.lowerBound, floor: sentence.lowerBound),
            tokens[link].lowerIs(oneOf: ["on", "in", "at", "along"])
        else { return false }
        return (max(sentence.lowerBound, link - 3)..<link).contains { i in
            Self.incidentWords.contains(lowerOf: tokens[i]) || Self.explodingWords.contains(lowerOf: tokens[i])
        }
    }

    /// Words of a bomb going off, besides ``incidentWords``: `exploded on`, `went off in`.
    static let explodingWords: WordSet = ["exploded", "detonated", "off", "blew"]
}
