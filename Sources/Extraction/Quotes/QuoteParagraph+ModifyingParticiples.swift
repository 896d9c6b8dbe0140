// A participle that modifies the noun after it, not the verb of the name before it.

extension QuoteParagraph {
    /// Whether the `-ed` word at `n` modifies the noun after it rather than being the verb of the name before
    /// it (`The Nato led coalition has rejected …`, `The Kelvan trained medics have left`): a lowercase word
    /// that opens no object follows (no determiner, pronoun or preposition: not `rejected the claims`), and
    /// the participle is one of leading, backing or control, or a verb of the noun's own comes after the noun.
    func modifiesNounAfter(_ n: Int, before limit: Int) -> Bool {
        let noun = n + 1
        guard noun < limit, tokens[noun].isWord, !tokens[noun].isCapitalized,
            !QuoteLexicon.objectOpeners.contains(lowerOf: tokens[noun])
        else { return false }
        if QuoteLexicon.modifyingParticiples.contains(lowerOf: tokens[n]) { return true }
        let verb = noun + 1
        guard verb < limit, tokens[verb].isWord else { return false }
        let word = tokens[verb].lower
        return verbs[verb] == .finite || EnglishLexicon.auxiliaries.contains(word)
            || EnglishLexicon.beForms.contains(word)
    }
}

extension QuoteLexicon {
    /// Participles that, spaced like their hyphenated forms (`Nato-led`, `Kelvan-backed`), modify the noun
    /// after a name rather than say what the name did: `the Nato led coalition`, `the Kelvan backed militia`.
    static let modifyingParticiples: WordSet = [
        "led", "backed", "controlled", "based", "funded", "owned", "allied", "sponsored", "affiliated",
        "aligned", "linked", "dominated",
    ]

    /// Words that open a verb's object or complement rather than a noun a participle modifies: determiners,
    /// pronouns, prepositions, conjunctions.
    static let objectOpeners: WordSet = QuoteLexicon.definite.union(QuoteLexicon.indefinite)
        .union(QuoteLexicon.rolePrepositions).union(QuoteLexicon.clauseBoundaries)
        .union(["him", "them", "us", "it", "itself", "themselves", "into", "up", "out", "down", "off"])
}
