/// A spelled-out `one` counts something the archive asks about only in a sentence about harm, strikes or
/// another event: `one child was killed`, `one rocket fell short`. Elsewhere it is a way of speaking
/// (`one of his editors`, `stuck to one genre`, `if there is one lesson`), not a count — but one of a body's
/// own things is (`shut one of its plants`).
extension FigureParagraphReader {
    /// Whether a `one` with no event and no counted whole stands in a sentence that names no event, harm,
    /// cause or attack (a count added to others, `one more rate hike`, stays).
    func isLoneOneOutsideEvents(_ phrase: NumberPhrase, _ counted: CountedThing, event: String?, sentence: Range<Int>)
        -> Bool
    {
        guard phrase.isSpelledOut, phrase.value == 1, phrase.maxValue == nil, counted.kind == .count, event == nil,
            counted.of == nil
        else { return false }
        if let unit = counted.unit,
            FigureVocabulary.weaponUnits.contains(unit) || FigureLexicon.eventUnits[unit] != nil
                || ["body", "corpse", "victim", "casualty"].contains(unit)
        {
            return false
        }
        let next = phrase.tokens.upperBound
        if next < sentence.upperBound, tokens[next].lowerIs(oneOf: ["more", "other", "further", "additional", "extra"])
        {
            return false
        }
        // `closed one of its plants`: one of a body's own things, counted (not a person's: `one of her
        // publishers`, `one of their sons` name someone).
        if counted.isPartitive, counted.unit != nil, next + 1 < sentence.upperBound, tokens[next].lowerIs("of"),
            tokens[next + 1].lowerIs("its")
        {
            return false
        }
        return !sentence.contains { index in
            let token = tokens[index]
            guard token.isWord else { return false }
            let word = token.lower
            return FigureVocabulary.eventWords[word] != nil || FigureLexicon.casualtyWords.contains(word)
                || FigureLexicon.causes.contains(word) || FigureLexicon.attackNouns.contains(word)
        }
    }

    /// `One video showed the bodies of …`, `One photo shows a burning car`: a single record and what it
    /// shows, told as a way of pointing to it, not a count (and the harm it shows is not its own).
    func isOneRecordShowing(_ phrase: NumberPhrase, _ counted: CountedThing, sentence: Range<Int>) -> Bool {
        guard phrase.isSpelledOut, phrase.value == 1, let unit = counted.unit, Self.recordNouns.contains(unit),
            counted.end < sentence.upperBound
        else { return false }
        return Self.showingVerbs.contains(lowerOf: tokens[counted.end])
    }

    /// Records that show what happened: `video`, `photo`, `footage`.
    static let recordNouns: WordSet = [
        "video", "photo", "photograph", "picture", "image", "clip", "footage", "recording", "film",
    ]

    /// Verbs by which a record shows something.
    static let showingVerbs: WordSet = [
        "showed", "shows", "showing", "shown", "depicted", "depicts", "captured", "captures", "appeared", "appears",
    ]
}
