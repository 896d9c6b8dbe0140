/// `The Dornholm Fund said the hearing opens in May. It joined the case in 2019, claiming it had lost $45m.`:
/// a sentence whose subject is `It`, that reports by a participle after a comma (`, claiming …`, `, saying
/// that …`), reports for the body the sentence before credited (see ``SourceTracker/source(of:in:)``).
extension SourceTracker {
    /// Participles by which a sentence's subject reports the clause after them.
    static let reportingParticiples: WordSet = ["claiming", "saying", "adding", "stating", "estimating"]

    /// Whether the sentence opens on `It` and a verb of its own (not `It is`, `It was`: `It is estimated …`
    /// reports nothing of a body's), and reports by a participle after a comma, followed by `that`, a pronoun
    /// or a clause's verb within a few words; no number stands before the participle but a year or a date's,
    /// so every figure of the sentence is in what the participle reports; not `It comes/follows …`, nor with a
    /// conjunction and its clause (`after rebels ambushed …`) before the comma.
    func itReportsByParticiple(in sentence: Range<Int>, tokens: [Token]) -> Bool {
        let first = sentence.lowerBound
        guard first + 1 < sentence.upperBound, tokens[first].lowerIs("it"), tokens[first + 1].isWord,
            !EnglishLexicon.beForms.contains(lowerOf: tokens[first + 1]),
            !EnglishLexicon.auxiliaries.contains(lowerOf: tokens[first + 1])
                || tokens[first + 1].lowerIs(oneOf: ["has", "had"])
        else { return false }
        // `It comes after rebels ambushed a convoy, claiming …`: the sentence ties what follows to another event,
        // whose actors the participle's subject may be.
        // (`It has come after …`.)
        let hasAuxiliary = tokens[first + 1].lowerIs(oneOf: ["has", "had"]) && first + 2 < sentence.upperBound
        let verb = hasAuxiliary ? first + 2 : first + 1
        if Self.verbsOfSequence.contains(lowerOf: tokens[verb]) { return false }
        var k = first + 2
        while k + 1 < sentence.upperBound, k - first < 30 {
            if tokens[k].isNumber, !isDateNumber(k, tokens: tokens), !Self.isYear(tokens[k]) { return false }
            // `It joined the case when the Tarvan board sued, claiming …`: a clause of its own (conjunction and
            // subject) before the comma, whose subject the participle may report for.
            if Self.clauseOpeners.contains(lowerOf: tokens[k]), tokens[k + 1].isWord { return false }
            if tokens[k].isPunctuation(","), Self.reportingParticiples.contains(lowerOf: tokens[k + 1]) {
                let next = k + 2
                guard next < sentence.upperBound else { return false }
                return tokens[next].lowerIs("that") || Self.pronouns.contains(lowerOf: tokens[next])
                    || reportsClause(after: k + 1, in: sentence, tokens: tokens)
            }
            k += 1
        }
        return false
    }

    /// Verbs after `It` that place the sentence after or beside another event: `It comes after …`.
    static let verbsOfSequence: WordSet = [
        "comes", "came", "come", "follows", "followed", "happened", "happens", "occurred", "emerged",
    ]

    /// Whether the token is a year: four digits from 1900 to 2099.
    static func isYear(_ token: Token) -> Bool {
        guard token.text.count == 4, let value = Int(token.text) else { return false }
        return (1900...2099).contains(value)
    }
}
