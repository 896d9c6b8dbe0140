/// A known organisation's name written with its last word in lowercase (`fighters of the Islamic state`,
/// `the Vessan army` where the lexicon has `Vessan Army`): its first word is the name's, not a people's
/// word standing alone.
extension EntityExtractor {
    /// Whether the one-word people's word and the lowercase word after it, capitalised, are an organisation
    /// the lexicon knows (not `Sputnik news agency`, a known outlet's own name before plain words).
    static func opensKnownNameInLowercase(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let next = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, candidate.kind == .nationality, next < tokens.count, tokens[next].isWord, tokens[next].startsLowercase,
            tokens[next].spaceBefore
        else { return false }
        return EntityLexicon.knownOrganizations.contains(candidate.name + " " + capitalizedForm(tokens[next].text))
    }
}
