/// Rates and scales of measure: `90 miles per gallon`, `60 frames per second`, `70 miles an hour` count one thing
/// for each of another, and their unit names both (`mile per gallon`); `100 degrees Fahrenheit` names its scale.
extension FigureParagraphReader {
    /// The unit of a rate or a temperature whose counted noun `unit` ends at `end`, and where its words end; nil
    /// when the noun counts things on its own.
    func measureUnit(extending unit: String, at end: Int, sentence: Range<Int>) -> (unit: String, end: Int)? {
        guard end < sentence.upperBound else { return nil }
        if unit == "degree", let scale = FigureLexicon.temperatureScales[tokens[end].lower],
            tokens[end].isCapitalized
        {
            return ("degree \(scale)", end + 1)
        }
        // (People and lives counted over a stretch stay people — `saves 60 lives a year` — and money stays money:
        // `$300 a year`.)
        guard end + 1 < sentence.upperBound, !FigureLexicon.peopleUnits.contains(unit), unit != "life",
            NumberWords.currencyWords[unit] == nil, NumberWords.currencyWords[unit + "s"] == nil
        else { return nil }
        let noun = tokens[end + 1]
        let word = noun.lower
        // (A measure word is taken for a plural by `isPluralNoun`; `per second` is singular all the same.)
        guard noun.isWord, !noun.isCapitalized, !isPluralNoun(noun) || FigureLexicon.measureKinds[word] != nil,
            !word.hasSuffix("s") || word.hasSuffix("ss"), NumberWords.wordValue(word) == nil
        else { return nil }
        switch tokens[end].lower {
        case "per":
            // (`per cent` is a percent; `per the agreement` is no rate.)
            guard word != "cent", !FigureLexicon.phraseBreakers.contains(word),
                EnglishWords.bundled.partOfSpeech(of: word) == .noun || FigureLexicon.measureKinds[word] != nil
            else { return nil }
        case "a", "an":
            // `70 miles an hour`: only a stretch of time, and not one that a word placing it in time follows
            // (`40 strikes a day before the truce`, `two weeks a year ago`).
            guard FigureLexicon.measureKinds[word] == .duration else { return nil }
            if end + 2 < sentence.upperBound, Self.stretchPlacers.contains(lowerOf: tokens[end + 2]) { return nil }
        default:
            return nil
        }
        return ("\(unit) per \(word)", end + 2)
    }

    /// Words after `a day`, `a week` that place the stretch in time rather than make a rate of it.
    static let stretchPlacers: WordSet = [
        "ago", "later", "earlier", "before", "after", "since", "following", "into", "until",
    ]
}
