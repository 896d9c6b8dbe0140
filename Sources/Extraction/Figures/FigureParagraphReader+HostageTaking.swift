/// Hostages taken are people kidnapped: `gunmen took 30 hostages`, `120 hostages have been taken`, `25
/// workers were taken hostage`, `seized 12 captives`. `taken` alone says nothing of the kind (`taken to
/// hospital`): only with a noun of captivity as the counted noun or right after the verb.
extension FigureParagraphReader {
    /// Counted nouns of people held by their captors.
    static let hostageUnits: WordSet = ["hostage", "captive"]

    /// Verbs by which hostages are taken: `took`, `seized`, `snatched`.
    static let hostageTakingVerbs: WordSet = [
        "took", "take", "takes", "taking", "taken", "seized", "seize", "seizes", "seizing", "snatched", "grabbed",
    ]

    /// Words that describe hostages as no longer held: `the 20 freed hostages`.
    static let wordsOfFreedCaptives: WordSet = ["freed", "released", "rescued", "liberated", "former"]

    /// Words after `taken` that say where people were moved: `taken to hospital`, `taken into care`.
    static let wordsOfAMove: WordSet = ["to", "into", "away", "back", "home"]

    /// Words between a count's noun and its participle in a passive: `have been taken`, `were reportedly seized`.
    static let passiveAuxiliaries: WordSet = [
        "have", "has", "had", "been", "were", "was", "are", "is", "being", "reportedly", "also", "allegedly",
    ]

    /// `kidnapped` when the count is of hostages and a verb of taking stands before it (`took 30 hostages`,
    /// over `at least`, `another`) or after its noun (`have been taken`, `seized by the gang` with no verb of
    /// the count's own after it); or when people are `taken hostage` (`25 workers were taken hostage`, `took
    /// 12 villagers captive`). Else nil.
    func hostageTaking(_ phrase: NumberPhrase, unit: String?, nounEnd: Int, sentence: Range<Int>) -> String? {
        guard let unit else { return nil }
        var j = phrase.tokens.lowerBound - 1
        while j > sentence.lowerBound, FigureLexicon.wordsBeforeCount.contains(lowerOf: tokens[j]) { j -= 1 }
        let takenBefore = j >= sentence.lowerBound && Self.hostageTakingVerbs.contains(lowerOf: tokens[j])
        if Self.hostageUnits.contains(unit) {
            // `the 20 freed hostages were taken to hospital`: hostages whose captivity is over.
            let described = max(sentence.lowerBound, phrase.tokens.lowerBound - 1)..<nounEnd
            if described.contains(where: { Self.wordsOfFreedCaptives.contains(lowerOf: tokens[$0]) }) { return nil }
            if takenBefore { return "kidnapped" }
            var k = nounEnd
            while k < sentence.upperBound, k - nounEnd < 3, Self.passiveAuxiliaries.contains(lowerOf: tokens[k]) {
                k += 1
            }
            guard k < sentence.upperBound, Self.hostageTakingVerbs.contains(lowerOf: tokens[k]),
                tokens[k].lower.hasSuffix("en") || tokens[k].lower.hasSuffix("ed")
            else { return nil }
            // `hostages were taken to hospital`, `taken away by ambulance`: a move to a place, not a taking.
            if k + 1 < sentence.upperBound, Self.wordsOfAMove.contains(lowerOf: tokens[k + 1]) { return nil }
            // (`the 90 hostages seized last month have been killed`: the count's own verb after the clause.)
            if k == nounEnd, hasFiniteVerb(after: k + 1, sentence: sentence) { return nil }
            return "kidnapped"
        }
        guard Self.countsPeople(unit) else { return nil }
        // `took 12 villagers hostage`.
        if takenBefore, nounEnd < sentence.upperBound, Self.hostageUnits.contains(lowerOf: tokens[nounEnd]) {
            return "kidnapped"
        }
        // `25 workers were taken hostage`.
        var k = nounEnd
        while k < sentence.upperBound, k - nounEnd < 3, Self.passiveAuxiliaries.contains(lowerOf: tokens[k]) { k += 1 }
        guard k > nounEnd, k + 1 < sentence.upperBound, Self.hostageTakingVerbs.contains(lowerOf: tokens[k]),
            Self.hostageUnits.contains(lowerOf: tokens[k + 1])
        else { return nil }
        return "kidnapped"
    }

    /// Whether a form of `be` or `have` stands after `start` in the same clause, within twelve words (no
    /// punctuation between): the finite verb a participle clause leads to.
    func hasFiniteVerb(after start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        while k < sentence.upperBound, k - start < 12, tokens[k].isWord {
            if EnglishLexicon.beForms.contains(lowerOf: tokens[k]) || tokens[k].lowerIs(oneOf: ["have", "has", "had"]) {
                return true
            }
            k += 1
        }
        return false
    }
}
