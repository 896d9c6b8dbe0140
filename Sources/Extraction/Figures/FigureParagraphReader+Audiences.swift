/// `won 4-1 in front of 15,522 at the arena`, `drew a crowd of 360,000`, `an attendance of 40,000`: a number
/// with no noun after the words of an audience counts the people there.
extension FigureParagraphReader {
    /// Nouns of an audience whose `of` a bare number of people follows (`a crowd of 50,000`).
    static let audienceNouns: WordSet = ["crowd", "crowds", "attendance", "audience", "audiences", "turnout", "gate"]

    /// Whether the bare number right after `of` follows an audience noun, or `in front of`.
    func isAudience(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        let start = phrase.tokens.lowerBound
        guard !phrase.isPercent, phrase.currency == nil, start - 2 >= sentence.lowerBound,
            tokens[start - 1].lowerIs("of")
        else { return false }
        let before = tokens[start - 2]
        if Self.audienceNouns.contains(lowerOf: before) { return true }
        return before.lowerIs("front") && start - 3 >= sentence.lowerBound && tokens[start - 3].lowerIs("in")
    }
}
