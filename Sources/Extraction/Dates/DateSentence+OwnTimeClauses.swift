/// A clause of its own between a future marker and a day keeps its own time: `are expected to climb after
/// Kelvar cut output on Monday` (a conjunction of time or cause and its subject), `are set to rise now
/// Vessa raised fees on Monday` (a past verb after its subject). ``DateSentence/isFuture(before:)``
/// stops looking back at either.
extension DateSentence {
    /// `after Kelvar cut`, `because the council voted`, `since they met`: a conjunction of time or cause right
    /// before its clause's subject (a capitalised word, a determiner or a pronoun), so not `as planned`, `as
    /// usual` nor `since Monday`; and not when a verb in the present follows the subject (`when Parliament
    /// returns on Monday` looks ahead).
    func opensClauseOfItsOwnTime(_ k: Int) -> Bool {
        guard DateLexicon.conjunctionsOfTimeOrCause.contains(lowerOf: tokens[k]), k + 1 < sentence.upperBound
        else { return false }
        let next = tokens[k + 1]
        guard next.isWord else { return false }
        let determined = DateLexicon.clauseSubjectOpeners.contains(lowerOf: next)
        guard determined || next.isCapitalized && EnglishLexicon.weekdays[next.lower] == nil else { return false }
        var j = k + 2
        while j < min(sentence.upperBound, k + 5), tokens[j].isWord,
            tokens[j].isCapitalized || determined && j == k + 2 && !QuoteLexicon.subjectPronouns.contains(lowerOf: next)
        {
            j += 1
        }
        return j >= sentence.upperBound || !isPresentVerb(tokens[j])
    }

    /// `returns`, `meets`: a verb's third-person present.
    private func isPresentVerb(_ token: Token) -> Bool {
        let word = token.lower
        guard token.isWord, word.hasSuffix("s"), !word.hasSuffix("ss") else { return false }
        let words = EnglishWords.bundled
        return words.partOfSpeech(of: String(word.dropLast())) == .verb
            || word.hasSuffix("es") && words.partOfSpeech(of: String(word.dropLast(2))) == .verb
    }

    /// `Vessa raised`, `they voted`: a verb ending in `-ed` right after a capitalised name or a subject
    /// pronoun, a clause of its own whose time is past.
    func isPastTenseAfterSubject(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.isCapitalized, k > sentence.lowerBound, t.lower.hasSuffix("ed"), t.lower.utf8.count >= 5
        else { return false }
        let before = tokens[k - 1]
        guard before.isWord else { return false }
        let subject =
            before.isCapitalized && k - 1 > sentence.lowerBound && !EnglishLexicon.notNames.contains(before.text)
            || QuoteLexicon.subjectPronouns.contains(before.lower)
        guard subject else { return false }
        let stem = String(t.lower.dropLast(2))
        let words = EnglishWords.bundled
        return words.partOfSpeech(of: stem) == .verb || words.partOfSpeech(of: stem + "e") == .verb
            || words.partOfSpeech(of: String(t.lower.dropLast())) == .verb
    }
}
