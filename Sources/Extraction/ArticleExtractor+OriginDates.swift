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
    /// event. So does a date right after `since` (`its lowest level since May 2003`, `has given $2m since
    /// 2009`, `held since 2016, they were freed on Tuesday`): a count over the stretch is a running total,
    /// undated anyway, and any other figure beside it is no event of that day. But `since 2004, when it
    /// peaked at 13%` goes on to tell what happened that day, and the date stays for it.
    static func closesASincePhrase(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        if first >= 1, tokens[first - 1].lowerIs("since") {
            var after = firstToken(endingAfter: mention.span.end, in: tokens)
            if after < tokens.count, tokens[after].isPunctuation(",") { after += 1 }
            return !(after < tokens.count && tokens[after].lowerIs("when"))
        }
        var i = first - 2
        while i >= 0, first - i <= 9, tokens[i].kind != .punctuation {
            if tokens[i].lower == "since" { return true }
            i -= 1
        }
        return false
    }
}
