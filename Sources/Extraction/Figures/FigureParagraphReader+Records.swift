/// A record written as two bare numbers, `N of M`: `the Hawks have won 7 of 8`, `dropped three of six`. What
/// both count (games, matches) goes unsaid, and it is never the thing counted before in the sentence (`9
/// goals and 4 assists … have won 7 of 8` counts no assists).
extension FigureParagraphReader {
    /// Whether the number phrase, with no noun of its own (ending at `end`), is either side of such a pair:
    /// the N before `of` and a number, or the M after a bare number and `of`.
    func isBareRecord(_ phrase: NumberPhrase, end: Int, sentence: Range<Int>) -> Bool {
        // (`won 7 of 8 games`: the seven are games too, but not the assists counted before either.)
        if end + 1 < sentence.upperBound, tokens[end].lowerIs("of"), NumberWords.startsNumeral(tokens[end + 1]) {
            return true
        }
        let start = phrase.tokens.lowerBound
        guard start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs("of") else { return false }
        return NumberWords.startsNumeral(tokens[start - 2])
    }
}
