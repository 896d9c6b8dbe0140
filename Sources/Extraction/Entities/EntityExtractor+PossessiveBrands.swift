/// Brands named with a possessive (`Vesko's said`, `a meal at Vesko's`, the lexicon's `Sainsbury's`): a
/// name the article writes only with `'s` keeps it when the lexicon knows it so, or when the `'s` is once
/// followed by no noun, which a possessive always is.
extension EntityExtractor {
    /// Words that cannot open what a possessive owns: `Vesko's said`, `Vesko's in Tarn`.
    private static let wordsAfterBrandNames: WordSet = [
        "said", "says", "has", "had", "have", "is", "was", "were", "are", "reported", "announced", "in", "at", "on",
        "to", "for", "from", "which", "where",
    ]

    /// The candidates, with `'s` kept in the name (and the tokens) of each brand so written: no mention
    /// without it, none known to the lexicon or the gazetteer without it or a person's by a cue (a company's by
    /// business words may be: `Sainsbury's shares`), and the name with `'s` known
    /// to the lexicon or once followed by a comma, a full stop or a word of ``wordsAfterBrandNames``.
    func withPossessiveBrandNames(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var candidates = consume input
        var possessiveOnly: [String: Bool] = [:]
        var brands: [String: String?] = [:]
        for candidate in candidates where !candidate.titleOnly && !candidate.genericHead {
            let tokens = article.paragraphs[candidate.paragraph].tokens
            let after = candidate.tokens.upperBound
            let weight = candidate.evidence?.weight ?? 0
            let possessive = after < tokens.count && tokens[after].lower == "'s"
            let fits =
                possessive && weight != Evidence.known && !(candidate.kind == .person && weight >= Evidence.cue)
                && !isGivenName(tokens[candidate.tokens.lowerBound]) && !EntityLexicon.isAllCapitals(candidate.name)
            possessiveOnly[candidate.name] = (possessiveOnly[candidate.name] ?? true) && fits
            guard fits, brands[candidate.name] == nil else { continue }
            if let known = EntityLexicon.knownOrganizations[candidate.name + "'s"] {
                brands[candidate.name] = known
                continue
            }
            let next = after + 1
            if next == tokens.count || tokens[next].isPunctuation(",") || tokens[next].isPunctuation(".")
                || tokens[next].isWord && tokens[next].startsLowercase
                    && Self.wordsAfterBrandNames.contains(tokens[next].lower)
            {
                brands[candidate.name] = .some(nil)
            }
        }
        guard !brands.isEmpty else { return candidates }
        for i in candidates.indices {
            let name = candidates[i].name
            guard let known = brands[name], possessiveOnly[name] == true else { continue }
            let paragraph = article.paragraphs[candidates[i].paragraph]
            let range = candidates[i].tokens.lowerBound..<(candidates[i].tokens.upperBound + 1)
            candidates[i].tokens = range
            candidates[i].name = paragraph.text(of: range)
            if let known {
                candidates[i].evidence = Evidence(kind: .organization, weight: Evidence.known)
                candidates[i].canonical = known
            }
        }
        return candidates
    }
}
