/// `nine times higher`, `four times the norm`, `three times as many`: a multiplier compares two amounts and
/// counts nothing that happened; `killed three times` counts occasions, never people.
extension FigureParagraphReader {
    /// Words after `N times` that make it a multiplier.
    static let comparisonWords: WordSet = [
        "more", "less", "fewer", "higher", "greater", "larger", "bigger", "lower", "smaller", "worse", "deadlier",
        "as", "the", "that", "what", "than", "over",
    ]

    /// The event a count of times keeps: none after a multiplier, and none of the events that befall people.
    func eventOfTimes(_ event: String?, nounEnd: Int, sentence: Range<Int>) -> String? {
        if nounEnd < sentence.upperBound, tokens[nounEnd].isWord, Self.comparisonWords.contains(tokens[nounEnd].lower) {
            return nil
        }
        return event.flatMap { FigureVocabulary.casualtyEvents.contains($0) ? nil : $0 }
    }
}
