/// `Troops pulled back on Friday; 60 are still missing.`: a day of one clause dates what happened in it,
/// not a count another clause gives of how things stand (`are still missing`, `remain in hospital`), nor one
/// told as reached since (`took the port in June and has since seized 90 percent of the coast`).
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

    /// Whether an adverb `since` (`has since`, `have since`, `had since`, `since then`) stands between `mention`
    /// and the figure at `figure` after it, at most ``sinceReach`` tokens apart: the figure tells what holds
    /// since the date, not what happened on it (`broke into Tarn in June and has since taken 90 percent of it`).
    static func datesWhatHoldsSince(
        _ mention: DateMention, than figure: TextSpan, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        guard mention.span.end <= figure.start else { return false }
        let tokens = paragraph.tokens
        let from = firstToken(endingAfter: mention.span.end, in: tokens)
        let own = firstToken(endingAfter: figure.start, in: tokens)
        guard own < tokens.count, own - from <= sinceReach, from < own else { return false }
        return (max(from, 1)..<own).contains { k in
            guard tokens[k].lowerIs("since") else { return false }
            if ["has", "have", "had"].contains(tokens[k - 1].lower) {
                // (`has since 2015 held`: `since` opens a date, not the adverb.)
                return k + 1 < tokens.count && tokens[k + 1].isWord
            }
            return k + 1 < tokens.count && tokens[k + 1].lowerIs("then")
        }
    }

    /// How many tokens a `since` clause's date may stand before its figure.
    static let sinceReach = 16
}
