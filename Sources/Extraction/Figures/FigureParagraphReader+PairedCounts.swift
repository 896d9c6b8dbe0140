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
