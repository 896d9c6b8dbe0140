/// Words around a name that only an organisation takes: someone speaks for it, someone founded it, it
/// has a website. They outrank `X said` (a person's weaker cue), so `a spokesman for Lumetra said` and
/// `Lumetra said` make one organisation.
extension EntityExtractor {
    /// `a spokesman for Lumetra`, `a spokeswoman for Brackwell`: the one spoken for.
    static let spokespeople: WordSet = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"]

    /// `Anna Berg founded Lumetra`, `the co-founder of Lumetra`: what is founded is a body, not a person.
    static let founding: WordSet = ["founded", "co-founded", "cofounded"]
    static let founders: WordSet = ["founder", "co-founder", "cofounder", "founders", "co-founders", "cofounders"]

    /// `Lumetra's website`, `Lumetra's founder`: what a body has and a person seldom does.
    static let organizationPossessions: WordSet = [
        "website", "websites", "homepage", "founder", "founders", "co-founder", "co-founders", "cofounder",
        "servers", "employees", "headquarters",
    ]

    /// Organisation evidence from the words just around a name of one or two words that opens with no
    /// given name and no title (`a spokesman for Ali Haddad` speaks for a person), or nil.
    func organizationRoleEvidence(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        let k = range.lowerBound, end = range.upperBound
        guard range.count <= 2, !isGivenName(tokens[k]), !isTitle(tokens[k]) else { return nil }
        // `a spokesman for European Justice and Home Affairs Commissioner …`: a name cut short speaks for nobody.
        if end + 1 < sentence.upperBound, ["and", "&", "of"].contains(tokens[end].lower), tokens[end + 1].isCapitalized {
            return nil
        }
        let organization = Evidence(kind: .organization, weight: Evidence.cue)
        if k - 1 >= sentence.lowerBound, Self.founding.contains(tokens[k - 1].lower) { return organization }
        if k - 2 >= sentence.lowerBound, tokens[k - 1].lower == "for" || tokens[k - 1].lower == "of" {
            let role = tokens[k - 2].lower
            if tokens[k - 1].lower == "for" ? Self.spokespeople.contains(role) : Self.founders.contains(role) {
                return organization
            }
        }
        if end + 1 < sentence.upperBound, tokens[end].lower == "'s",
            Self.organizationPossessions.contains(tokens[end + 1].lower)
        {
            return organization
        }
        // `Lumetra co-founder Ann Roe`, `Lumetra chief Ann Roe`: a founder, or a chief before the chief's name,
        // named by the body as a modifier (not `chief of staff`, a person's aide; not `chief constable`).
        if end + 1 < sentence.upperBound,
            Self.founders.contains(tokens[end].lower)
                || tokens[end].lower == "chief" && tokens[end + 1].isCapitalized && tokens[end + 1].isWord
        {
            return organization
        }
        // `Lumetra said in a statement`: one word saying through a statement is a body (a person's surname
        // alone joins the person named before without voting, see ``EntityResolver``).
        if range.count == 1, Self.speaksInStatement(at: end, in: tokens, limit: sentence.upperBound) {
            return organization
        }
        return nil
    }

    /// `said in a statement`, `said in an emailed statement`, `announced in a press release` at `k`.
    static let statementNouns: WordSet = ["statement", "release", "filing"]
    static func speaksInStatement(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k + 3 < limit, EnglishLexicon.speechVerbs.contains(tokens[k].lower), tokens[k + 1].lower == "in",
            tokens[k + 2].lower == "a" || tokens[k + 2].lower == "an"
        else { return false }
        // One describing word may come before the noun (`an emailed statement`, `a press release`).
        return statementNouns.contains(tokens[k + 3].lower)
            || k + 4 < limit && tokens[k + 3].isWord && tokens[k + 3].startsLowercase
                && statementNouns.contains(tokens[k + 4].lower)
    }
}
