/// Names written with a number glued to a word (`G7`, `G-20`, `MI5`, `Kurdistan24`): the tokenizer reads
/// a word and a number there, which together make one name the organisation lexicon knows.
extension EntityExtractor {
    /// How many tokens after the capitalised word at `k - 1` complete a name the lexicon knows (`7` of
    /// `G7`, `-` and `20` of `G-20`), written with no space; nil when they make none.
    func gluedNumberOfKnownName(at k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, limit: Int) -> Int? {
        let tokens = paragraph.tokens
        guard k >= 1, k < limit, tokens[k - 1].isWord, tokens[k - 1].isCapitalized, !tokens[k].spaceBefore else {
            return nil
        }
        let length: Int
        if tokens[k].isNumber {
            length = 1
        } else if tokens[k].isPunctuation("-"), k + 1 < limit, tokens[k + 1].isNumber, !tokens[k + 1].spaceBefore {
            length = 2
        } else {
            return nil
        }
        guard EntityLexicon.knownOrganizations[paragraph.text(of: (k - 1)..<(k + length))] != nil else { return nil }
        return length
    }

    /// Whether token `k` of a span starting at `start` may be other than a word in a known name: a number,
    /// or a hyphen before one, glued to the word before (`G7`, `G-20`).
    static func isGluedNumberPart(_ k: Int, from start: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k > start, !tokens[k].spaceBefore else { return false }
        return tokens[k].isNumber
            || tokens[k].isPunctuation("-") && k + 1 < limit && tokens[k + 1].isNumber && !tokens[k + 1].spaceBefore
    }
}
