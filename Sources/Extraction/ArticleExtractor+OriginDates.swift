/// `Born in 1950 in Marlow, he led 300 men on Sunday`, `the firm, founded in 1990, sold 20 tanks`: the date
/// of a birth or a founding belongs to the clause of origin, not to a figure beside it.
extension ArticleExtractor {
    /// Whether the date mention follows an origin participle (``FigureLexicon/originParticiples``), with at
    /// most a preposition between: `born in 1950`, `born on 3 May 1961`, `founded 1990`.
    static func datesAnOrigin(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var i = firstToken(endingAfter: mention.span.start, in: tokens) - 1
        if i >= 0, ["in", "on", "at"].contains(tokens[i].lower) { i -= 1 }
        return i >= 0 && tokens[i].isWord && FigureLexicon.originParticiples.contains(tokens[i].lower)
    }
}
