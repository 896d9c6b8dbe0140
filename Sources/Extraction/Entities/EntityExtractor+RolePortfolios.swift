/// A role whose portfolio opens with `of the` runs its last word onto the person named after it: the
/// lowercase `the` ends the role's run, and the next run holds the portfolio's last word and the name
/// (`Chancellor of the Exchequer Ann Roe`, `Secretary of the Treasury Paul Hale`).
extension EntityExtractor {
    /// The person after the portfolio's words when `range` follows `<title> of the`: `Exchequer Ann Roe` →
    /// `Ann Roe` with the role as written; the portfolio itself only when it names a place or an
    /// organisation (`President of the European Commission Ann Roe`). Nil when no title and `of the` come
    /// right before, or no person's name follows.
    func withoutRolePortfolio(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound
        guard range.count >= 3, start - 3 >= sentence.lowerBound, tokens[start - 1].lower == "the",
            tokens[start - 2].lower == "of",
            isTitle(tokens[start - 3]) || EntityLexicon.roleNouns.contains(tokens[start - 3].text),
            let k = personAfterPortfolioWords(range, in: paragraph)
        else { return nil }
        // The portfolio only when it names a place or an organisation (`European Commission`, `Treasury`).
        var result = pieces(of: start..<k, in: paragraph, sentence: sentence, sentenceInitial: false).filter {
            $0.kind == .place || $0.kind == .organization
        }
        var person = candidate(
            k..<range.upperBound, in: paragraph, sentence: sentence, initial: false,
            evidence: Evidence(kind: .person, weight: Evidence.structure))
        person.role = paragraph.text(of: (start - 3)..<k)
        result.append(person)
        return result
    }

    /// Where a person's name of two or three words opened by a given name starts after one or more
    /// capitalised words of a portfolio (`Exchequer`, `European Commission`); nil when none does.
    private func personAfterPortfolioWords(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Int?
    {
        let tokens = paragraph.tokens
        for k in (range.lowerBound + 1)..<(range.upperBound - 1) {
            let word = tokens[k - 1]
            guard word.isWord, word.isCapitalized, !word.isAllCaps, !isGivenName(word) else { return nil }
            let person = k..<range.upperBound
            if person.count <= 3, isGivenName(tokens[k]), person.allSatisfy({ looksLikeNameWord(tokens[$0]) }) {
                return k
            }
        }
        return nil
    }
}
