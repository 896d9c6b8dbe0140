/// Given names that are also months (`Jan Berry`, `June Carter`): at the start of a capitalised run they
/// are read as dates unless the pair is clearly a person's name.
extension EntityExtractor {
    /// Months, or their short forms, that are also common given names.
    static let monthGivenNames: Set<String> = ["Jan", "April", "May", "June", "August"]

    /// Words before a month that make it a date (`in May`, `since June`, `last August`).
    static let monthLeads: Set<String> = [
        "in", "on", "since", "until", "till", "by", "from", "last", "next", "early", "late", "mid", "this",
        "that", "of", "through", "before", "after", "during", "to", "between", "and",
    ]

    /// Whether `run` is such a month and one capitalised word with a person's cue: a lowercase person's
    /// noun before it (`the singer Jan Berry`), or after it a verb of saying or one only people do, or a
    /// comma and an appositive or an age (`Jan Berry, the singer,`, `June Carter, 71,`), or `and` and
    /// another person's name (`Jan Berry and Dean Torrence`), or a bracketed country (`Jan Berry ( Vessa )`).
    static func opensWithMonthGivenName(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Bool {
        let tokens = paragraph.tokens
        let k = run.lowerBound
        // The month and one surname: the run ends there or goes on only with `and` (`Jan Berry and Dean …`).
        guard run.count >= 2, monthGivenNames.contains(tokens[k].text),
            run.count == 2 || tokens[k + 2].lower == "and"
        else { return false }
        let surname = tokens[k + 1]
        guard surname.isWord, surname.isCapitalized, !surname.isAllCaps,
            !EnglishLexicon.notNames.contains(surname.text), EnglishLexicon.month(surname.lower) == nil
        else { return false }
        if k > sentence.lowerBound {
            let before = tokens[k - 1]
            if monthLeads.contains(before.lower) { return false }
            if before.isWord, before.startsLowercase, EntityLexicon.personCues.contains(before.lower) { return true }
        }
        let after = k + 2
        guard after < sentence.upperBound else { return false }
        if EnglishLexicon.speechVerbs.contains(tokens[after].lower) || personOnlyVerbs.contains(tokens[after].lower) {
            return true
        }
        // `Jan Berry and Dean Torrence`: listed with a person's name that opens with a given name.
        if tokens[after].lower == "and", after + 2 < sentence.upperBound,
            EntityGivenNames.common.contains(tokens[after + 1].lower), tokens[after + 1].isCapitalized,
            tokens[after + 2].isWord, tokens[after + 2].isCapitalized
        {
            return true
        }
        // `Jan Sedlak ( Czech Republic ) beat …`: a player with the country in brackets, as results lines
        // write them (a date has a number, not a capitalised word, before such brackets).
        if tokens[after].isPunctuation("("), after + 2 < sentence.upperBound, tokens[after + 1].isCapitalized,
            tokens[(after + 2)..<min(after + 5, sentence.upperBound)].contains(where: { $0.isPunctuation(")") })
        {
            return true
        }
        guard tokens[after].isPunctuation(","), after + 1 < sentence.upperBound else { return false }
        let next = tokens[after + 1]
        return ["the", "a", "an", "who"].contains(next.lower) || next.isNumber
    }
}
