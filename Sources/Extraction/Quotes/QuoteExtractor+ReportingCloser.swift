/// `"The capital is calm," state radio reported.`, `"…," the Herald reported on Monday.`: a verb of
/// reporting that closes the quote's clause with nothing quoted after it is the quote's attribution, and
/// its subject, named or not, is who gives it (an unnamed one leaves the quote with no speaker rather than
/// the last one named).
extension QuoteExtractor {
    /// The subject of `reported` at `v`, right after the quote at `s`, when the verb ends its clause
    /// (or only a time follows it: `on Monday`, `late last night`).
    func reportingCloser(_ v: Int, _ p: QuoteParagraph, end: Int, start s: Int) -> Attribution? {
        guard p.tokens[v].lowerIs("reported"), !p.isPassive(v, limit: s), closesClause(after: v, p, end: end),
            let (attribution, subjectStart) = p.subject(ofVerbAt: v, limit: s), subjectStart == s,
            attribution != .coordinated
        else { return nil }
        return attribution
    }

    /// Whether nothing but punctuation or a time (`on Monday`, `last week`, `late on Friday`) follows
    /// token `v` to the end of its clause.
    private func closesClause(after v: Int, _ p: QuoteParagraph, end: Int) -> Bool {
        var k = v + 1
        while k < end, k - v <= 6 {
            let token = p.tokens[k]
            if token.kind == .punctuation { return [".", ",", ";", "!", "?"].contains(token.text) }
            guard Self.timeWords.contains(lowerOf: token) || EnglishLexicon.weekdays[token.lower] != nil else {
                return false
            }
            k += 1
        }
        return k >= end
    }

    static let timeWords: WordSet = [
        "on", "late", "early", "last", "this", "yesterday", "today", "tonight", "night", "morning", "evening",
        "afternoon", "week", "weekend",
    ]
}
