// `Mr Blair has failed to tackle crime, he claimed, saying …`: a pronoun that reports the clause
// before it never stands for a person named in that clause (English would say `he has failed, Mr
// Blair claimed`); it stands for someone named before the sentence.

extension QuoteParagraph {
    /// The people named outside quotes in the clause a parenthetical `, he said,` or `, she added.`
    /// reports, when the pronoun at `k` is the subject of such a parenthetical; empty otherwise. A
    /// sentence that opens with a clause of time or cause (`When Blair spoke, he said.`) reports nothing.
    func peopleReported(byPronounAt k: Int) -> [Int] {
        let start = sentenceStart[k]
        guard tokens[k].lowerIs(oneOf: ["he", "she"]), k - 1 > start, tokens[k - 1].isPunctuation(","),
            spanOf[k - 1] < 0
        else { return [] }
        var v = k + 1
        while v < sentenceEnd[k], v - k <= 3, verbs[v] == nil,
            QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: tokens[v])
        {
            v += 1
        }
        guard v < sentenceEnd[k], verbs[v] == .finite else { return [] }
        let after = v + 1
        guard after == sentenceEnd[k] || tokens[after].isPunctuation(",") || tokens[after].isPunctuation(".")
        else { return [] }
        guard let first = (start..<k).first(where: { tokens[$0].isWord }),
            spanOf[first] < 0, !QuoteLexicon.subordinators.contains(lowerOf: tokens[first]),
            !tokens[first].lower.hasSuffix("ing"), !tokens[first].lowerIs("asked")
        else { return [] }
        var people: [Int] = []
        for i in start..<(k - 1) where spanOf[i] < 0 && mentionCovering[i] >= 0 {
            let mention = mentions[mentionCovering[i]]
            guard mention.tokens.lowerBound == i, entities.entities[mention.entity].kind == .person else { continue }
            people.append(mention.entity)
        }
        return people
    }

    /// The people a parenthetical `, he claimed,` in the sentence of token `i` reports (see
    /// ``peopleReported(byPronounAt:)``): a pronoun attribution of a quote there stands for none of them.
    func peopleReported(inSentenceOf i: Int) -> [Int] {
        let start = sentenceStart[i]
        for k in start..<sentenceEnd[i] where spanOf[k] < 0 && tokens[k].isWord && mentionCovering[k] < 0 {
            let found = peopleReported(byPronounAt: k)
            if !found.isEmpty { return found }
        }
        return []
    }
}
