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

    /// Whether the count's noun, ending at `nounEnd`, is followed by `came under` (after `have`, `had`) and,
    /// within two modifiers (`heavy`, `rocket`), a noun of bombardment: `three villages came under fire`,
    /// `two towns have come under heavy rocket fire`.
    func cameUnderFire(nounEnd: Int, sentence: Range<Int>) -> Bool {
        var k = nounEnd
        if k < sentence.upperBound, tokens[k].lowerIs(oneOf: ["have", "has", "had"]) { k += 1 }
        guard k + 2 < sentence.upperBound, Self.formsOfCome.contains(lowerOf: tokens[k]), tokens[k + 1].lowerIs("under")
        else { return false }
        k += 2
        let end = min(sentence.upperBound, k + 3)
        while k < end, tokens[k].isWord {
            if Self.bombardmentsComeUnder.contains(lowerOf: tokens[k]) { return true }
            k += 1
        }
        return false
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
