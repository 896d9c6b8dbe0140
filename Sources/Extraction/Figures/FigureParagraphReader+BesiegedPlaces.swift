/// A place that opens its clause as what was besieged or attacked: `Karmun has been besieged since 2014,
/// trapping 90,000 people`, `The town of Vesk was shelled overnight, killing nine` — the clause's figures
/// happened there.
extension FigureParagraphReader {
    /// Whether `mention` is the subject of a passive verb of siege or attack (`has been besieged`, `was
    /// shelled`, `is under siege`), standing first in its clause (after at most `the town of`).
    func isBesiegedSubject(_ mention: EntityExtractor.MentionReference, clause: Range<Int>) -> Bool {
        var opening = clause.lowerBound
        if tokens[opening].lowerIs("the") { opening += 1 }
        if opening + 1 < mention.tokens.lowerBound, Self.townNouns.contains(lowerOf: tokens[opening]),
            tokens[opening + 1].lowerIs("of")
        {
            opening += 2
        }
        guard mention.tokens.lowerBound == opening else { return false }
        var i = mention.tokens.upperBound
        guard i < clause.upperBound else { return false }
        if tokens[i].lowerIs(oneOf: ["has", "have", "had"]) {
            guard i + 1 < clause.upperBound, tokens[i + 1].lowerIs("been") else { return false }
            i += 2
        } else if tokens[i].lowerIs(oneOf: ["is", "was", "are", "were"]) {
            i += 1
            if i < clause.upperBound, tokens[i].lowerIs("being") { i += 1 }
        } else {
            return false
        }
        // (`was heavily shelled`: an adverb between.)
        if i < clause.upperBound, tokens[i].lower.hasSuffix("ly") { i += 1 }
        guard i < clause.upperBound else { return false }
        if tokens[i].lowerIs("under") {
            return i + 1 < clause.upperBound && Self.besiegedStates.contains(lowerOf: tokens[i + 1])
        }
        return Self.besiegedParticiples.contains(lowerOf: tokens[i])
    }

    /// Participles of a place besieged or attacked.
    static let besiegedParticiples: WordSet = [
        "besieged", "encircled", "surrounded", "blockaded", "shelled", "bombed", "bombarded", "pounded", "struck",
        "hit", "attacked", "targeted", "raided", "overrun", "stormed",
    ]

    /// Nouns of a siege, whose `of` names the place besieged: `the siege of Marlow`.
    static let siegeNouns: WordSet = ["siege", "blockade", "encirclement"]

    /// What a place is `under`: `under siege`, `under attack`.
    static let besiegedStates: WordSet = ["siege", "attack", "bombardment", "blockade", "fire", "shelling"]
}
