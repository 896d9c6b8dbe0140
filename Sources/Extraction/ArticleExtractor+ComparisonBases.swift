/// `Revenue was $10bn, down from $9bn in 2003`, `36% of users do so, up from 7% in 2003`, `profits fell to
/// 785m euros from 2.4bn euros in 2003`, `… compared with 474,000 in 1973`: the date right after a
/// comparison's other number dates that number, the base the figure is measured against, not the figure
/// before it. The figure takes another date of its sentence (`For 2004, GM earned …`) or none.
extension ArticleExtractor {
    /// Whether `mention` stands in a comparison's base (`up from <number> … in <date>`, `compared with
    /// <number> … in <date>`) that opens after the figure ends.
    static func datesAComparisonBase(
        _ mention: DateMention, after figure: TextSpan, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        let at = firstToken(endingAfter: mention.span.start, in: tokens)
        guard at < tokens.count else { return false }
        // (The date pass may or may not take `in` into the mention.)
        let link = baseDateLinks.contains(lowerOf: tokens[at]) ? at : at - 1
        guard link >= 1, baseDateLinks.contains(lowerOf: tokens[link]) else { return false }
        var k = link - 1
        // Back over the base's number and its unit (`$9bn`, `7%`, `474,000 bpd`, `2.4bn euros`).
        var sawNumber = false
        let floor = max(0, k - comparisonBaseReach)
        while k > floor, !isComparisonWord(at: k, in: tokens) {
            let token = tokens[k]
            if token.isNumber || NumberWords.wordValue(token.lower) != nil {
                sawNumber = true
            } else if !(token.isWord && !token.isCapitalized),
                !currencyOrPercentMarks.contains(where: { token.isPunctuation($0) })
            {
                return false
            }
            k -= 1
        }
        guard sawNumber, isComparisonWord(at: k, in: tokens), figure.end <= tokens[k].start else { return false }
        // (`from` alone may say where from: `11 titles from 11 finals during 2004`. A change says it is a base:
        // `down from`, `fell to 785m euros from …`, `a change from the loss of …`.)
        guard tokens[k].lowerIs("from") else { return true }
        let own = firstToken(endingAfter: figure.start, in: tokens)
        if own > 0, changeWords.contains(lowerOf: tokens[own - 1]) { return true }
        let after = firstToken(endingAfter: figure.end, in: tokens)
        return (max(after, k - comparisonBaseReach)..<k).contains { changeWords.contains(lowerOf: tokens[$0]) }
    }

    /// Words of a change that make `from` open its base: `up from`, `fell to 5 from 9`, `a rise from`.
    static let changeWords: WordSet = [
        "up", "down", "to", "change", "rise", "rose", "risen", "fall", "fell", "fallen", "increase", "increased",
        "decrease", "decreased", "jump", "jumped", "climbed", "dropped", "declined", "drop", "decline", "higher",
        "lower", "compared",
    ]

    /// How many tokens a comparison's base may hold between its opening word and its date.
    static let comparisonBaseReach = 6

    /// The words before a base's date: `in 2003`, `during 2003`.
    static let baseDateLinks: WordSet = ["in", "during"]

    /// Marks a base's number may carry: `$9bn`, `7%`.
    static let currencyOrPercentMarks: [Character] = ["$", "£", "€", "%"]

    /// `from` (`up from`, `fell to 5 from 9`) and `with` after `compared` (not `than`: `more than 10%` is
    /// a number's own bound).
    static func isComparisonWord(at k: Int, in tokens: [Token]) -> Bool {
        if tokens[k].lowerIs("from") { return true }
        return tokens[k].lowerIs("with") && k > 0 && tokens[k - 1].lowerIs(oneOf: ["compared", "comparison"])
    }
}
