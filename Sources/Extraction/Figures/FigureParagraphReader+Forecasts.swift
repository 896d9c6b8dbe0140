/// Counts whose verb only foresees, threatens or risks what it names: `two million children will die by
/// April`, `the fighting could kill thousands`, `300 people are expected to die`, `5,000 migrants risk
/// dying`, `40 more would be killed`, `vowed to kill 20 hostages`. Nothing has happened to them yet, so
/// such a count carries no event (the past stays: `could have died`, `may have been killed` report deaths).
extension FigureParagraphReader {
    /// Whether the event verb right before the count, or else the first after it (participles included,
    /// a simpler reading than ``generalEvent(_:nounEnd:sentence:skipParticiples:verbAfterIsOwn:)``'s), is
    /// foreseen rather than told (a participle on the noun, `the 12 injured could die`, is told; so is `killed
    /// 60 civilians trying to flee`, whose verb before the count is its own). The words are read once for
    /// both (``eventWordsAround(_:nounEnd:sentence:)``).
    func isForeseen(_ around: EventWordsAround, nounEnd: Int, sentence: Range<Int>) -> Bool {
        if around.participle != nil { return false }
        if let before = around.before { return isForeseenVerb(at: before.at, after: sentence.lowerBound) }
        if let after = around.after { return isForeseenVerb(at: after.at, after: nounEnd) }
        return false
    }

    /// Whether the count is a difference, not a toll: `230 fewer serious injuries`, `40 less deaths`, `12 more
    /// deaths than last year` (but `eight more casualties` adds to a toll and stays one).
    func isComparison(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        let after = phrase.tokens.upperBound
        guard after < sentence.upperBound else { return false }
        if tokens[after].lowerIs(oneOf: ["fewer", "less"]) { return true }
        return tokens[after].lowerIs("more") && nounEnd < sentence.upperBound && tokens[nounEnd].lowerIs("than")
    }

    /// Whether the verb at `verb` stands after a modal (`will die`, `could be killed`, `would not survive`),
    /// after `to` of a verb or adjective of expecting or intending (`are expected to die`, `threatened to
    /// kill`), or after a word of risk (`risk dying`, `at risk of being killed`), within the few words back
    /// to `floor`. Not a modal's perfect (`could have died`).
    func isForeseenVerb(at verb: Int, after floor: Int) -> Bool {
        var k = verb - 1
        while k >= floor, verb - k <= 5, tokens[k].isWord {
            let token = tokens[k]
            let word = token.lower
            if token.lowerIs(oneOf: ["have", "has", "had"]) { return false }
            // (Lowercase only: `May`, `Will` are a month and a name.)
            if Self.modals.contains(word), token.text == word { return true }
            if word == "to", k - 1 >= floor {
                return Self.wordsForeseeingTo.contains(lowerOf: tokens[k - 1])
            }
            if Self.wordsOfRisk.contains(word) { return true }
            guard Self.wordsInsideAForeseenVerb.contains(word) || word.hasSuffix("ly") else { return false }
            k -= 1
        }
        return false
    }

    /// When the event word at `verb` stands in a clause of intent on the counted noun (`20 civilians trying to
    /// flee the town were killed`, `11 migrants attempting to flee died`, `pupils waiting to be evacuated were
    /// wounded`), the finite verb after that clause: a casualty word after a form of `be`/`have`, or one in the
    /// past (`died`, not `the injured`, whom the clause names), within a few words. Nil when there is none
    /// (`80 families trying to flee had no shelter` keeps `flee`, which ``isForeseen(_:nounEnd:sentence:)``
    /// then finds foreseen, so the count carries no event).
    func finiteEventAfterIntent(at verb: Int, nounEnd: Int, sentence: Range<Int>) -> (event: String, at: Int)? {
        guard nounEnd + 1 < verb, tokens[nounEnd].isWord, tokens[nounEnd].lower.hasSuffix("ing"),
            FigureVocabulary.eventWords[tokens[nounEnd].lower] == nil, tokens[nounEnd + 1].lowerIs("to")
        else { return nil }
        var k = verb + 1
        while k < sentence.upperBound, k - verb <= 6, tokens[k].isWord {
            let word = tokens[k].lower
            if let event = FigureVocabulary.eventWords[word], FigureVocabulary.casualtyEvents.contains(event),
                word.hasSuffix("ed") && !tokens[k - 1].lowerIs("the")
                    || Self.finiteBeforeParticiple.contains(lowerOf: tokens[k - 1])
            {
                return (event, k)
            }
            if Self.clauseEnders.contains(word) { return nil }
            k += 1
        }
        return nil
    }

    /// Words right before a participle that make it the finite verb: `were killed`, `have died`.
    static let finiteBeforeParticiple: WordSet = ["was", "were", "is", "are", "been", "be", "have", "has", "had"]

    /// Words that open another clause, whose verb is not the count's.
    static let clauseEnders: WordSet = ["and", "but", "who", "which", "that", "when", "while", "after", "as"]

    /// Modals and the future: `will`, `could`, `'ll`.
    static let modals: WordSet = ["will", "would", "could", "may", "might", "shall", "can", "'ll", "wo"]

    /// Words before `to` that make what follows foreseen, intended or threatened: `expected to die`, `set to
    /// be evacuated`, `threatened to kill`.
    static let wordsForeseeingTo: WordSet = [
        "expected", "expect", "expects", "likely", "unlikely", "set", "going", "due", "poised", "bound",
        "threatened", "threaten", "threatens", "threatening", "vowed", "vow", "vows", "pledged", "plans",
        "planned", "planning", "plan", "intends", "intended", "want", "wants", "wanted", "tried", "trying",
        "attempted", "sought", "seek", "seeks",
        // Sent on a mission: `two bombers were assigned to hit the depot`, `jets scrambled to strike the
        // column` (what they were sent for, not what they did).
        "sent", "assigned", "tasked", "dispatched", "deployed", "scrambled", "commissioned",
    ]

    /// Words of a risk before its verb: `risk dying`, `at risk of dying`, `in danger of being killed`.
    static let wordsOfRisk: WordSet = ["risk", "risks", "risking", "danger"]

    /// Words that may stand between a modal and its verb: `will be killed`, `would not die`, `could also
    /// kill`, `at risk of being killed`.
    static let wordsInsideAForeseenVerb: WordSet = [
        "be", "being", "not", "n't", "never", "also", "soon", "still", "even", "then", "all", "of", "at", "in",
        "eventually", "easily", "further",
    ]
}
