/// `killed while fleeing Tarn`, `shot as they were fleeing Tarn`, `executed on charges of fleeing Tarn`: the place
/// people were leaving when it happened is where it happened (not a place they had fled from before, in
/// ``isPlaceFled(_:)``, nor the place they were fleeing to, in ``isDestination(_:)``).
extension FigureParagraphReader {
    /// Whether `mention` is the object of `fleeing`/`escaping` (past `from`, `the`, `town of`) in a clause of
    /// the time it happened (`while`, `when`, `as they were`) or of the charge (`of fleeing`, `for fleeing`);
    /// not `refugees fleeing Tarn`, `who were fleeing Tarn`, which only describe the people.
    func isPlaceLeftWhenHarmed(_ mention: EntityExtractor.MentionReference) -> Bool {
        var j = mention.tokens.lowerBound - 1
        // Back over `the`, `town of`, `the besieged city of`.
        while j >= 1, mention.tokens.lowerBound - j <= 4,
            tokens[j].lowerIs(oneOf: ["the", "of"]) || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j])
                || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[j])
        {
            j -= 1
        }
        if j >= 1, tokens[j].lowerIs("from") { j -= 1 }
        guard j >= 1, Self.leavingParticiples.contains(lowerOf: tokens[j]) else { return false }
        let before = tokens[j - 1]
        if before.lowerIs(oneOf: ["while", "when", "of", "for"]) { return true }
        // `as they were fleeing`, `when she was escaping`: a pronoun subject after `as`/`while`/`when`.
        guard before.lowerIs(oneOf: ["were", "was"]), j >= 3,
            tokens[j - 2].lowerIs(oneOf: ["they", "he", "she", "we"])
        else { return false }
        return tokens[j - 3].lowerIs(oneOf: ["as", "while", "when"])
    }

    /// Participles of leaving a place under way: `fleeing`, `escaping`.
    static let leavingParticiples: WordSet = ["fleeing", "escaping"]
}
