/// Names written after a lowercase `the` and standing alone: `directed the Harrow Diaries,`, `a win for
/// the Kelvar Ospreys in Dornholm`, `joined the Vessa Gospel Choir and`. A person's name is not written
/// so (`the John Smith era` uses it as a modifier); such a run names a work, a team, a band, a building
/// or a body, and when nothing else in the article says which, it is no person and stays unstored.
extension EntityExtractor {
    /// Words that may follow a name that stands alone: verbs of being and having, conjunctions,
    /// prepositions, a relative pronoun. (A lowercase noun would make the name a modifier: `the Ann Roe
    /// years`.)
    static let wordsAfterStandingName: WordSet = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "and", "or", "but",
        "in", "on", "at", "for", "to", "with", "by", "from", "as", "into", "which", "that", "who",
    ]

    /// Names of two or more capitalised words written at least once right after a lowercase `the` and
    /// before a break or a word of ``wordsAfterStandingName``, none of whose mentions gives it a person's
    /// evidence (a title, a cue, a given name first: `the Ann Roe of old` stays Ann Roe).
    func namesStandingAfterThe(_ candidates: [Candidate], in article: AnalyzedArticle) -> Set<String> {
        var standing = Set<String>(), personal = Set<String>()
        for k in candidates.indices {
            let candidate = candidates[k]
            let range = candidate.tokens
            let paragraph = article.paragraphs[candidate.paragraph]
            let tokens = paragraph.tokens
            // (`Dr Ann Roe`, `Ann Roe, the mayor`: a title or a role anywhere keeps the name a person's.)
            if let evidence = candidate.evidence, evidence.kind == .person, evidence.weight >= Evidence.cue {
                personal.insert(candidate.name)
            } else if candidate.role != nil || range.lowerBound >= 1 && isTitle(tokens[range.lowerBound - 1]) {
                personal.insert(candidate.name)
            }
            guard range.count >= 2, range.lowerBound >= 1 else { continue }
            guard tokens[range.lowerBound - 1].text == "the", !isGivenName(tokens[range.lowerBound]),
                !isTitle(tokens[range.lowerBound])
            else { continue }
            let end = range.upperBound
            let stands: Bool
            if end == tokens.count {
                stands = true
            } else if tokens[end].isWord {
                stands = Self.wordsAfterStandingName.contains(tokens[end].text)
            } else if tokens[end].isPunctuation(",") {
                // (Not `the Ann Roe, Mr Nasty seat`: names listed as one modifier.)
                stands = end + 1 < tokens.count && tokens[end + 1].isWord && tokens[end + 1].startsLowercase
            } else {
                // (A sentence's end, a colon or a closing bracket.)
                stands = tokens[end].isSentenceEnd || tokens[end].isPunctuation(":") || tokens[end].isPunctuation(")")
            }
            // (Not `the Harlow DS,`: a known company's or place's word inside names one of its products or
            // places, which later passes read; nor `the Harlow XR,`: a maker's name and a model's capital
            // letters, which later passes split.)
            guard stands, !tokens[end - 1].isAllCaps,
                !range.contains(where: {
                    knownOrganization($0..<($0 + 1), in: paragraph) != nil
                        || knownEvidence($0..<($0 + 1), in: paragraph) != nil
                })
            else { continue }
            standing.insert(candidate.name)
        }
        return standing.subtracting(personal)
    }
}
