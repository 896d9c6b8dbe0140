/// `the lung form, one of the two main types of the illness`: a spelled-out `one` picked out of a whole the
/// sentence counts names which of them is meant, and counts nothing itself; the whole (`the two main types`)
/// stays a figure. One of a whole that an event befalls (`one of the three soldiers was killed`), one
/// weapon of several, or one of a body's own things (`closing one of its two plants`) is still a count.
extension FigureParagraphReader {
    func isOnePickedOutOfAFew(_ phrase: NumberPhrase, _ counted: CountedThing, event: String?, sentence: Range<Int>)
        -> Bool
    {
        guard phrase.isSpelledOut, phrase.value == 1, phrase.maxValue == nil, counted.kind == .count,
            counted.isPartitive, counted.of != nil, event == nil
        else { return false }
        if let unit = counted.unit,
            FigureVocabulary.weaponUnits.contains(unit) || FigureLexicon.eventUnits[unit] != nil
                || FigureLexicon.peopleUnits.contains(unit) || ["body", "corpse"].contains(unit)
        {
            return false
        }
        return !isOneOfItsOwn(phrase, sentence: sentence)
    }
}
