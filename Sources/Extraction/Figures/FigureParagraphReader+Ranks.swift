/// Numbers that rank rather than count: `eight top three hits` (eight hits, each in the top three), `six
/// Vessan top 10 albums`, `a top five hit`, `top six finishes`, `outside the top 10`. The number after `top`
/// names the rank reached; only a plural noun after it, with no count before `top`, makes it a count of the
/// best (`the top 12 films took $90m`, `the top five producers`).
extension FigureParagraphReader {
    /// Nouns of where a side finished: `top six finishes`, `a top-four placing`.
    static let finishNouns: WordSet = ["finish", "finishes", "placing", "placings"]

    /// Words before `top` that make the phrase a noun phrase (`the top 10`, `its top five`), not the verb
    /// (`could top 30,000`).
    static let determinersBeforeTop: WordSet = ["the", "its", "their", "our", "his", "her", "this", "that"]

    /// Whether the phrase is a number right after `top` that ranks: before a noun of finishing, after a count
    /// or `a`, or after `the top` with no plural noun following within its noun phrase.
    func isRankAfterTop(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        guard !phrase.isPercent, phrase.currency == nil, phrase.tokens.lowerBound == phrase.numeralStart else {
            return false
        }
        var top = phrase.numeralStart - 1
        // (`top-10 finish`: a hyphen between.)
        if top > sentence.lowerBound, tokens[top].isPunctuation("-") { top -= 1 }
        guard top >= sentence.lowerBound, tokens[top].lowerIs("top") else { return false }
        let next = phrase.tokens.upperBound
        if next < sentence.upperBound, Self.finishNouns.contains(lowerOf: tokens[next]) { return true }
        // A count, `a` or `another` before `top` (over one capitalised modifier or `more`: `six Vessan top 10
        // albums`, `two more top 20 hits`): the count is of the things, the number after `top` their rank.
        var j = top - 1
        if j > sentence.lowerBound,
            tokens[j].isCapitalized && j - 1 > sentence.lowerBound || tokens[j].lowerIs("more")
        {
            j -= 1
        }
        if j >= sentence.lowerBound, isNumeral(tokens[j]) || tokens[j].lowerIs(oneOf: ["a", "an", "another"]) {
            return true
        }
        // `the top 10 hoax list`, `outside the top 10.`, `the top five includes …`: no plural noun counted.
        guard top - 1 >= sentence.lowerBound, Self.determinersBeforeTop.contains(lowerOf: tokens[top - 1]) else {
            return false
        }
        guard phrase.value > 1 else { return false }
        var k = next
        while k < sentence.upperBound, k < next + 4, tokens[k].isWord, !isNumeral(tokens[k]),
            !Self.wordsEndingARankedPhrase.contains(lowerOf: tokens[k])
        {
            if isPluralNoun(tokens[k]) { return false }
            k += 1
        }
        return true
    }

    /// Words that end the noun phrase after `top 10` (`the top three in the world`, `the top 200 when`).
    static let wordsEndingARankedPhrase: WordSet = [
        "of", "in", "on", "at", "from", "to", "and", "or", "for", "with", "when", "that", "which", "who", "by",
        "than", "more", "is", "are", "was", "were",
    ]
}
