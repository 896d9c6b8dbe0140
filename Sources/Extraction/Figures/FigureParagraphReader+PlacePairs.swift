/// `the crossing between Tarn and Vesk`, `the road between Arlow and Benning`, `clashes between Kelvar and
/// Maresk`: two places named after `between` are the two ends of a border, a road or a quarrel; neither
/// alone is where anything happened. So are two countries joined by a hyphen (`the Tarvan-Vessa border`,
/// `the Tarvan-Vessa war`), which the entity pass reads as two places over the one word.
extension FigureParagraphReader {
    /// Whether `mention` is one of the two places after `between` (`between Tarn and Vesk`, past `the`):
    /// the first, with `and` and a place after it, or the second, after `and` and the first.
    func isEndOfAPairAfterBetween(_ mention: EntityExtractor.MentionReference) -> Bool {
        if opensAPairAfterBetween(mention) { return true }
        var and = mention.tokens.lowerBound - 1
        if and >= 0, tokens[and].lowerIs("the") { and -= 1 }
        guard and >= 1, tokens[and].lowerIs("and") else { return false }
        guard let first = places(startingIn: max(0, and - Self.longestPairEnd)..<and).last(where: { $0.tokens.upperBound == and })
        else { return false }
        return opensAPairAfterBetween(first)
    }

    /// `between Tarn and Vesk`: `between` (past `the`) before the place, `and` (past `the`) and a place after it.
    func opensAPairAfterBetween(_ mention: EntityExtractor.MentionReference) -> Bool {
        var between = mention.tokens.lowerBound - 1
        if between >= 0, tokens[between].lowerIs("the") { between -= 1 }
        guard between >= 0, tokens[between].lowerIs("between") else { return false }
        let and = mention.tokens.upperBound
        guard and + 1 < tokens.count, tokens[and].lowerIs("and") else { return false }
        let second = tokens[and + 1].lowerIs("the") ? and + 2 : and + 1
        return !places(startingIn: second..<(second + 1)).isEmpty
    }

    /// Whether another place is named over the same words as `mention`: one half of two countries joined by
    /// a hyphen (`the Tarvan-Vessa border`; not `US-led strikes`, whose second half is no place).
    func isHalfOfAHyphenedPair(_ mention: EntityExtractor.MentionReference) -> Bool {
        places(startingIn: mention.tokens.lowerBound..<(mention.tokens.lowerBound + 1)).contains {
            $0.tokens == mention.tokens && $0.entity != mention.entity
        }
    }

    /// How many words the first place of a pair may have (found by binary search among the sentence's places).
    static let longestPairEnd = 6
}
