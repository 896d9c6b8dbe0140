/// Two countries joined by a hyphen, as talks, trade, a border or a war between them is written: `the
/// Tarvan-Vessa talks`, `US-China trade`, `the Iran-Iraq war`. Each half is its own place; the hyphen makes
/// no name. Only countries: two cities so joined name a route (`the Hasaka-Qamishli road`), and a compound
/// the gazetteer knows as a whole (`Guinea-Bissau`, `Bosnia-Herzegovina`) stays one place.
extension EntityExtractor {
    /// The two countries a one-word run `X-Y` names, or nil: both halves are countries the gazetteer knows
    /// (by any of their names: `US`), and the whole word is no known name.
    func countriesJoinedByHyphen(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, initial: Bool
    ) -> [Candidate]? {
        guard range.count == 1 else { return nil }
        let token = paragraph.tokens[range.lowerBound]
        guard token.isWord, token.shape.contains(.hyphenated) else { return nil }
        let halves = token.text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, halves.allSatisfy({ $0.utf8.count >= 2 && $0.first?.isUppercase == true }),
            gazetteer.place(named: token.text) == nil, knownEvidence(range, in: paragraph) == nil
        else { return nil }
        let names = halves.map(String.init)
        guard names[0] != names[1], names.allSatisfy({ gazetteer.place(named: $0)?.kind == .country }) else {
            return nil
        }
        return names.enumerated().map { position, name in
            Candidate(
                paragraph: paragraph.position, tokens: range, name: name,
                evidence: Evidence(kind: .place, weight: Evidence.known),
                sentenceInitial: position == 0 && initial)
        }
    }
}
