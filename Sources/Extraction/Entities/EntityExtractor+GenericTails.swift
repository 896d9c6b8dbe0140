/// A known abbreviation with a generic head glued after it (`the Q9 Group of finance ministers`, `NATO
/// Group`) is the known body: the head adds nothing the lexicon does not know, and the name as written
/// would stand apart from every other mention of the body.
extension EntityExtractor {
    /// Heads that name no body of their own after an abbreviation the lexicon knows.
    static let genericTails = ["Group"]

    /// The candidates, with `<known abbreviation> Group` cut to the abbreviation, filed as the lexicon files it.
    static func withoutGenericTails(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var candidates = consume input
        for i in candidates.indices where (2...4).contains(candidates[i].tokens.count) {
            // (The name's end first: most candidates end otherwise, and need no paragraph read.)
            guard genericTails.contains(where: { candidates[i].name.hasSuffix($0) }),
                EntityLexicon.knownOrganizations[candidates[i].name] == nil
            else { continue }
            let range = candidates[i].tokens
            let paragraph = article.paragraphs[candidates[i].paragraph]
            guard genericTails.contains(paragraph.tokens[range.upperBound - 1].text) else { continue }
            // (`G7` may be read as two tokens, a letter and a number.)
            let head = range.lowerBound..<(range.upperBound - 1)
            let written = paragraph.text(of: head)
            guard !written.contains(ascii: " "), !written.contains(where: \.isLowercase),
                let known = EntityLexicon.knownOrganizations[written]
            else { continue }
            candidates[i].tokens = head
            candidates[i].name = written
            candidates[i].canonical = known
            candidates[i].evidence = Evidence(kind: .organization, weight: Evidence.known)
        }
        return candidates
    }
}
