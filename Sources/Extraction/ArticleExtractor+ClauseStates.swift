/// `Troops pulled back on Friday; 60 are still missing.`: a day of one clause dates what happened in it,
/// not a count another clause gives of how things stand (`are still missing`, `remain in hospital`).
extension ArticleExtractor {
    /// Whether `mention` lies in another clause of the sentence than the figure at `figure` (split as
    /// ``RelativeDatePhrase`` splits them: `;`, `while`, `, but`, `, and`) and the figure's clause tells of a
    /// present state. Reads at most `reach` tokens either way.
    static func datesAnotherState(
        _ mention: DateMention, than figure: TextSpan, in paragraph: AnalyzedArticle.AnalyzedParagraph,
        reach: Int = 40
    ) -> Bool {
        let tokens = paragraph.tokens
        let own = firstToken(endingAfter: figure.start, in: tokens)
        let other = firstToken(endingAfter: mention.span.start, in: tokens)
        guard own < tokens.count, other < tokens.count, own != other, abs(own - other) <= reach else { return false }
        let (low, high) = (min(own, other), max(own, other))
        guard
            ((low + 1)...high).contains(where: {
                RelativeDatePhrase.endsClause(before: $0, tokens: tokens, relative: false)
            })
        else { return false }
        // The figure's clause, from the boundary on its side.
        guard let sentence = paragraph.sentence(holding: own) else { return false }
        var start = own, end = own + 1
        while start > sentence.lowerBound, own - start < reach,
            !RelativeDatePhrase.endsClause(before: start, tokens: tokens, relative: false)
        {
            start -= 1
        }
        while end < sentence.upperBound, end - own < reach,
            !RelativeDatePhrase.endsClause(before: end, tokens: tokens, relative: false)
        {
            end += 1
        }
        // The state is told right after the count (`60 are still missing`), not by any `are` of the clause,
        // nor by a hedge (`40 soldiers are feared dead` tells of what happened).
        return (own + 1..<min(end, own + 5)).contains { k in
            guard tokens[k].isWord, presentStateWords.contains(tokens[k].lower) else { return false }
            return k + 1 >= end || !hedgesOfWhatHappened.contains(tokens[k + 1].lower)
        }
    }

    /// Words of how things stand now: `60 are still missing`, `12 remain in hospital`.
    static let presentStateWords: WordSet = ["are", "is", "remain", "remains", "still"]
    /// `are feared dead`, `are believed killed`, `are reported missing`: what happened, as far as is known.
    static let hedgesOfWhatHappened: WordSet = [
        "feared", "believed", "thought", "reported", "said", "understood", "presumed", "expected", "known",
    ]
}
