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
        if counted.isPartitive, counted.unit != nil, isOneOfItsOwn(phrase, sentence: sentence) { return false }
        if isOneThatExists(phrase, counted, sentence: sentence) { return false }
        return !sentence.contains { index in
            let token = tokens[index]
            guard token.isWord else { return false }
            let word = token.lower
            // (`he launched into one of his long tales`: to launch into something is to begin it.)
            if word.hasPrefix("launch"), index + 1 < sentence.upperBound, tokens[index + 1].lowerIs("into") {
                return false
            }
            return FigureVocabulary.eventWords[word] != nil || FigureLexicon.casualtyWords.contains(word)
                || FigureLexicon.causes.contains(word) || FigureLexicon.attackNouns.contains(word)
        }
    }

    /// `There will be one exhibition`, `there was one survivor`, `the panels together form one giant screen`: a
    /// thing the sentence says there is one of, or one that others make up, is counted (not one of a way of
    /// speaking: `if there is one lesson`, `there is one thing`, nouns of ``abstractOnes``).
    func isOneThatExists(_ phrase: NumberPhrase, _ counted: CountedThing, sentence: Range<Int>) -> Bool {
        let start = phrase.tokens.lowerBound
        guard let unit = counted.unit, !Self.abstractOnes.contains(unit), start - 1 > sentence.lowerBound else {
            return false
        }
        let before = tokens[start - 1]
        if before.lowerIs(oneOf: ["form", "forms", "formed", "forming"]) { return true }
        // `there is one`, `there will be one` (not after `if`, `whether`: a supposition).
        var k = start - 1
        guard EnglishLexicon.beForms.contains(lowerOf: tokens[k]) else { return false }
        if tokens[k].lowerIs(oneOf: ["be", "been"]), k - 1 > sentence.lowerBound,
            EnglishLexicon.auxiliaries.contains(lowerOf: tokens[k - 1])
        {
            k -= 1  // `there will be one`, `there has been one`
        }
        guard k - 1 >= sentence.lowerBound, tokens[k - 1].lowerIs("there") else { return false }
        return k - 2 < sentence.lowerBound || !tokens[k - 2].lowerIs(oneOf: ["if", "whether", "unless"])
    }

    /// Nouns that a `there is one …` speaks of as a way of speaking, not a thing counted.
    static let abstractOnes: WordSet = [
        "thing", "way", "reason", "problem", "question", "lesson", "answer", "difference", "exception", "issue",
        "word", "chance", "hope", "explanation", "thought", "idea", "catch", "condition", "caveat", "snag",
        "option", "solution", "rule", "aspect", "factor", "area", "other",
    ]

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

    /// `one of its plants`: a `one` picked out of a body's own things (`of its` right after it), which counts
    /// something of its own.
    func isOneOfItsOwn(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        let next = phrase.tokens.upperBound
        return next + 1 < sentence.upperBound && tokens[next].lowerIs("of") && tokens[next + 1].lowerIs("its")
    }
}
