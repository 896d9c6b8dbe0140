/// `Jets struck Vessa on Wednesday, a day after 8 guards were killed in Tarvan`, `After rebels took the
/// depot last month, a car bomb killed 17 people`: a clause opened by `after`, `before`, `following` or
/// `since` tells of another happening than the clause beside it, and a date of the one is no date of a
/// figure of the other. A count inside such a clause that follows the dated one keeps only a date of its own
/// clause (`climbed 6% in 2018, after a 25% slump in 2017`); a count after a fronted clause, past its comma,
/// takes none of the fronted clause's dates. When unsure the count stays undated (the views then give it the
/// page's day, or none for `a day after`: ``RelativeDatePhrase``), never the other happening's day.
/// A date inside a trailing clause still dates the count before it (`12 died after shells hit Vessa on
/// Sunday`: the shelling's day is the deaths'), and a count set off by a comma after the clause's opener
/// (`after jets struck on Sunday, killing 12`) is told of the clause's own happening.
extension ArticleExtractor {
    /// Words opening a clause of another happening.
    static let otherHappeningOpeners: WordSet = ["after", "before", "following", "since"]

    /// How many tokens after its opener a count in a trailing clause may stand.
    static let trailingClauseReach = 16

    /// Words that may stand before a fronted clause's opener: `Shortly after`, `Just before`, `Soon after`.
    static let frontedClauseAdverbs: WordSet = ["shortly", "just", "only", "soon", "long", "even", "right", "immediately"]

    /// How many tokens a fronted clause may run to its comma.
    static let frontedClauseReach = 30

    /// Whether `mention` and the figure at `figure` stand on two sides of a clause of another happening: the
    /// figure in a trailing clause opened after the date, or the date in a fronted clause the figure follows.
    static func datesAcrossAnotherHappening(
        _ mention: DateMention, than figure: TextSpan, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        guard mention.span.end <= figure.start else { return false }
        let tokens = paragraph.tokens
        let own = firstToken(endingAfter: figure.start, in: tokens)
        let afterMention = firstToken(endingAfter: mention.span.end, in: tokens)
        guard own < tokens.count, afterMention <= own else { return false }
        return opensTrailingClause(between: afterMention, and: own, tokens: tokens)
            || closesFrontedClause(mention, before: own, in: paragraph)
    }

    /// An opener between the date and the count, with the count's clause unbroken from it (no punctuation):
    /// `on Wednesday, a day after 8 guards were killed`, `on Friday after rebels fired 120 rockets`.
    static func opensTrailingClause(between low: Int, and own: Int, tokens: [Token]) -> Bool {
        var k = own - 1
        while k >= low, own - k <= trailingClauseReach {
            let token = tokens[k]
            if token.kind == .punctuation { return false }
            if token.isWord, otherHappeningOpeners.contains(token.lower) { return true }
            k -= 1
        }
        return false
    }

    /// Whether the words between a fronted opener and its date tell of a happening (a verb or an incident word:
    /// `After rebels took the depot`, `Two days after the ambush`), not only of a time (`Before dawn on Monday,`
    /// `Shortly after midnight on Saturday,`: the day is the count's own).
    static func tellsOfAHappening(_ words: ArraySlice<Token>) -> Bool {
        words.contains { token in
            token.isWord
                && (FigureParagraphReader.incidentWords.contains(lowerOf: token)
                    || EnglishWords.bundled.partOfSpeech(of: token.lower) == .verb)
        }
    }

    /// A sentence opening on a clause of another happening (`After …`, `Two days after …`, `Shortly before
    /// …`) whose date stands before the clause's comma, with the count after it.
    static func closesFrontedClause(
        _ mention: DateMention, before own: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        guard let sentence = paragraph.sentence(holding: own) else { return false }
        // The opener: the sentence's first word, or after a span or an adverb (`Two days after`, `Hours
        // after`, `Shortly after`, `Just before`), at most three words in.
        var opener: Int?
        for k in sentence.lowerBound..<min(sentence.lowerBound + 4, sentence.upperBound) {
            if otherHappeningOpeners.contains(lowerOf: tokens[k]) {
                opener = k
                break
            }
            guard RelativeDatePhrase.isQuantity(tokens[k]) || RelativeDatePhrase.isUnit(tokens[k])
                || tokens[k].isWord && frontedClauseAdverbs.contains(tokens[k].lower)
            else { break }
        }
        guard let opener else { return false }
        let date = firstToken(endingAfter: mention.span.start, in: tokens)
        guard date > opener, date - opener <= frontedClauseReach, !(opener..<date).contains(where: { tokens[$0].kind == .punctuation }),
            tellsOfAHappening(tokens[(opener + 1)..<date])
        else { return false }
        var comma = date + 1
        while comma < own, comma - opener <= frontedClauseReach, !tokens[comma].isPunctuation(",") { comma += 1 }
        return comma < own && tokens[comma].isPunctuation(",")
            && !(opener..<comma).contains { tokens[$0].isPunctuation(";") || tokens[$0].isPunctuation(".") }
    }
}
