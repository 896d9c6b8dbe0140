/// Places a bombardment was aimed at, in shapes the event finders passed over: `three villages came under
/// fire`, `four towns came under heavy shelling` (not `fired`: the villages fired nothing), `bombed heavily
/// two residential areas` (an adverb after the verb), `shelled the province's last two villages` (an owner
/// and its last few between the verb and the count, the apostrophe written or lost).
extension FigureParagraphReader {
    /// Nouns of a bombardment that a count `came under`: `fire`, `attack`, `shelling`.
    static let bombardmentsComeUnder: WordSet = [
        "fire", "attack", "attacks", "shelling", "bombardment", "bombing", "bombings", "assault", "airstrikes",
        "strikes",
    ]

    /// Forms of `come` that open `came under fire`.
    static let formsOfCome: WordSet = ["came", "come", "comes", "coming"]

    /// Counted nouns (singular, as figures store them) of places, buildings and vehicles a bombardment can
    /// be aimed at: `three villages came under fire`, `two convoys came under attack` (not `three banks came
    /// under fire from MPs`, criticism of a body; nor `schools`, `cities`, which criticism also names).
    static let placesComingUnderFire: WordSet = [
        "village", "town", "hamlet", "settlement", "neighbourhood", "neighborhood", "district", "position", "base",
        "camp", "outpost", "checkpoint", "convoy", "vehicle", "home", "house", "building", "ship", "vessel", "boat",
        "truck", "tank",
    ]

    /// The token after the noun of bombardment when the count's noun, ending at `nounEnd`, is followed by
    /// `came under` (after `have`, `had`) and, within two modifiers (`heavy`, `rocket`), a noun of
    /// bombardment: `three villages came under fire`, `two towns have come under heavy rocket fire`. Else nil.
    func endOfComingUnderFire(nounEnd: Int, sentence: Range<Int>) -> Int? {
        var k = nounEnd
        if k < sentence.upperBound, tokens[k].lowerIs(oneOf: ["have", "has", "had"]) { k += 1 }
        guard k + 2 < sentence.upperBound, Self.formsOfCome.contains(lowerOf: tokens[k]), tokens[k + 1].lowerIs("under")
        else { return nil }
        k += 2
        let end = min(sentence.upperBound, k + 3)
        while k < end, tokens[k].isWord {
            if Self.bombardmentsComeUnder.contains(lowerOf: tokens[k]) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Words after an owner that say which of its things the count is: `the province's last two villages`.
    static let lastOfAnOwner: WordSet = ["last", "remaining", "final"]

    /// Whether a verb of bombardment (``bombardingVerbs``) has the count as its object past words the event
    /// finder stops at: an adverb in -ly right after the verb (`bombed heavily two areas`), or `the`, an owner
    /// (`province's`, `rebels'`, or a word in -s with its apostrophe lost) and `last`/`remaining`/`final`
    /// (`shelled the province's last two villages`).
    func isBombardedPastOwnerOrAdverb(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        var j = phrase.tokens.lowerBound - 1
        guard j > sentence.lowerBound, tokens[j].isWord else { return false }
        if tokens[j].lower.hasSuffix("ly"), tokens[j].lower.count > 3 {
            return Self.bombardingVerbs.contains(lowerOf: tokens[j - 1])
        }
        guard Self.lastOfAnOwner.contains(lowerOf: tokens[j]) else { return false }
        j -= 1
        // The owner's possessive mark, written (`'s`, `'`) or lost (`provinces last`).
        if j > sentence.lowerBound, ["'s", "\u{2019}s", "'", "\u{2019}"].contains(tokens[j].lower) {
            j -= 1
        } else if !(tokens[j].isWord && tokens[j].lower.hasSuffix("s")) {
            return false
        }
        guard j - 2 >= sentence.lowerBound, tokens[j].isWord, tokens[j - 1].lowerIs("the")
        else { return false }
        return Self.bombardingVerbs.contains(lowerOf: tokens[j - 2])
    }
}
