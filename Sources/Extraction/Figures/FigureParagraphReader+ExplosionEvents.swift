/// `three explosions rocked Vessa`, `a series of four blasts shook the port`, `nine were killed in two
/// explosions`, `two blasts killed 11`: explosions counted went off where the clause says, and they hit it,
/// as a weapon that comes down does (`rockets killed 3` is hit). Explosions only heard (`five explosions
/// were heard`) or named with no verb of their own keep no event.
extension FigureParagraphReader {
    /// Counted nouns that are explosions gone off (a weapon's own noun, `bomb`, is a weapon unit).
    static let explosionUnits: WordSet = ["explosion", "blast", "bombing", "detonation"]

    /// Verbs after a count of explosions by which they struck a place: `rocked`, `shook`, `tore through`.
    static let shakingVerbs: WordSet = [
        "rocked", "rock", "rocks", "rocking", "shook", "shake", "shakes", "shaking", "jolted", "jolt", "jolts",
        "ripped", "rip", "rips", "tore", "tear", "tears",
    ]

    /// Nouns of a run of explosions before `of` and the count: `a series of four blasts`, `a wave of blasts`.
    static let runsOfExplosions: WordSet = ["series", "wave", "string", "spate", "succession", "volley"]

    /// `hit` when a verb of shaking follows the explosions within four words (`which rocked`, `shook`), or a
    /// harm the explosions did stands right before them (`killed in two explosions`, `wounded by a series of
    /// three blasts`); else nil.
    func explosionEvent(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> String? {
        var after = nounEnd
        while after < sentence.upperBound, after < nounEnd + 4, tokens[after].isWord {
            if Self.shakingVerbs.contains(lowerOf: tokens[after]) { return "hit" }
            after += 1
        }
        var j = phrase.tokens.lowerBound - 1
        while j > sentence.lowerBound, FigureLexicon.wordsBeforeCount.contains(lowerOf: tokens[j]) { j -= 1 }
        // (`a series of four blasts`: over the run and its article.)
        if j - 1 > sentence.lowerBound, tokens[j].lowerIs("of"),
            Self.runsOfExplosions.contains(lowerOf: tokens[j - 1])
        {
            j -= 2
            if tokens[j].lowerIs(oneOf: ["a", "the"]) { j -= 1 }
        }
        guard j > sentence.lowerBound, tokens[j].lowerIs(oneOf: ["in", "by"]), tokens[j - 1].isWord,
            let harm = FigureVocabulary.eventWords[tokens[j - 1].lower], Self.harmsOfAPair.contains(harm)
        else { return nil }
        return "hit"
    }
}
