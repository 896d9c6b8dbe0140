/// Two organisations joined by a hyphen, as a joint convoy or operation is written: `a UN-Red Crescent
/// convoy`, `the UN-Harbour Relief Society team`. Each is its own organisation; the hyphen makes no name.
extension EntityExtractor {
    /// The known organisation's acronym before the hyphen (`UN`) and the organisation the rest of the run
    /// names (`Red Crescent`), or nil: the acronym must be a known organisation's, written in capitals,
    /// and the rest must end with an organisation's head word (`Crescent`, `Society`, `Agency`) or be a
    /// known organisation itself. `US-Harbour Relief` is no such pair (`US` names a country).
    func bodiesJoinedByHyphen(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let token = tokens[range.lowerBound]
        guard token.isWord, token.shape.contains(.hyphenated), let hyphen = token.text.firstIndex(of: "-") else {
            return nil
        }
        let acronym = String(token.text[..<hyphen])
        let first = String(token.text[token.text.index(after: hyphen)...])
        guard acronym.utf8.count >= 2, acronym.utf8.allSatisfy({ (65...90).contains($0) }),
            let canonical = EntityLexicon.knownOrganizations[acronym], gazetteer.place(named: acronym) == nil,
            let initialLetter = first.utf8.first, (65...90).contains(initialLetter), !first.contains(ascii: "-"),
            gazetteer.place(named: first) == nil
        else { return nil }
        let after = (range.lowerBound + 1)..<range.upperBound
        let rest = after.isEmpty ? first : first + " " + paragraph.text(of: after)
        let knownRest = EntityLexicon.knownOrganizations[rest]
        guard knownRest != nil
            || !after.isEmpty && EnglishLexicon.organizationHeads.contains(tokens[range.upperBound - 1].text)
        else { return nil }
        var body = Candidate(
            paragraph: paragraph.position, tokens: range.lowerBound..<(range.lowerBound + 1), name: acronym,
            evidence: Evidence(kind: .organization, weight: Evidence.known), sentenceInitial: initial)
        body.canonical = canonical
        var other = Candidate(
            paragraph: paragraph.position, tokens: range, name: rest,
            evidence: Evidence(kind: .organization, weight: knownRest == nil ? Evidence.context : Evidence.known),
            sentenceInitial: false)
        other.canonical = knownRest
        return [body, other]
    }
}
