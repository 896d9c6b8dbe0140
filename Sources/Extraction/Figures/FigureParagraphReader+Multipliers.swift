/// `nine times higher`, `four times the norm`, `three times as many`: a multiplier compares two amounts and
/// counts nothing that happened; `killed three times` counts occasions, never people; `intercepted twice`
/// with no weapon named is a game's, not a strike's.
extension FigureParagraphReader {
    /// Words after `N times` that make it a multiplier: a comparative, or what opens the amount compared
    /// (`four times the norm`, `three times as many`).
    static let comparisonWords: WordSet = comparatives.union(["as", "the", "that", "what", "than", "over"])

    /// Comparatives after `N times`: `nine times higher`, `12 times more`.
    static let comparatives: WordSet = [
        "more", "less", "fewer", "higher", "greater", "larger", "bigger", "lower", "smaller", "worse", "deadlier",
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

    /// Comparatives that make `N times` before them a multiplier: `12 times more`, `three times larger`.
    static let comparativesAfterTimes: WordSet = comparatives.union(["faster", "slower", "than"])

    /// `12 times as many infections`, `three times higher`, `ten times as likely`: a multiplier, no count of
    /// times (`served three times as mayor`, `struck three times the next day` still count occasions).
    func isMultiplier(_ counted: CountedThing, sentence: Range<Int>) -> Bool {
        guard counted.unit == "time", counted.kind == .count, counted.end < sentence.upperBound,
            tokens[counted.end].isWord
        else { return false }
        if Self.comparativesAfterTimes.contains(lowerOf: tokens[counted.end]) { return true }
        guard tokens[counted.end].lowerIs("as"), counted.end + 1 < sentence.upperBound,
            tokens[counted.end + 1].isWord, !tokens[counted.end + 1].isCapitalized
        else { return false }
        let word = tokens[counted.end + 1].lower
        return word == "many" || word == "much" || EnglishWords.bundled.partOfSpeech(of: word) == .adjective
    }
}
