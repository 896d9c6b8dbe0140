/// Which words a count's event may come from when the count is no subject of its own: a count inside
/// another noun's `of`-phrase, and a casualty word that is the verb of a later count.
extension FigureParagraphReader {
    /// Whether a count's number (or the approximation before it) starts at `index`: `90`, `another 90`, `at
    /// least 90`, `nine`.
    func opensACount(at index: Int, in sentence: Range<Int>) -> Bool {
        var k = index
        while k < sentence.upperBound, k - index < 3 {
            let token = tokens[k]
            if token.isNumber || token.isWord && NumberWords.wordValue(token.lower) != nil { return true }
            guard token.isWord, FigureLexicon.wordsOpeningACount.contains(lowerOf: token) else { return false }
            k += 1
        }
        return false
    }

    /// Whether the count stands in an `of`-phrase after a noun it does not count (`the wives of the five
    /// fighters`, `relatives of 22 victims`): that noun is the subject, so a verb after the count says what
    /// befell it. Not after a group or share of the count (`a group of 30 migrants`, `the majority of the
    /// 300 residents`, `two of the 17 missiles`), nor after an event noun (`the evacuation of 300`).
    func isInOfPhraseOfAnotherNoun(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        var k = phrase.tokens.lowerBound - 1
        if k > sentence.lowerBound,
            tokens[k].lowerIs(oneOf: ["the", "his", "her", "their", "its", "our", "those", "these"])
        {
            k -= 1
        }
        guard k > sentence.lowerBound, tokens[k].lowerIs("of") else { return false }
        let owner = tokens[k - 1]
        guard owner.isWord, !owner.isNumber,
            !owner.isCapitalized || k - 1 == sentence.lowerBound || paragraph.isTitleCase
        else { return false }
        let word = owner.lower
        guard !FigureLexicon.groupNouns.contains(word), !FigureLexicon.eventNouns.contains(word),
            FigureVocabulary.eventWords[word] == nil, NumberWords.wordValue(word) == nil
        else { return false }
        // A noun by the word list, or a lowercase word it does not know (`widows`).
        let partOfSpeech = EnglishWords.bundled.partOfSpeech(of: word)
        return partOfSpeech == .noun || partOfSpeech == nil
    }
}
