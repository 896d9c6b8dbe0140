/// `a five-year conflict`, `a two-goal lead`, `a two-week-old baby`: a number word hyphened to its unit in one
/// word (``NumberParser/hyphenedUnitNumeral(in:at:)``) counts or measures what the word's tail names.
extension FigureParagraphReader {
    /// The unit of a phrase that is one number word hyphened to it (`three-week` → `week`), else nil.
    func hyphenedUnit(of phrase: NumberPhrase) -> (unit: String, closer: String?)? {
        guard phrase.tokens.upperBound == phrase.numeralStart + 1,
            tokens[phrase.numeralStart].shape.contains(.hyphenated),
            let split = NumberWords.numberAndHyphenedUnit(tokens[phrase.numeralStart].lower)
        else { return nil }
        return (split.unit, split.closer)
    }
}
