/// `10 soldiers were killed along with eight attackers`: a count joined to the one before by `along with`,
/// `together with`, `as well as`, `alongside` or `in addition to` shares what happened to it.
extension FigureParagraphReader {
    /// The words that join the second count to the first.
    static let accompanyingJoins: [[String]] = [
        ["along", "with"], ["together", "with"], ["as", "well", "as"], ["alongside"], ["in", "addition", "to"],
    ]

    /// Longest stretch, in tokens, between the first count's words and the join.
    static let longestStretchBeforeJoin = 8

    /// The casualty event of the count before, or of a passive casualty verb right before the join (`the
    /// commander was killed along with six guards`), when the figure at `index` (starting at token `start`)
    /// is joined to it by `along with` and names no verb of its own.
    func eventOfAccompanyingCount(_ figures: [Figure], at index: Int, start: Int) -> String? {
        guard
            let join = Self.accompanyingJoins.first(where: { words in
                start >= words.count && zip(words, tokens[(start - words.count)..<start]).allSatisfy { $0 == $1.lower }
            }),
            endsItsClause(figures[index]), !hasOwnClauseAfter(figures[index])
        else { return nil }
        var joinStart = start - join.count
        // (`…, along with`: a comma before the join.)
        if joinStart > 0, tokens[joinStart - 1].isPunctuation(",") { joinStart -= 1 }
        if index > 0, figures[index - 1].kind == .count, let event = figures[index - 1].event,
            FigureVocabulary.casualtyEvents.contains(event)
        {
            // Between the first count and the join: its verb and a place (`were killed in Kelso`), words only.
            let previousEnd = figures[index - 1].tokenEnd(in: paragraph)
            if previousEnd <= joinStart, joinStart - previousEnd <= Self.longestStretchBeforeJoin,
                (previousEnd..<joinStart).allSatisfy({ tokens[$0].isWord })
            {
                return event
            }
        }
        guard joinStart >= 2, tokens[joinStart - 1].isWord,
            FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[joinStart - 1]),
            EnglishLexicon.beForms.contains(lowerOf: tokens[joinStart - 2]),
            let event = FigureVocabulary.eventWords[tokens[joinStart - 1].lower],
            FigureVocabulary.casualtyEvents.contains(event)
        else { return nil }
        return event
    }

    /// Whether a relative clause follows the figure (`eight attackers who were wounded`): it says its own event.
    func hasOwnClauseAfter(_ figure: Figure) -> Bool {
        let end = figure.tokenEnd(in: paragraph)
        return end < tokens.count && tokens[end].lowerIs(oneOf: ["who", "which", "that", "whom"])
    }
}
