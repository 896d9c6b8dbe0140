/// `Kelvar: 12 killed as floodwaters rose`, `TARVAN: Eight soldiers were wounded …`: a place written as the
/// label of its body sentence (it opens the sentence, a colon right after it) says where the sentence's
/// counts happened, as a dateline does. Not a country (`Kelvar: 12 soldiers were killed …` is mostly `Kelvar
/// says`, and its soldiers may fall abroad), nor in a headline, whose colon more often ends a speaker.
extension FigureParagraphReader {
    /// Whether `mention` opens the sentence that holds `clause` and a colon follows it right away, the
    /// clause being the one the colon opens (not a later clause of a long sentence).
    func labelsTheSentence(_ mention: EntityExtractor.MentionReference, clause: Range<Int>) -> Bool {
        let start = mention.tokens.lowerBound, colon = mention.tokens.upperBound
        guard paragraph.kind != .headline, start == clause.lowerBound, colon + 1 < clause.upperBound,
            tokens[colon].isPunctuation(":"), let sentence = paragraph.sentence(holding: start),
            sentence.lowerBound == start
        else { return false }
        guard !isCountry(mention) else { return false }
        // (`Kelvar: Vessa says 12 died`: a second name after the colon may be who speaks; only words of the
        // sentence's own telling follow a label.)
        return places(startingIn: (colon + 1)..<(colon + 2)).isEmpty
    }
}
