/// `today` meaning nowadays: `today's children`, `by today's standards`, `Vessa is today one of the largest
/// ports`, `even today`, `the hall still stands today`. It is a date mention (the text names the present) but no
/// day of the calendar: its value stays nil, and it dates no figure. A `today` that anchors an event (`police
/// said today`, `today's attack`, `killed today`) stays the page's day. So does `Today,` opening a sentence,
/// unless the sentence before names an older year, decade or century and this one goes on in the present
/// (`In 1950 the mill had 900 workers. Today, it has 40.`).
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
        return closesALastingClause(at: i) || contrastsAnOlderTime(at: i)
    }

    /// `In 1950 the mill had 900 workers. Today, it has 40.`, `… in the 1300s. Today, such fevers are rare.`:
    /// `Today,` opening a sentence whose clause goes on in the present, right after a sentence of its paragraph
    /// naming a year, decade or century before the page's year: the present set against that time. (`Today,
    /// rebels shelled the town` and `Today, the minister is expected to resign` stay the page's day.)
    func contrastsAnOlderTime(at i: Int) -> Bool {
        guard i == sentence.lowerBound, lower(i + 1) == ",", let anchor, goesOnInThePresent(from: i + 2) else {
            return false
        }
        let position = paragraph.firstSentence(startingFrom: sentence.lowerBound)
        guard position > 0, position < paragraph.sentences.count, paragraph.sentences[position] == sentence else {
            return false
        }
        // (Only the sentence's years, decades and centuries are read: no `today` of it, so no sentence further back.)
        let before = DateSentence(paragraph: paragraph, sentence: paragraph.sentences[position - 1], anchor: anchor)
        return before.sentence.contains { k in
            guard tokens[k].isNumber, let atom = before.numberAtom(at: k, lenient: false),
                case .year(let year) = atom.end ?? atom.start
            else { return false }
            return year < anchor.year
        }
    }

    /// Whether the clause from `j` reaches a verb of a standing state in the present (`is`, `are`, `has`,
    /// `remain`) within a few words, before any word of the past, of saying or a clause's end, and not one
    /// going on now or to come (`is expected to`, `are marching`).
    func goesOnInThePresent(from j: Int) -> Bool {
        var k = j
        while let t = token(k), k - j < Self.presentClauseReach {
            guard t.isWord else { return false }
            let word = t.lower
            if DateLexicon.presentStateVerbs.contains(word) {
                guard let next = token(k + 1), next.isWord else { return true }
                return !next.lower.hasSuffix("ing") && !DateLexicon.presentEraBlockers.contains(next.lower)
            }
            if word.hasSuffix("ed") || EnglishLexicon.speechVerbs.contains(word) || EnglishLexicon.beForms.contains(word)
                || EnglishLexicon.auxiliaries.contains(word)
            {
                return false
            }
            k += 1
        }
        return false
    }

    /// How many words after `Today,` the present verb may stand.
    static let presentClauseReach = 6

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
