/// Lists of places in war reporting: `destroyed hideouts in Tal Roa, Karmun, Abu Vesk and Marj Tarn`,
/// `the villages of Zelbana, Qurnet and Abu Harun`, `shelling hit al-Karmun and al-Tarn`. A list joined by
/// `and` or `or` after a place frame (`in`, `near`, `the villages of`) names places; the names in it whose
/// kind comes from their shape alone (`Abu Vesk`, `Aleppo Countryside`) are places too, and so are
/// lowercase `al-` names listed together after such a frame, a verb of striking (`shelled`, `captured`) or
/// `between` after a stretch's noun (`the road between al-Karmun and al-Tarn`).
extension EntityExtractor {
    /// The candidates, with the members of framed place lists made places.
    func placesByListFrame(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var result = consume input
        var start = 0
        while start < result.count {
            var end = start + 1
            while end < result.count, Self.areListed(result[end - 1], result[end], in: article) { end += 1 }
            if end - start >= 2 { markListedPlaces(&result, start..<end, in: article) }
            start = end
        }
        return result
    }

    /// Verbs whose object in a communiqué is a place: `shelling hit al-Karmun and al-Tarn`.
    static let strikeVerbs: WordSet = [
        "hit", "struck", "shelled", "bombed", "pounded", "stormed", "captured", "seized", "recaptured",
        "entered", "raided", "besieged", "overran", "liberated",
    ]

    enum ListFrame { case place, explicitPlace, strike }

    /// Words that go on after a list of places where a verb would go on after a list of subjects: `in
    /// Vesk, Tal Roa and Karmun on Monday`.
    private static let wordsAfterPlaceLists: WordSet = [
        "on", "in", "at", "near", "during", "over", "overnight", "after", "before", "since", "until", "for",
        "from", "to", "with", "where", "while", "as", "last", "this", "early", "late", "when", "amid",
    ]

    /// What the words right before a list's first name say of it: `in`, `near` (a place), `the villages
    /// of`, `the towns` (explicitly places), `shelled` (places struck); nil for anything else.
    static func listFrame(before k: Int, in tokens: [Token]) -> ListFrame? {
        guard k > 0, tokens[k - 1].isWord, tokens[k - 1].startsLowercase else { return nil }
        let word = tokens[k - 1].lower
        // Only a plural names every member: `the hometown of Ann Roe and Tom Hale` lists people.
        if word == "of" {
            return k > 1 && EntityLexicon.pluralPlaceNouns.contains(tokens[k - 2].lower) ? .explicitPlace : nil
        }
        if EntityLexicon.pluralPlaceNouns.contains(word) { return .explicitPlace }
        if EntityLexicon.placePrepositions.contains(word) { return .place }
        if strikeVerbs.contains(word) { return .strike }
        // `the road between al-Karmun and al-Tarn`, `the area between Vesk and al-Tarn`: a stretch's two ends.
        if word == "between", k > 1, stretchNouns.contains(tokens[k - 2].lower) { return .place }
        return nil
    }

    /// Nouns of a stretch of land or road whose `between` names the places at its ends.
    static let stretchNouns: WordSet = routeNouns.union(["area", "areas", "region", "zone", "line", "lines"])

    private func markListedPlaces(_ result: inout [Candidate], _ list: Range<Int>, in article: AnalyzedArticle) {
        let tokens = article.paragraphs[result[list.lowerBound].paragraph].tokens
        guard let frame = Self.listFrame(before: result[list.lowerBound].tokens.lowerBound, in: tokens) else { return }
        // A list, not a name and the next sentence's subject (`In Aleppo, Ferhat Omer said`): `and` or `or`
        // before a later name, and no verb of saying after the last one.
        let joined = list.dropFirst().contains { i in
            let k = result[i].tokens.lowerBound - 1
            return k >= 0 && (tokens[k].lower == "and" || tokens[k].lower == "or")
        }
        let after = result[list.upperBound - 1].tokens.upperBound
        guard joined, after >= tokens.count || !EnglishLexicon.speechVerbs.contains(tokens[after].lower),
            after >= tokens.count || !Self.personOnlyVerbs.contains(tokens[after].lower)
        else { return }
        func isArticleName(_ c: Candidate) -> Bool {
            c.tokens.count == 1 && tokens[c.tokens.lowerBound].startsLowercase
                && Self.hasJoinedArticle(tokens[c.tokens.lowerBound])
        }
        func isStrongPlace(_ c: Candidate) -> Bool {
            c.kind == .place && (c.evidence?.weight ?? 0) >= Evidence.structure
        }
        let members = result[list]
        // After a bare `in` or `near`, one known place may open a clause whose subject follows (`After talks
        // in Ankara, Ann Roe and Tom Hale signed`): two known places, or no verb after the list.
        let knownPlaces = members.count(where: isStrongPlace)
        let placeListed =
            frame == .explicitPlace
            || knownPlaces >= 1
                && (frame == .strike || knownPlaces >= 2 || after >= tokens.count || !tokens[after].isWord
                    || Self.wordsAfterPlaceLists.contains(tokens[after].lower))
        // After a verb of striking, lowercase `al-` names only with places (`struck al-Ramla and Homs`).
        let articleNamesArePlaces =
            frame != .strike || members.allSatisfy({ isArticleName($0) || $0.kind == .place })
        for i in list where !result[i].titleOnly && !result[i].genericHead {
            let c = result[i]
            if c.evidence == nil, isArticleName(c), articleNamesArePlaces {
                result[i].evidence = Evidence(kind: .place, weight: Evidence.context)
            } else if placeListed, kindOnlyByShape(c, in: tokens) {
                result[i].evidence = Evidence(kind: .place, weight: Evidence.context)
            }
        }
    }

    /// Two or three capitalised words given a kind by their shape alone: a person's, with no given name
    /// first (`Abu Vesk`, not `Ahmad Vesk`), or an organisation's, a place before a common word
    /// (`Aleppo Countryside`).
    private func kindOnlyByShape(_ c: Candidate, in tokens: [Token]) -> Bool {
        guard c.kind == .person || c.kind == .organization, c.evidence?.weight == Evidence.shape,
            (2...3).contains(c.tokens.count)
        else { return false }
        return !isGivenName(tokens[c.tokens.lowerBound]) && !c.tokens.contains { isTitle(tokens[$0]) }
            && c.tokens.allSatisfy { tokens[$0].isCapitalized && !tokens[$0].isAllCaps }
    }
}
