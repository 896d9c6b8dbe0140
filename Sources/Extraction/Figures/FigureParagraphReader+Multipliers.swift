/// `nine times higher`, `four times the norm`, `three times as many`: a multiplier compares two amounts and
/// counts nothing that happened; `killed three times` counts occasions, never people; `intercepted twice`
/// with no weapon named is a game's, not a strike's.
extension FigureParagraphReader {
    /// Words after `N times` that make it a multiplier.
    static let comparisonWords: WordSet = [
        "more", "less", "fewer", "higher", "greater", "larger", "bigger", "lower", "smaller", "worse", "deadlier",
        "as", "the", "that", "what", "than", "over",
    ]

    /// The event a count of times keeps: none after a multiplier, and none of the events that befall people.
    func eventOfTimes(_ event: String?, nounEnd: Int, sentence: Range<Int>) -> String? {
        if nounEnd < sentence.upperBound, tokens[nounEnd].isWord,
            Self.comparisonWords.contains(lowerOf: tokens[nounEnd])
        {
            return nil
        }
        // `Roe was intercepted twice`: a player, not a weapon, unless the sentence names one.
        if event == "intercepted", !sentence.contains(where: { namesAWeapon(tokens[$0]) }) { return nil }
        return event.flatMap { FigureVocabulary.casualtyEvents.contains($0) ? nil : $0 }
    }

    /// `missile`, `rockets`: a weapon's noun, singular or plural.
    func namesAWeapon(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        return FigureVocabulary.weaponUnits.contains(word)
            || word.hasSuffix("s") && FigureVocabulary.weaponUnits.contains(String(word.dropLast()))
    }
}
