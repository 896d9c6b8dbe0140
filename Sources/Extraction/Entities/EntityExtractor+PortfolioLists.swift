/// A ministry or department named for several portfolios listed with commas is one body: `Ministry of Trade,
/// Industry and Energy`, `Department for Culture, Media and Sport`, not a ministry of the first portfolio
/// and two more names.
extension EntityExtractor {
    /// Heads of bodies named for their portfolios (`Ministry of …`, `Department for …`). Not the office holders'
    /// titles (`Secretary of State for Culture, Media and Sport` is a role, and its portfolios are no person).
    static let portfolioBodyHeads: WordSet = ["Ministry", "Department"]

    /// The most words a list of portfolios holds after the first.
    static let portfolioListLength = 4

    /// Where the list of portfolios going on at the comma `k` ends: after a run `start..<k` ending in a body's
    /// head, `of` or `for` and one portfolio (`Ministry of Trade`), then one-word portfolios joined by commas
    /// and a last `and` (`, Industry and Energy`), with no capitalised word after the last. Nil otherwise.
    func portfolioListEnd(
        at k: Int, from start: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, limit: Int,
        isBlocked: (Int) -> Bool
    ) -> Int? {
        let tokens = paragraph.tokens
        guard k - 3 >= start, tokens[k].isPunctuation(","), ["of", "for"].contains(tokens[k - 2].text),
            isPortfolioWord(k - 1, in: paragraph)
        else { return nil }
        guard Self.portfolioBodyHeads.contains(tokens[k - 3].text) else { return nil }
        var j = k
        for _ in 0..<Self.portfolioListLength {
            var last = false
            if j < limit, tokens[j].isPunctuation(",") { j += 1 }
            if j < limit, tokens[j].text == "and" { j += 1; last = true }
            guard j < limit, !isBlocked(j), isPortfolioWord(j, in: paragraph) else { return nil }
            j += 1
            if last { return j < limit && tokens[j].isWord && tokens[j].isCapitalized ? nil : j }
            guard j < limit, tokens[j].isPunctuation(",") || tokens[j].text == "and" else { return nil }
        }
        return nil
    }

    /// A portfolio's one word: capitalised, no name the lexicon knows, no place (unless a word of the language
    /// too: `Energy`), no one's given name and no title: `Trade`, `Fisheries`, `Sport`.
    private func isPortfolioWord(_ k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let token = paragraph.tokens[k]
        return token.isWord && token.isCapitalized && !token.isAllCaps && !isGivenName(token) && !isTitle(token)
            && (isCommonWord(token) || gazetteer.place(named: token.text) == nil)
            && knownSpan(at: k, limit: k + 1, in: paragraph) == nil
    }
}
