/// `killed 12 and wounded 30 militants`, `kills 4, injures 9 soldiers`: a bare count of one harm, paired with
/// a count of another harm right after it, counts the people that count's noun names.
extension FigureParagraphReader {
    /// The people the count after a bare count's end names, when a casualty verb joins the two (`and
    /// wounded`, `, injuring`, `, and wounded`) and that count counts people by a noun of its own (not
    /// `others`, which says nothing of them); else nil.
    func unitOfPairedCount(after end: Int, following: ArraySlice<NumberPhrase>, sentence: Range<Int>) -> String? {
        var verb = end
        if verb < sentence.upperBound, tokens[verb].isPunctuation(",") { verb += 1 }
        if verb < sentence.upperBound, tokens[verb].lowerIs("and") { verb += 1 }
        guard verb > end, verb + 1 < sentence.upperBound, tokens[verb].isWord,
            let event = FigureVocabulary.eventWords[tokens[verb].lower],
            FigureVocabulary.casualtyEvents.contains(event),
            let next = following.first(where: { $0.tokens.lowerBound > verb }),
            next.tokens.lowerBound <= verb + 2, !next.isPercent, next.currency == nil,
            let noun = countedNoun(after: next.tokens.upperBound, value: next.value, sentence: sentence),
            noun.unit != "other", Self.countsPeople(noun.unit)
        else { return nil }
        return noun.unit
    }
}

/// `30 army and 39 rebel fighters`, `12 rescue and 40 supply missions`: a count whose one modifier is paired
/// by `and`/`or` with a second count and its modifiers shares the noun the second count ends on.
extension FigureParagraphReader {
    /// The noun after the second count when the count ending at `end` has one modifier, then `and`/`or`,
    /// then that count (right after the link, no percent or sum) with one or two modifiers before its plural
    /// noun; the count's own words end after its modifier. Else nil.
    func nounOfPairedModifier(after end: Int, following: ArraySlice<NumberPhrase>, sentence: Range<Int>)
        -> (unit: String, end: Int)?
    {
        let link = end + 1
        guard link + 1 < sentence.upperBound, tokens[link].lowerIs(oneOf: ["and", "or"]),
            Self.isPairedModifier(tokens[end]), !isPluralNoun(tokens[end]),
            let next = following.first, next.tokens.lowerBound == link + 1, next.numeralStart == link + 1,
            !next.isPercent, next.currency == nil, !next.isVague,
            let noun = countedNoun(after: next.tokens.upperBound, value: next.value, sentence: sentence),
            (2...3).contains(noun.end - next.tokens.upperBound),
            (next.tokens.upperBound..<noun.end - 1).allSatisfy({ Self.isPairedModifier(tokens[$0]) }),
            isPluralNoun(tokens[noun.end - 1])
        else { return nil }
        return (noun.unit, end + 1)
    }

    /// A word that may modify the noun two counts share: a word, no number, event, function word, measure or
    /// verb's participle (``isJoinedModifier(_:)``), nor a casualty word (`two dead and five wounded soldiers`).
    static func isPairedModifier(_ token: Token) -> Bool {
        isJoinedModifier(token) && FigureLexicon.measureKinds[token.lower] == nil
            && !FigureLexicon.phraseBreakers.contains(lowerOf: token) && !FigureLexicon.casualtyWords.contains(lowerOf: token)
            && token.lower != "others"
    }
}
