/// A name read as a person's by its shape alone, listed between two organisations that their own words or
/// the lexicon name (`Orbix Robotics, Kestrin Dalworth, Tarnaby Aerospace and …`), is a company of the
/// list too; not one that opens with a given name (`Velmora Systems, Ann Roe and Tarnaby Aerospace`).
extension EntityExtractor {
    static func companiesByList(_ candidates: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var result = consume candidates
        func isNamedOrganization(_ c: Candidate) -> Bool {
            c.kind == .organization && (c.evidence?.weight ?? 0) >= Evidence.structure
        }
        guard result.count >= 3 else { return result }
        for i in 1..<(result.count - 1)
        where result[i].kind == .person && result[i].evidence?.weight == Evidence.shape && result[i].role == nil
            && isNamedOrganization(result[i - 1]) && isNamedOrganization(result[i + 1])
            && areListed(result[i - 1], result[i], in: article) && areListed(result[i], result[i + 1], in: article)
        {
            let tokens = article.paragraphs[result[i].paragraph].tokens
            let first = tokens[result[i].tokens.lowerBound]
            guard !EntityGivenNames.common.contains(first.lower) else { continue }
            result[i].evidence = Evidence(kind: .organization, weight: Evidence.context)
        }
        return result
    }
}
