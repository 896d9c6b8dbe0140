/// A name set off from its reporting verb by an aside between dashes: `Ms Roe - keen to calm lenders - had
/// said only 20 firms …`, `Kestrel Power – under pressure from donors – says 40 …`. The capitalised name that
/// opens the clause before the first dash reports (a lowercase noun phrase, `The ministry – … – says`, is not
/// walked back over).
extension SourceTracker {
    /// The capitalised name (at most five words) right before an aside between two spaced dashes that ends
    /// just before the verb at `verb` (or before its auxiliary: `had said`); nil otherwise.
    func nameBeforeDashAside(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var closing = verb - 1
        if closing > sentence.lowerBound, Self.auxiliariesBeforeReport.contains(tokens[closing].lower) { closing -= 1 }
        guard closing > sentence.lowerBound, isSpacedDash(tokens[closing]) else { return nil }
        var opening = closing - 1
        while opening > sentence.lowerBound, closing - opening <= Self.dashAsideReach, !isSpacedDash(tokens[opening]) {
            // (A sentence's own punctuation inside is no aside of a few words.)
            guard tokens[opening].isWord || tokens[opening].isNumber || tokens[opening].isPunctuation(",") else {
                return nil
            }
            opening -= 1
        }
        guard opening > sentence.lowerBound, opening < closing - 1, isSpacedDash(tokens[opening]) else { return nil }
        var start = opening
        while start > sentence.lowerBound, opening - start < 5, tokens[start - 1].isWord,
            tokens[start - 1].isCapitalized, !Self.pronouns.contains(tokens[start - 1].lower)
        {
            start -= 1
        }
        // The name opens the sentence or its clause: nothing but punctuation before it.
        guard start < opening, start == sentence.lowerBound || tokens[start - 1].kind == .punctuation else {
            return nil
        }
        return clean(paragraph.text(of: start..<opening))
    }

    /// A dash standing apart from the words around it: ` - `, ` – `, ` — `.
    func isSpacedDash(_ token: Token) -> Bool {
        ["-", "\u{2013}", "\u{2014}"].contains(token.text) && token.spaceBefore
    }

    /// How many words an aside between dashes may hold.
    static let dashAsideReach = 12

    /// Auxiliaries between an aside and its reporting verb: `- had said`, `- has said`.
    static let auxiliariesBeforeReport: WordSet = ["had", "has", "have", "would", "will"]
}
