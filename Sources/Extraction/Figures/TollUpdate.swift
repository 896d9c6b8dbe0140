/// `the death toll rose to 32`, `the toll has since climbed to 40`, `raising the number of dead to 45`: a number
/// a toll is brought to, which counts the dead and is the current toll of an incident told of before. One
/// reading for the event pass (the number's event) and the replaced-toll pass (the earlier toll it replaces).
enum TollUpdate {
    /// The token of the toll's noun (`toll`, `tally`, the `dead` of `the number of dead`) when the number whose
    /// first token is `number` is what a toll rose to: `to` right before it, and before that either a verb of
    /// rising after the toll (`toll has since climbed to`) or the toll after a verb of raising (`raising the
    /// number of dead to`).
    static func tollNoun(beforeNumberAt number: Int, tokens: [Token], sentence: Range<Int>) -> Int? {
        let to = number - 1
        guard to - 2 >= sentence.lowerBound, tokens[to].lower == "to" else { return nil }
        if risingVerbs.contains(tokens[to - 1].lower) {
            var k = to - 2
            while k > sentence.lowerBound, to - k <= 4, wordsBeforeRising.contains(tokens[k].lower) { k -= 1 }
            return tollNouns.contains(tokens[k].lower) ? k : nil
        }
        // (`raising the death toll to`, `bringing the number of dead to`: at most five words of the toll.)
        var k = to - 1, noun: Int?
        while k > sentence.lowerBound, to - k <= 5, tollWords.contains(tokens[k].lower) {
            if noun == nil, tollNouns.contains(tokens[k].lower) || deadNouns.contains(tokens[k].lower) { noun = k }
            k -= 1
        }
        guard let noun, raisingVerbs.contains(tokens[k].lower) else { return nil }
        // (`the number of dead`, not `the dead`: a bare `dead` is no toll.)
        return tollNouns.contains(tokens[noun].lower) || tokens[k + 1..<noun].contains { $0.lower == "number" }
            ? noun : nil
    }

    /// A toll's nouns.
    static let tollNouns: WordSet = ["toll", "tally"]
    /// What `the number of` a toll counts: `the number of dead`, `of deaths`, `of people killed`.
    static let deadNouns: WordSet = ["dead", "deaths", "killed", "fatalities"]
    /// The words of a toll after a verb of raising: `the death toll`, `the number of people killed`.
    static let tollWords: WordSet = tollNouns.union(deadNouns).union([
        "the", "death", "casualty", "number", "of", "people", "overall", "total",
    ])
    /// Verbs of a toll rising: `rose to`, `has climbed to`.
    static let risingVerbs: WordSet = [
        "rose", "risen", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "jumps", "increased",
        "increases", "soared", "mounted", "grew", "grown",
    ]
    /// Words between a toll and its verb of rising: `has since`, `had now`, `later`.
    static let wordsBeforeRising: WordSet = ["has", "had", "have", "since", "now", "further", "also", "later", "then"]
    /// Verbs that raise a toll: `raising the toll to`, `bringing the number of dead to`.
    static let raisingVerbs: WordSet = [
        "raising", "raised", "raises", "bringing", "brought", "brings", "taking", "took", "takes", "pushing",
        "pushed", "pushes", "lifting", "lifted",
    ]
}
