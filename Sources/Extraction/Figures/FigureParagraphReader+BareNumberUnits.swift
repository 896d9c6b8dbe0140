/// What a number with no noun after it names of its own, which wins over the thing counted before it in
/// the sentence: `86.6 frames per second, and a 2182 score` (the score is no frame), `40 graphics cores and
/// a max FPS of 147.4` (the unit named before `of`). When the words say the number is something of its own
/// but not what, it takes no unit, and is no figure.
extension FigureParagraphReader {
    enum BareNumberUnit: Equatable {
        /// The unit the words name, and where the figure's words end.
        case named(String, end: Int)
        /// The number is something of its own, unnamed: it borrows nothing.
        case unknown
    }

    /// The unit a bare number (ending at `end`) names itself, or nil when it may take the one counted before.
    func ownUnit(ofBare phrase: NumberPhrase, end: Int, sentence: Range<Int>) -> BareNumberUnit? {
        let start = phrase.tokens.lowerBound
        guard start > sentence.lowerBound else { return nil }
        // `a 2182 score`, `an 1800 rating`: a number between an article and a noun describes the noun.
        if tokens[start - 1].lowerIs(oneOf: ["a", "an"]), phrase.value != 1, phrase.maxValue == nil {
            guard isCompoundNoun(at: end, in: sentence) else { return .unknown }
            var head = end
            while head - end < 2, isCompoundNoun(at: head + 1, in: sentence) { head += 1 }
            return .named(Self.singular(tokens[head].lower), end: head + 1)
        }
        // `a max FPS of 147.4`: the unit is named before `of`; `a speed of 90`, `the weekend of 9`: something
        // measured or a day, unnamed (but `the fate of some 200`, `a field of 20` count what was counted before).
        guard start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs("of"), tokens[start - 2].isWord else {
            return nil
        }
        let named = tokens[start - 2]
        if named.isAllCaps, named.text.utf8.count >= 2, !NumberWords.startsNumeral(named) {
            return .named(named.lower, end: end)
        }
        // `a population of 70,000`: people, whoever was counted before.
        if named.lower == "population" { return .named("person", end: end) }
        return FigureLexicon.measuredNouns.contains(lowerOf: named) ? .unknown : nil
    }
}
