/// `"…," said a report from the Kelvar Institute`: after a verb of saying, a written thing and `from` (or
/// `by`) go on to the one who issued it; the preposition ends no phrase there, as `from` after a name
/// does (`said Ann Roe from her office`).
extension QuoteParagraph {
    /// Whether the preposition at `e` follows a statement's or a report's noun (`a report from`, `the latest
    /// statement by`) within the phrase that opened at `start`.
    func opensIssuer(at e: Int, after start: Int) -> Bool {
        guard e > start, tokens[e].lowerIs(oneOf: ["from", "by"]), QuoteLexicon.issuedNouns.contains(lowerOf: tokens[e - 1])
        else { return false }
        return e + 1 < tokens.count && (mentionCovering[e + 1] >= 0 || tokens[e + 1].lowerIs("the"))
    }
}
