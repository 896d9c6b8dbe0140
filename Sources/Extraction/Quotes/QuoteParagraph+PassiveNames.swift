/// `Tovin was once dubbed "the cradle of the uprising" against Amari`, `the plan has been called "a
/// lifeline"`: words a passive verb of naming gives something are its name, not anybody's speech (unless a
/// `by` after the quote names who gave it: `… branded "a disgrace" by Ms Lowe`).
extension QuoteParagraph {
    /// Whether quote `q` is the name a passive verb of naming right before it gives (`was dubbed "…"`,
    /// `is known as "…"`, `was hailed as "…"`), with no `by` after it.
    func isNameGivenInPassive(_ q: Int) -> Bool {
        let span = spans[q]
        let floor = sentenceStart[span.open]
        var v = span.open - 1
        if v >= floor, tokens[v].lowerIs("as") { v -= 1 }
        guard v >= floor, tokens[v].isWord else { return false }
        let word = tokens[v].lower
        guard QuoteLexicon.namingVerbs.contains(word) || word == "known" || word == "nicknamed",
            isPassive(v, limit: floor)
        else { return false }
        guard let close = span.close else { return true }
        return close + 1 >= tokens.count || !tokens[close + 1].lowerIs("by")
    }
}
