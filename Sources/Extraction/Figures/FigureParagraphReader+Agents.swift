/// Who did a deed to a count: the subject of an active casualty verb with a count as its object.
extension FigureParagraphReader {
    /// `three suicide bombers killed at least two people`, `Two gunmen shot dead five guards`, `3 attackers
    /// have wounded 12`: the count whose noun ends at `nounEnd` did the killing, so it is not a casualty of
    /// that verb. (Not `6 civilians killed 35 injured`, a headline listing two counts, each with its own
    /// participle; not `5 people were killed`; the caller also leaves out a count that is itself the object
    /// of a verb before it: `kill 10 civilians injure 16`, `has killed two patients injured eight others`.)
    func doesCasualtyVerbToACount(nounEnd: Int, sentence: Range<Int>) -> Bool {
        var k = nounEnd
        // `have killed`, `also killed`, `reportedly shot dead`.
        while k < sentence.upperBound, k - nounEnd < 2,
            tokens[k].lowerIs(oneOf: ["have", "has", "had", "also", "reportedly", "then", "later"])
        {
            k += 1
        }
        guard k < sentence.upperBound, tokens[k].isWord, Self.activeCasualtyVerbs.contains(lowerOf: tokens[k]) else {
            return false
        }
        k += 1
        // `shot dead`, `gunned down`.
        if k < sentence.upperBound, tokens[k].lowerIs(oneOf: ["dead", "down"]) { k += 1 }
        guard opensACount(at: k, in: sentence) else { return false }
        // The object count: its numeral, then up to two words of its noun; a participle there makes it a
        // count with an event of its own (`35 injured`, `35 people injured`).
        var numeral = k
        while numeral < sentence.upperBound, numeral - k < 3,
            !(tokens[numeral].isNumber || NumberWords.wordValue(tokens[numeral].lower) != nil)
        {
            numeral += 1
        }
        let after = (numeral + 1)..<min(numeral + 3, sentence.upperBound)
        return !after.contains { FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[$0]) }
    }

    /// Whether the count does the harm to an object named with no number: `10 budget decisions killing
    /// rural schools`, `gunmen fired on 20 worshippers killing the imam`: a verb of harm that only the
    /// active voice has right after the counted noun, then its object (a determiner, or a word that is no
    /// function word, number or event: not `killing in Tarvos`).
    func doesCasualtyVerbToAnObject(nounEnd: Int, sentence: Range<Int>) -> Bool {
        let k = nounEnd
        guard k + 1 < sentence.upperBound, Self.activeOnlyCasualtyVerbs.contains(lowerOf: tokens[k]) else {
            return false
        }
        let object = tokens[k + 1]
        guard object.isWord, !NumberWords.startsNumeral(object), FigureVocabulary.eventWords[object.lower] == nil
        else { return false }
        return Self.objectDeterminers.contains(lowerOf: object)
            || !FigureLexicon.phraseBreakers.contains(lowerOf: object) && !FigureLexicon.clauseLinks.contains(lowerOf: object)
    }

    /// Forms of harm verbs that are never passive: `killing`, `kills`.
    static let activeOnlyCasualtyVerbs: WordSet = ["killing", "kills", "injuring", "injures", "wounding"]
    /// Words that open an object's noun phrase: `killing the imam`, `killing their leader`.
    static let objectDeterminers: WordSet = determiners.union(["our", "this", "that"])

    /// Verbs of harm in the active voice that take the victims as their object.
    static let activeCasualtyVerbs: WordSet = [
        "killed", "kill", "kills", "wounded", "wound", "wounds", "injured", "injure", "injures", "shot", "gunned",
        "massacred", "executed", "beheaded",
    ]
}
