/// `the town of Kelvar, about 40 km east of Marlow`, `Dornholm some 100 km (60 miles) away`, `a camp located
/// 30 miles from the border`: a distance that says where a place lies describes the place. It is no figure of
/// the incident the clause reports, so the source the clause names for that incident (`…, the Tarn
/// Observatory said`) is not its source. (A quotation's speaker still says it: see
/// ``FigureExtractor/attribute(_:toSpeakersOf:)``.)
extension FigureParagraphReader {
    /// Whether the distance `figure` of `phrase` locates the place named right before it: a place, a place
    /// noun (`the village`), a capitalised name or `located`/`lies` stands before it (past one comma), and
    /// `from`, `away` or a compass point with `of`/`from` after it (past a conversion in brackets,
    /// `40 km (25 miles) east of`). A conversion in brackets right after such a distance
    /// (`locatorEnd`, the token after the distance's words) locates the place too.
    func locatesAPlace(_ figure: Figure, phrase: NumberPhrase, sentence: Range<Int>, locatorEnd: Int?) -> Bool {
        guard figure.kind == .distance else { return false }
        var k = figure.tokenEnd(in: paragraph)
        let start = phrase.tokens.lowerBound
        if let locatorEnd, start == locatorEnd + 1, tokens[locatorEnd].isPunctuation("("),
            k < sentence.upperBound, tokens[k].isPunctuation(")")
        {
            return true
        }
        // (`40 km (25 miles) east of`: past the conversion after it.)
        if k < sentence.upperBound, tokens[k].isPunctuation("(") {
            var close = k + 1
            while close < sentence.upperBound, close - k <= Self.conversionReach, !tokens[close].isPunctuation(")") {
                close += 1
            }
            guard close < sentence.upperBound, tokens[close].isPunctuation(")") else { return false }
            k = close + 1
        }
        guard k < sentence.upperBound else { return false }
        let after = tokens[k].lower
        let pointsAway =
            after == "from" || after == "away"
            || FigureLexicon.compassDirections.contains(after) && k + 1 < sentence.upperBound
                && tokens[k + 1].lowerIs(oneOf: ["of", "from"])
        guard pointsAway, start > sentence.lowerBound else { return false }
        var before = start - 1
        if tokens[before].isPunctuation(","), before > sentence.lowerBound { before -= 1 }
        let token = tokens[before]
        guard token.isWord else { return false }
        return placeTokens.contains(before) || token.isCapitalized && before > sentence.lowerBound
            || FigureLexicon.placeNouns.contains(Self.singular(token.lower))
            || Self.verbsOfLying.contains(lowerOf: token)
    }

    /// How many tokens a conversion in brackets after a distance may take: `(25 miles)`, `(barely a mile)`.
    static let conversionReach = 6

    /// Verbs that put a place at a distance: `located 30 km from`, `which lies 40 miles east of`.
    static let verbsOfLying: WordSet = [
        "located", "lies", "lie", "lying", "situated", "sits", "sitting", "stands", "standing",
    ]
}
