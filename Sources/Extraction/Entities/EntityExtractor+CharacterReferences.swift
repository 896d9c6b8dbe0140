/// Text copied from a web page with its character references left as written (`Ann F&#233;lix`,
/// `Jos&#233; Tarvan`): the tokens stop at the `&`, so a name run ends inside a word. A name cut there
/// (`Ann F`, `Jos`) is no name; it is dropped rather than guessed.
extension EntityExtractor {
    /// Whether the candidate's last word runs on, with no space, into a numeric character reference for
    /// a letter (`F&#233;lix`, `Jos&#233;`), or its first word is glued after one (`&#201;mile`).
    /// A reference for a mark (`Blair&#191;s`, an apostrophe lost to `¿`) cuts no word.
    static func cutAtCharacterReference(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let end = candidate.tokens.upperBound
        // `F` `&` `#` `233` `;` (`lix`): the reference for a letter glued to the name's last word is more of it.
        if lettersReference(at: end, in: tokens) { return true }
        let start = candidate.tokens.lowerBound
        if start >= 4, !tokens[start].spaceBefore, lettersReference(at: start - 4, in: tokens) { return true }
        return false
    }

    /// Whether `&#N;` for a letter starts at token `k`, glued to the token before it.
    private static func lettersReference(at k: Int, in tokens: [Token]) -> Bool {
        guard k + 3 < tokens.count, (k..<(k + 4)).allSatisfy({ !tokens[$0].spaceBefore }),
            tokens[k].isPunctuation("&"), tokens[k + 1].isPunctuation("#"), tokens[k + 2].isNumber,
            tokens[k + 3].isPunctuation(";"), let value = UInt32(tokens[k + 2].text),
            let scalar = Unicode.Scalar(value)
        else { return false }
        return scalar.properties.isAlphabetic
    }
}
