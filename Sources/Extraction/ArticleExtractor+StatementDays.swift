/// `an attack that killed 40 people in Marlow, the monitor said on Monday`, `the group said Monday, adding
/// that the blast took the lives of 12`: the day of a saying dates the statement, and a count told in a
/// relative clause (of an attack named as the statement's subject) or in the `adding that` after it tells of
/// something that happened on some other day the sentence does not give. Such a count takes no date from the
/// saying (it falls back as if its clause gave none); a day of what happened beside it still dates it
/// (`… were killed in Monday's fighting`).
extension ArticleExtractor {
    /// Whether `mention`, a saying's date, dates only the statement, not the count at `figure`.
    static func datesOnlyTheStatement(
        _ mention: DateMention, not figure: TextSpan, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        guard mention.dates == .saying else { return false }
        let tokens = paragraph.tokens
        let own = firstToken(endingAfter: figure.start, in: tokens)
        let date = firstToken(endingAfter: mention.span.start, in: tokens)
        guard own < tokens.count, date < tokens.count, abs(own - date) <= statementReach,
            let sentence = paragraph.sentence(holding: own)
        else { return false }
        if standsInARelativeClause(own, in: sentence, tokens: tokens) { return true }
        // (`said Monday, adding that 12 …`: the date before the count, `adding` between them.)
        return date < own && (date..<own).contains { tokens[$0].lowerIs("adding") }
    }

    /// How far apart a saying's date and a count may stand for ``datesOnlyTheStatement(_:not:in:)`` to read them.
    static let statementReach = 40

    /// `an attack that killed 40 people`, `strikes which have left 12 dead`, `a blast that claimed the lives of
    /// 9`: `that` or `which` after a word other than a verb of saying (`said that 12 …` is what was said),
    /// then a verb in the past (with `has`, `have` or `had`), at most ``relativeClauseReach`` words before the
    /// count at `own` and nothing ending a clause between.
    static func standsInARelativeClause(_ own: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = own - 1
        while k > sentence.lowerBound, own - k <= relativeClauseReach {
            let t = tokens[k]
            if t.isPunctuation(",") || t.isPunctuation(";") { return false }
            if t.lowerIs(oneOf: ["that", "which"]) {
                let before = tokens[k - 1]
                guard before.isWord, !EnglishLexicon.speechVerbs.contains(before.lower) else { return false }
                var verb = k + 1
                if verb < own, tokens[verb].lowerIs(oneOf: ["has", "have", "had"]) { verb += 1 }
                guard verb < own, tokens[verb].isWord else { return false }
                let word = tokens[verb].lower
                return word.utf8.count > 3 && word.hasSuffix("ed") || pastVerbsOfHarm.contains(word)
            }
            k -= 1
        }
        return false
    }

    /// How many words before a count the `that` or `which` opening its relative clause may stand.
    static let relativeClauseReach = 6
    /// Past forms of verbs of harm not ending in `ed`: `an attack that left 12 dead`.
    static let pastVerbsOfHarm: WordSet = ["left", "took", "hit", "struck", "tore", "shook", "saw", "cost"]
}
