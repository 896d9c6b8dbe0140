/// A capitalised name written right after a number that is no noun the number counts: a headline's credit
/// run on after a toll (`Shelling near Vessa kills 26 Monitor Xinhua`: the monitor and the agency that report it,
/// not 26 Xinhua), or a place whose name ends in `s` opening the words after the count (`killed four and
/// injured seven Vardons Governor Tam Vessel said`). The number then counts what the sentence says
/// without a noun (people, for a toll).
///
/// A place before a plural noun modifies it and is read before this (`seven Vardons residents`,
/// ``endOfPlaceModifyingNoun(at:limit:)``); a credit word that is a plural of people counts them
/// (`20 Activists`), so only the singular credit words and the news agencies' names end the phrase here.
extension FigureParagraphReader {
    /// Whether the capitalised word at `i`, right after a number, is a credit or a place's name.
    func isRunOnNameAfterCount(at i: Int, sentence: Range<Int>) -> Bool {
        let token = tokens[i]
        guard token.isWord, token.isCapitalized else { return false }
        if FigureLexicon.newsAgencies.contains(token.text) { return true }
        if EntityLexicon.headlineCreditWords.contains(token.text), !isPluralNoun(token) { return true }
        // (A place read as a plural: `Vardons`; only outside a title-case headline, where every word
        // is capitalised.)
        guard !paragraph.isTitleCase, !token.isAllCaps, isPluralNoun(token) else { return false }
        return gazetteer.place(named: token.text) != nil
            || places.contains { $0.tokens.lowerBound == i }
    }
}
