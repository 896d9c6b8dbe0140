/// `Born in 1950 in Marlow, he led 300 men on Sunday`, `the firm, founded in 1990, sold 20 tanks`: the date
/// of a birth or a founding belongs to the clause of origin, not to a figure beside it.
extension ArticleExtractor {
    /// Whether the date mention follows an origin participle (``FigureLexicon/originParticiples``), with at
    /// most a preposition between: `born in 1950`, `born on 3 May 1961`, `founded 1990`.
    static func datesAnOrigin(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var i = firstToken(endingAfter: mention.span.start, in: tokens) - 1
        if i >= 0, ["in", "on", "at"].contains(tokens[i].lower) { i -= 1 }
        if i >= 0 && tokens[i].isWord && FigureLexicon.originParticiples.contains(tokens[i].lower) { return true }
        return closesASincePhrase(mention, in: paragraph)
    }

    /// `the first blast to hit the town since the outbreak of the war in 2011 killed two soldiers`: a date
    /// that closes a `since …` phrase of a few words dates the start it measures from, not the clause's
    /// event (a date right after `since`, `since Monday`, is left to the running-total rules).
    static func closesASincePhrase(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        var i = first - 2
        while i >= 0, first - i <= 9, tokens[i].kind != .punctuation {
            if tokens[i].lower == "since" { return true }
            i -= 1
        }
        return false
    }
}
