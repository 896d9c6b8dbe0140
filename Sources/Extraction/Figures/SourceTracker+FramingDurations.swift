/// `Over 14 hours of hearings, Mr Vell told the panel that …`, `Tolvi, who has spent 12 years in office, said
/// that …`: a stretch of time written before a report whose clause follows its verb frames the report (the
/// writer's account of when or of whom), and is no part of what the reporter says; it takes no source.
/// Durations only: a count before such a report may still be the reporter's (`Of 500 people tested, the
/// institute said that 40 …`).
extension SourceTracker {
    /// The reporting verb whose that-clause follows it (`said that`, `told the court that`, `has repeatedly
    /// told reporters that`), the first of the sentence; nil when none, or when the verb is a passive.
    func framingReport(in sentence: Range<Int>, tokens: [Token]) -> Int? {
        for i in sentence where tokens[i].isWord && Self.reportingVerbs.contains(lowerOf: tokens[i]) {
            guard !isPassive(i, in: sentence, tokens: tokens) else { return nil }
            // (`that` right after it, or after the one told: `told the court that`.)
            let reach = (i + 1)..<min(i + 5, sentence.upperBound)
            for k in reach {
                // (`says that is what you get`: `that` before a verb is a pronoun, the object; no clause.)
                if tokens[k].lowerIs("that") {
                    let next = k + 1 < sentence.upperBound ? tokens[k + 1].lower : ""
                    let isPronoun = EnglishLexicon.beForms.contains(next) || EnglishLexicon.auxiliaries.contains(next)
                    return isPronoun ? nil : i
                }
                if !tokens[k].isWord || tokens[k].isNumber { break }
            }
            return nil
        }
        return nil
    }
}
