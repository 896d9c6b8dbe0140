/// A name read as a person's by its shape alone, listed between two organisations that their own words or
/// the lexicon name, is a company of the list too — but only on stronger proof than its neighbours, since a
/// list of who met mixes firms and people (`Executives from Google, Sundar Pichai and Microsoft`): no word
/// of the article calls the name a person's (a title, a role, `X said`, `X, who`), its first word is no
/// common given name, and either the list names at least ``listedCompaniesNeeded`` other organisations and
/// no other person (`Astrobotic, Draper, Lockheed Martin, Masten Space Systems and …`), or the name opens
/// with a common English word or a word for a company (`Al Fatah, Black September, Red Brigades`; `Banque
/// Misr, Banque du Caire and Bank of Alexandria`).
extension EntityExtractor {
    /// How many other organisations a list must name to make a person-shaped name in it one.
    static let listedCompaniesNeeded = 3
    /// Words for a bank or a company that open firms' names in other languages (`Banque du Caire`, `Banco
    /// Santander`, `Groupe Renault`).
    static let companyWords: WordSet = [
        "Banque", "Banco", "Banca", "Compagnie", "Compañía", "Companhia", "Société", "Groupe", "Grupo", "Gruppo",
        "Crédit", "Caisse", "Sociedad",
    ]
    /// How many members each way a list is followed.
    static let listReach = 12

    static func companiesByList(_ candidates: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var result = consume candidates
        func isNamedOrganization(_ c: Candidate) -> Bool {
            c.kind == .organization && (c.evidence?.weight ?? 0) >= Evidence.structure
        }
        guard result.count >= 3 else { return result }
        var personCued: Set<String>?
        for i in 1..<(result.count - 1)
        where result[i].kind == .person && result[i].evidence?.weight == Evidence.shape && result[i].role == nil
            && isNamedOrganization(result[i - 1]) && isNamedOrganization(result[i + 1])
            && areListed(result[i - 1], result[i], in: article) && areListed(result[i], result[i + 1], in: article)
        {
            let tokens = article.paragraphs[result[i].paragraph].tokens
            let first = tokens[result[i].tokens.lowerBound]
            guard !EntityGivenNames.common.contains(first.lower) else { continue }
            guard EnglishWords.bundled.partOfSpeech(of: first.lower) != nil || companyWords.contains(first.text)
                || isListOfOrganizations(around: i, of: result, in: article)
            else { continue }
            // Made once, for the first name that gets this far (few articles have one).
            if personCued == nil { personCued = personCuedNames(result) }
            let last = tokens[result[i].tokens.upperBound - 1].text
            guard !(personCued?.contains(result[i].name) ?? false), !(personCued?.contains(last) ?? false) else {
                continue
            }
            result[i].evidence = Evidence(kind: .organization, weight: Evidence.context)
        }
        return result
    }

    /// Whether the list that holds candidate `i` names at least ``listedCompaniesNeeded`` other organisations
    /// and no other person (followed at most ``listReach`` members each way): a town's name among them is
    /// as often a firm's the gazetteer also knows (`Draper`).
    private static func isListOfOrganizations(
        around i: Int, of candidates: [Candidate], in article: AnalyzedArticle
    ) -> Bool {
        var organizations = 0
        func admits(_ c: Candidate) -> Bool {
            if c.kind == .organization { organizations += 1 }
            return c.kind != .person
        }
        var j = i
        while j > 0, i - j < listReach, areListed(candidates[j - 1], candidates[j], in: article) {
            j -= 1
            guard admits(candidates[j]) else { return false }
        }
        j = i
        while j + 1 < candidates.count, j - i < listReach, areListed(candidates[j], candidates[j + 1], in: article) {
            j += 1
            guard admits(candidates[j]) else { return false }
        }
        return organizations >= listedCompaniesNeeded
    }

    /// The names (and one-word names) some mention calls a person's by more than its shape: a title or a
    /// role, `X said`, `X, who`.
    private static func personCuedNames(_ candidates: [Candidate]) -> Set<String> {
        var names = Set<String>()
        for k in candidates.indices
        where candidates[k].kind == .person
            && (candidates[k].role != nil || (candidates[k].evidence?.weight ?? 0) > Evidence.shape)
        {
            names.insert(candidates[k].name)
        }
        return names
    }
}
