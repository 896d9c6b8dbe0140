/// Finds sentence boundaries in a token stream.
public struct SentenceSplitter: Sendable {
    /// Words that end with a full stop without ending a sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "gov", "sen", "rep", "st", "jr",
        "sr", "prof", "no", "vs", "co", "inc", "ltd", "corp", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
        "oct", "nov", "dec", "adm", "brig", "cmdr", "rev", "hon", "pres", "messrs", "mt", "ft", "approx", "est",
    ]
    /// Words that open a sentence and never continue a name or an abbreviation: after `U.N.` or `Inc.` they
    /// start a new sentence (`… said the U.N. The agency added …`).
    static let sentenceOpeners: WordSet = [
        "the", "he", "she", "it", "they", "we", "this", "these", "those", "there", "but", "however", "meanwhile",
        "his", "her", "their", "its",
    ]
    static let closers: WordSet = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]

    public init() {}

    public func sentences(in tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .punctuation,
                token.text == "." || token.text == "!" || token.text == "?" || token.text == "\u{2026}"
            {
                var end = i + 1
                while end < tokens.count, Self.closers.contains(tokens[end].text), !tokens[end].spaceBefore { end += 1 }
                if isBoundary(tokens, at: i, next: end) {
                    sentences.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            // `… said the U.N. The agency added`: an initialism's own stop ends the sentence before an opener.
            if token.kind == .word, token.text.hasSuffix("."), i + 1 < tokens.count, opensASentence(tokens[i + 1]) {
                sentences.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// Whether the token is a capitalised word that only opens a sentence (`The`, `He`), after a space.
    private func opensASentence(_ token: Token) -> Bool {
        token.isWord && token.spaceBefore && token.isCapitalized && Self.sentenceOpeners.contains(token.lower)
    }

    private func isBoundary(_ tokens: [Token], at mark: Int, next: Int) -> Bool {
        guard next < tokens.count else { return true }
        if tokens[mark].text == ".", mark > 0 {
            let previous = tokens[mark - 1]
            if previous.isWord && !tokens[mark].spaceBefore && !opensASentence(tokens[next]) {
                if Self.abbreviations.contains(previous.lower) { return false }
                // An initial: "George W. Bush"
                if previous.text.count == 1 && previous.isCapitalized { return false }
            }
        }
        let following = tokens[next]
        guard following.spaceBefore || next > mark + 1 else { return isGluedSentenceEnd(tokens, at: mark) }
        if following.isWord { return following.isCapitalized }
        return following.isNumber || following.kind == .punctuation
    }
}
