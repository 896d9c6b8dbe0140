/// `Dana Holt ( U.S. ) beat …`, `Austin Lyon (Australia)`: two or three words before a country in
/// parentheses are a player and where they come from, though the gazetteer knows each word as a town (it
/// would split the run into two places, as names run together without commas are split). A town does
/// not stand before its country that way beside another town.
extension EntityExtractor {
    /// Whether `range` is two or three capitalised words (not in capitals), the first a common given
    /// name or every word a town, with a country the gazetteer knows alone in the parentheses right after
    /// them.
    func isPlayerBeforeCountry(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let open = range.upperBound
        guard (2...3).contains(range.count), open + 2 < tokens.count, tokens[open].isPunctuation("("),
            isGivenName(tokens[range.lowerBound])
                || range.allSatisfy({ gazetteer.place(named: tokens[$0].text)?.kind == .city }),
            range.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
            gazetteer.place(named: paragraph.text(of: range)) == nil,
            // (`Sydney Harbour (Australia)`, `Jordan Valley (Israel)`: a place's head word ends no player.)
            !EntityLexicon.placeNameHeads.contains(tokens[range.upperBound - 1].text),
            let close = tokens[(open + 1)...].prefix(5).firstIndex(where: { $0.isPunctuation(")") }), close > open + 1,
            ((open + 1)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].isPunctuation(".") })
        else { return false }
        return gazetteer.place(named: paragraph.text(of: (open + 1)..<close)).map(Self.isNationalSide) ?? false
    }
}
