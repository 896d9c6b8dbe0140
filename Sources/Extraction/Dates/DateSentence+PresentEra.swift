/// `today` meaning nowadays: `today's children`, `by today's standards`, `Vessa is today one of the largest
/// ports`, `even today`, `the hall still stands today`. It is a date mention (the text names the present) but no
/// day of the calendar: its value stays nil, and it dates no figure. A `today` that anchors an event (`police
/// said today`, `today's attack`, `killed today`) stays the page's day.
extension DateSentence {
    /// Whether the `today` at `i` names the present era rather than the page's day.
    func namesThePresentEra(at i: Int) -> Bool {
        // `today's children`, `today's modern world`
        if ["'s", "\u{2019}s"].contains(lower(i + 1)), isAttached(i + 1) { return ownsAPresentEraNoun(from: i + 2) }
        let previous = lower(i - 1)
        // `even today`, `still today`: not `even today's vote` (the possessive is read above).
        if DateLexicon.presentEraOpeners.contains(previous) { return true }
        // `Vessa is today one of the largest ports`, `the hall is today a museum`; not `is today expected to`.
        if EnglishLexicon.beForms.contains(previous), DateLexicon.wordsAfterPresentEraBe.contains(lower(i + 1)) {
            return true
        }
        // `the custom still survives today`, `a hall that still stands today`: a verb of lasting after `still`,
        // the clause ending at `today`.
        return closesALastingClause(at: i)
    }

    /// Whether the words from `j` (past at most one describing word) reach a noun of the present era:
    /// `children`, `modern world`.
    func ownsAPresentEraNoun(from j: Int) -> Bool {
        for k in j..<(j + 2) {
            guard let t = token(k), t.isWord, !t.isCapitalized else { return false }
            if DateLexicon.presentEraNouns.contains(t.lower) { return true }
        }
        return false
    }

    /// `still stands today`, `still survive today`: `still` and a verb of lasting within a few words before
    /// `today` in its clause, and the clause ending at `today`.
    func closesALastingClause(at i: Int) -> Bool {
        if let next = token(i + 1), !next.isPunctuation(".") && !next.isPunctuation(",") && !next.isPunctuation(";") {
            return false
        }
        var sawVerb = false
        var k = i - 1
        while k >= sentence.lowerBound, i - k <= Self.lastingClauseReach {
            let t = tokens[k]
            if t.kind == .punctuation { return false }
            if DateLexicon.lastingVerbs.contains(t.lower) { sawVerb = true }
            if t.lower == "still" { return sawVerb }
            k -= 1
        }
        return false
    }

    /// How many words before `today` a lasting clause's `still` may stand.
    static let lastingClauseReach = 5
}
