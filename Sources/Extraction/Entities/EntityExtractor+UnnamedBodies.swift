/// `the US-led coalition … The coalition said …` beside `the Syrian National Coalition`: a generic head the
/// article also writes in lowercase after a word that says who leads the body or what it is against (`US-led
/// coalition`, `an anti-IS coalition`) is that unnamed body's, so `the coalition` alone is no alias of the
/// named organisation with that head.
extension EntityExtractor {
    /// The candidates without the lowercase generic heads (`the coalition`) of a body the article describes
    /// but never names.
    static func withoutHeadsOfUnnamedBodies(_ input: consuming [Candidate], in article: AnalyzedArticle)
        -> [Candidate]
    {
        let candidates = consume input
        let heads = describedHeads(in: article)
        guard !heads.isEmpty else { return candidates }
        return retaining(consume candidates) { candidate in
            guard candidate.genericHead else { return true }
            let tokens = article.paragraphs[candidate.paragraph].tokens
            let head = tokens[candidate.tokens.lowerBound]
            return !(head.startsLowercase && heads.contains(head.lower))
        }
    }

    /// The generic heads (`coalition`) written in lowercase after `X-led` or `anti-X`: one pass over the words.
    static func describedHeads(in article: AnalyzedArticle) -> Set<String> {
        var heads = Set<String>()
        for paragraph in article.paragraphs {
            let tokens = paragraph.tokens
            for k in tokens.indices.dropFirst()
            where tokens[k].isWord && tokens[k].startsLowercase && EntityLexicon.genericHeads.contains(tokens[k].lower)
                && tokens[k - 1].isWord && describesUnnamedBody(tokens[k - 1].lower)
            {
                heads.insert(tokens[k].lower)
            }
        }
        return heads
    }

    /// `US-led`, `Saudi-led`, `anti-IS`, `anti-Daesh`: a word before a body's lowercase head that says who
    /// leads it or what it fights.
    static func describesUnnamedBody(_ word: String) -> Bool {
        word.utf8.count > 4 && (word.hasSuffix("-led") || word.hasPrefix("anti-"))
    }
}
