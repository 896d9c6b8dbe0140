/// A page's tag list run into the text: `… the monitor said Tags Valdoria Harbour Workers Strike floods`.
/// Its items stand side by side without commas, so their capitals join into one long junk name
/// (`Valdoria Harbour Workers`) that would become a figure's site.
extension EntityExtractor {
    /// Words that open a tag list when a capitalised item follows them.
    static let tagListOpeners: WordSet = ["Tags", "Tagged", "Topics", "Keywords"]

    /// Small words of a sentence that no tag holds: a sentence glued after the list without a full stop.
    static let tagListClosers: WordSet = [
        "the", "a", "an", "on", "in", "of", "at", "to", "by", "for", "with", "from", "was", "were", "is", "are",
        "has", "have", "had", "said", "says", "that", "which", "who", "will", "would",
    ]

    /// The most tokens a tag list is taken to run for: a list glued to a sentence with no full stop
    /// between them must not hide the sentence.
    static let tagListMaximumTokens = 24

    /// Stretches of a sentence from a tag-list opener (after a lowercase word, a number or the sentence's
    /// start, with a capitalised item next) to the sentence's end, the next sentence opener (`The`,
    /// `In`, `A`), the last capitalised word before a sentence's small word (`Overnight raids on`: a
    /// glued sentence) or the length limit.
    static func tagListStretches(in tokens: [Token], sentence: Range<Int>) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        // (Every opener is capitalised: the shape passes most words before any look-up.)
        for k in sentence where tokens[k].isCapitalized && tagListOpeners.contains(tokens[k].text) {
            if let last = stretches.last, last.contains(k) { continue }
            let previous = k > sentence.lowerBound ? tokens[k - 1] : nil
            guard previous.map({ $0.startsLowercase || $0.isNumber }) ?? true else { continue }
            var first = k + 1
            if first < sentence.upperBound, tokens[first].text == ":" { first += 1 }
            guard first < sentence.upperBound, tokens[first].isWord, tokens[first].isCapitalized else { continue }
            var end = first + 1
            var lastCapital = first
            let limit = min(sentence.upperBound, k + tagListMaximumTokens)
            while end < limit, !opensSentence(tokens[end]) {
                // A sentence's small word: the glued sentence opened at the last capitalised word.
                if tagListClosers.contains(tokens[end].text) {
                    end = lastCapital
                    break
                }
                if tokens[end].isWord, tokens[end].isCapitalized { lastCapital = end }
                end += 1
            }
            if end > first { stretches.append(k..<end) }
        }
        return stretches
    }

    /// A capitalised word that opens a sentence, not a tag (`The`, `In`, `According`).
    private static func opensSentence(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isAllCaps && !tagListOpeners.contains(token.text)
            && (token.text == "A" || token.text == "An" || EntityLexicon.runBreakers.contains(token.text))
    }
}
