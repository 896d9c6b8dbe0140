/// `a group of over 60 fighters from the Tarvos Front, the Kelso Brigade and the Orlen Army were killed`,
/// `two members of the (pro-army) Kelso Defence Corps rebel group were also killed`: a list of names saying
/// where the counted came from, with the words that describe a group, stands between the counted noun and
/// its verb.
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
            } else if Self.groupNameMarks.contains(token.text) || isGroupDescribingWord(token) {
                // `(pro-army)`, `"Kelso Front"`, `rebel group`: marks and words around a group's name.
            } else if !(token.isPunctuation(",") || token.lowerIs(oneOf: ["the", "and", "of", "in"]))
                || k + 1 >= sentence.upperBound
                || !(tokens[k + 1].isNamePart || tokens[k + 1].lowerIs("the")
                    || !token.isPunctuation(",")
                        && (Self.groupNameMarks.contains(tokens[k + 1].text) || isGroupDescribingWord(tokens[k + 1])))
            {
                break
            }
            k += 1
        }
        // A name at least, then the count's own verb.
        guard names >= 1, k < sentence.upperBound, tokens[k].isWord else { return nil }
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

    /// Quotes and brackets around or inside a group's name: `"Kelso Front"`, `(pro-army)`.
    static let groupNameMarks: WordSet = ["\"", "(", ")", "\u{201C}", "\u{201D}"]

    /// A lowercase word that describes a group beside its name (`rebel`, `group`, `so-called`, `pro-army`,
    /// `alliance`): a noun or adjective by the word list, a hyphenated modifier, or a word the list does not
    /// know (a foreign name written small); never a verb's form, an event, a number or a function word.
    func isGroupDescribingWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, !isNumeral(token) else { return false }
        let word = token.lower
        guard FigureVocabulary.eventWords[word] == nil, !FigureLexicon.phraseBreakers.contains(word),
            !FigureLexicon.clauseLinks.contains(word), !SourceTracker.reportingVerbs.contains(word)
        else { return false }
        if word.contains(ascii: "-") { return true }
        switch EnglishWords.bundled.partOfSpeech(of: word) {
        case .noun?, .adjective?: return true
        case nil: return !word.hasSuffix("ed") && !word.hasSuffix("ing") && !word.hasSuffix("ly")
        default: return false
        }
    }
}
