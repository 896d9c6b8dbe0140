/// `a group of over 60 fighters from the Tarvos Front, the Kelso Brigade and the Orlen Army were killed`:
/// a list of names saying where the counted came from stands between the counted noun and its verb.
extension FigureParagraphReader {
    /// Prepositions that open such a list after the counted noun.
    static let originPrepositions: WordSet = ["from", "of", "in", "with"]

    /// Longest list of names stepped over, in tokens.
    static let longestNameList = 24

    /// The event of the verb after a list of names that opens with a preposition right after the counted
    /// noun (names, `the`, `al`, commas and `and` between them), or nil when no verb follows the list.
    func eventAfterNameList(nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool) -> String? {
        guard nounEnd < sentence.upperBound, Self.originPrepositions.contains(lowerOf: tokens[nounEnd]) else {
            return nil
        }
        var k = nounEnd + 1
        var names = 0
        while k < sentence.upperBound, k - nounEnd <= Self.longestNameList {
            let token = tokens[k]
            if token.isNamePart || token.lower == "al" {
                if k == nounEnd + 1 || !tokens[k - 1].isNamePart { names += 1 }
            } else if !(token.isPunctuation(",") || token.lowerIs(oneOf: ["the", "and"]))
                || k + 1 >= sentence.upperBound
                || !(tokens[k + 1].isNamePart || tokens[k + 1].lowerIs("the"))
            {
                break
            }
            k += 1
        }
        // Two names at least (one name and its verb is read without this), then the count's own verb.
        guard names >= 2, k < sentence.upperBound, tokens[k].isWord else { return nil }
        let word = tokens[k].lower
        guard
            EnglishLexicon.beForms.contains(word) || ["have", "has", "had"].contains(word)
                || FigureVocabulary.eventWords[word] != nil
        else { return nil }
        // (`a shelter for 50 families from A, B and C was destroyed`: the verb is the shelter's.)
        guard !["was", "is", "has"].contains(word),
            let event = eventAfter(nounEnd: k, sentence: sentence, skipParticiples: skipParticiples),
            FigureVocabulary.casualtyEvents.contains(event)
        else { return nil }
        return event
    }
}
