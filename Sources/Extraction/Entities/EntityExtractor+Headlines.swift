/// Headlines run into the text (links to other articles, a page's furniture): `Related US-Led
/// Coalition Conducts 12 Strikes in Tabqa Rebels Liberate Another Village`. Their capitals say nothing,
/// so only names known from elsewhere are read there.
extension EntityExtractor {
    /// Small words a title-case stretch keeps in lowercase.
    static let headlineSmallWords: WordSet = [
        "of", "to", "in", "for", "with", "as", "at", "on", "and", "the", "a", "an", "by", "from", "near",
        "against", "over", "into", "after", "vs", "or", "amid", "despite", "off", "up", "out",
    ]

    /// Punctuation a title-case stretch goes on over.
    static let headlinePunctuation: WordSet = ["-", "\u{2013}", "(", ")", "$", "%", "'", "\u{2019}", "&", ":"]

    /// Verbs that open page furniture rather than a headline: alone they make no headline.
    static let furnitureVerbs: WordSet = [
        "According", "Posted", "Published", "Updated", "Following", "Read", "Watch", "Share", "Follow",
        "Subscribe", "Continue", "Listen", "Sign", "Click", "Related",
    ]

    /// Stretches of a sentence in title case (capitalised words, numbers and small words) with at least
    /// five capitalised words, three of them common English words, one of those a verb: a headline's
    /// grammar, which a long name (`Syrian Observatory for Human Rights`) does not have.
    static func headlineStretches(in tokens: [Token], sentence: Range<Int>, words: EnglishWords = .bundled)
        -> [Range<Int>]
    {
        var stretches: [Range<Int>] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard tokens[k].isWord, tokens[k].isCapitalized else { k += 1; continue }
            var end = k
            var capitals = 0
            // `Editing by Ann Roe Our Standards: …`: an agency's trailer is furniture, no headline's words.
            while end < sentence.upperBound, isInTitleCase(tokens[end]),
                !opensStandardsTrailer(at: end, in: tokens, limit: sentence.upperBound)
            {
                if tokens[end].isWord, tokens[end].isCapitalized, !isNameHead(tokens[end].text) { capitals += 1 }
                end += 1
            }
            // Words are looked up only in stretches long enough to be headlines.
            var common = 0, verbs = 0
            for token in tokens[k..<end] where capitals >= 5 && token.isWord && token.isCapitalized {
                // Heads and titles (`Forces`, `Minister`) are common words, but no sign of a headline.
                guard !isNameHead(token.text), let tag = words.partOfSpeech(of: token.lower) else { continue }
                common += 1
                if tag == .verb, !token.isAllCaps, !token.lower.hasSuffix("ing"), !furnitureVerbs.contains(token.text) {
                    verbs += 1
                }
            }
            // After `the` or `a` it is a noun phrase of the sentence (`in the Cosmic Dust Lab …`).
            if capitals >= 5, common >= 3, verbs >= 1,
                !(k > sentence.lowerBound && ["the", "a", "an"].contains(tokens[k - 1].text))
            {
                stretches.append(k..<end)
            }
            k = max(end, k + 1)
        }
        return stretches
    }

    private static func isInTitleCase(_ token: Token) -> Bool {
        if token.isNumber { return true }
        if token.kind == .punctuation { return headlinePunctuation.contains(token.text) }
        return token.isWord && (token.isCapitalized || token.isNamePart || headlineSmallWords.contains(token.lower))
    }

    /// Heads and titles that end or open names: common words, but no sign of a headline.
    private static func isNameHead(_ word: String) -> Bool {
        EnglishLexicon.organizationHeads.contains(word) || EnglishLexicon.titles.contains(word)
            || EntityLexicon.placeNameHeads.contains(word) || EntityLexicon.roleNouns.contains(word)
    }
}
