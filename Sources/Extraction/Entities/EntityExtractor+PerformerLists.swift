/// `singers Kelvina, Sir Tarn Obrey, Dornella and Vessik`: one-word stage names listed after a plural noun of
/// performers, beside a person named in full, are people. Without the noun, or without a full name among
/// them, a lone word stays without evidence (it may be a band's or a brand's).
extension EntityExtractor {
    /// Plural nouns of performers that open such a list.
    static let performerNouns: WordSet = [
        "singers", "stars", "rappers", "performers", "artists", "musicians", "actors", "actresses", "comedians",
        "entertainers", "celebrities", "popstars", "vocalists", "DJs",
    ]

    /// Longest stretch of a list read on either side of an item, in tokens.
    static let performerListReach = 24

    /// The candidates, each one-word name without evidence inside such a list given a person's evidence.
    static func performersByList(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var candidates = consume input
        for i in candidates.indices
        where candidates[i].evidence == nil && candidates[i].tokens.count == 1 && !candidates[i].sentenceInitial
            && !candidates[i].titleOnly && !candidates[i].genericHead
        {
            let tokens = article.paragraphs[candidates[i].paragraph].tokens
            if listsPerformer(at: candidates[i].tokens.lowerBound, in: tokens) {
                candidates[i].evidence = Evidence(kind: .person, weight: Evidence.context)
            }
        }
        return candidates
    }

    /// Whether the word at `item` is one item of a list (commas and `and` on its sides) that a performers'
    /// noun opens and that holds a given name before another capitalised word.
    static func listsPerformer(at item: Int, in tokens: [Token]) -> Bool {
        func isJoiner(_ token: Token) -> Bool { token.isPunctuation(",") || token.text == "and" }
        func opensFullName(_ k: Int) -> Bool {
            tokens[k].isWord && tokens[k].isCapitalized && !tokens[k].isAllCaps
                && EntityGivenNames.common.contains(tokens[k].lower) && k + 1 < tokens.count
                && tokens[k + 1].isWord && tokens[k + 1].isCapitalized
        }
        guard item >= 1, tokens[item].isWord, tokens[item].isCapitalized, !tokens[item].isAllCaps else {
            return false
        }
        let after = item + 1
        guard after >= tokens.count || isJoiner(tokens[after]) || tokens[after].isPunctuation(".")
            || tokens[after].text == "plus" || !tokens[after].isWord
        else { return false }
        guard isJoiner(tokens[item - 1]) || performerNouns.contains(tokens[item - 1].text) else { return false }
        var fullName = false
        // Back to the noun over the list's words, commas and `and`.
        var k = item - 1
        while k >= 0, item - k <= performerListReach, !performerNouns.contains(tokens[k].text),
            isJoiner(tokens[k]) || tokens[k].isWord && tokens[k].isCapitalized
        {
            if opensFullName(k) { fullName = true }
            k -= 1
        }
        guard k >= 0, tokens[k].isWord, performerNouns.contains(tokens[k].text), k + 1 < tokens.count,
            tokens[k + 1].isWord, tokens[k + 1].isCapitalized
        else { return false }
        // On to the list's end.
        var j = after
        while !fullName, j < tokens.count, j - item <= performerListReach,
            isJoiner(tokens[j]) || tokens[j].isWord && tokens[j].isCapitalized
        {
            if opensFullName(j) { fullName = true }
            j += 1
        }
        return fullName
    }
}
