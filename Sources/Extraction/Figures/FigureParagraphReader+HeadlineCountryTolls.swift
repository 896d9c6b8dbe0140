/// `Vessa tribal violence kills 12 herders`, `Kelvar border clashes leave 9 dead`: a headline opening on a
/// country, then the strife that struck it (not an attack, which the country may have made: `US raid kills
/// 12`), then the verb of its toll, puts the count in that country.
extension FigureParagraphReader {
    /// Whether `mention` is a country opening the headline's clause, followed only by modifiers and a strife
    /// noun (``FigureLexicon/conflictNouns``, `clashes`, `unrest`) and a verb of a toll right before the figure.
    func opensHeadlineBeforeItsToll(
        _ mention: EntityExtractor.MentionReference, clause: Range<Int>, figureStart: Int
    ) -> Bool {
        guard paragraph.kind == .headline, mention.tokens.lowerBound == clause.lowerBound, isCountry(mention),
            figureStart - mention.tokens.upperBound >= 2, figureStart - mention.tokens.upperBound <= 6
        else { return false }
        let verb = figureStart - 1
        let noun = verb - 1
        guard Self.headlineTollVerbs.contains(lowerOf: tokens[verb]),
            FigureLexicon.conflictNouns.contains(lowerOf: tokens[noun]) || Self.strifeNouns.contains(lowerOf: tokens[noun])
        else { return false }
        return (mention.tokens.upperBound..<noun).allSatisfy { isModifierGap(tokens[$0]) }
    }

    /// Present verbs by which a headline gives a toll: `kills 12`, `leaves 9 dead`.
    static let headlineTollVerbs: WordSet = ["kills", "kill", "leaves", "leave", "claims", "claim"]

    /// Strife that befalls a country, besides its conflicts: `clashes`, `unrest`.
    static let strifeNouns: WordSet = ["clashes", "unrest", "riots", "bloodshed", "infighting", "feuding"]
}
