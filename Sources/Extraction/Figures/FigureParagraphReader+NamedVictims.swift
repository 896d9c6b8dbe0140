/// `killing Tal Brenner, a commander of the front, and 12 more militants`, `was arrested along with the
/// drummer Sam Hale and three other members`: a count of more or other people listed after someone named,
/// the object of a casualty verb before the name, shares what happened to the named one.
extension FigureParagraphReader {
    /// Longest stretch, in tokens, of the name and its description between the verb and `and`.
    static let longestNamedVictim = 16

    /// The casualty event of the verb before a named person that the count (starting at token `start`, its
    /// words ending at `nounEnd`) is listed after, or nil. The count must say it adds to someone (`12 more
    /// militants`, `three other members`, `two others`), `and` must join it to the name, and between the verb
    /// and `and` only the name and a description of it may stand (words, commas, hyphens; a capitalised
    /// name among them; no number, verb, clause word or report).
    func eventAfterNamedVictim(start: Int, nounEnd: Int, sentence: Range<Int>) -> String? {
        guard start - 2 > sentence.lowerBound, tokens[start - 1].lowerIs("and"),
            (start..<nounEnd).contains(where: { tokens[$0].lowerIs(oneOf: ["more", "other", "others"]) }),
            // (`… and dozens more have received treatment`: a count with a verb of its own.)
            !hasOwnVerb(after: nounEnd, sentence: sentence)
        else { return nil }
        var j = start - 2
        if tokens[j].isPunctuation(",") { j -= 1 }
        var sawName = false
        while j > sentence.lowerBound, start - j <= Self.longestNamedVictim {
            let token = tokens[j]
            if token.isPunctuation(",") || token.isPunctuation("-") {
                j -= 1
                continue
            }
            guard token.isWord, !isNumeral(token) else { return nil }
            let word = token.lower
            // `… along with the drummer Sam Hale and three other members`: the verb before the join.
            if word == "with", tokens[j - 1].lowerIs("along") {
                return sawName ? casualtyVerb(endingBefore: j - 1, sentence: sentence) : nil
            }
            // The verb takes the name as its object: the name right after it, and no `were` before it (not
            // `were killed in Kelso and dozens more …`, where the name is a place).
            if let event = FigureVocabulary.eventWords[word] {
                guard sawName, FigureVocabulary.casualtyEvents.contains(event), Self.isVerbForm(word),
                    tokens[j + 1].isCapitalized,
                    !(j > sentence.lowerBound && EnglishLexicon.beForms.contains(lowerOf: tokens[j - 1]))
                else { return nil }
                return event
            }
            guard !Self.wordsEndingAPartList.contains(word), !Self.subjectPronouns.contains(word),
                !SourceTracker.reportingVerbs.contains(word), !EnglishLexicon.beForms.contains(word),
                !EnglishLexicon.auxiliaries.contains(word),
                token.isCapitalized || EnglishWords.bundled.partOfSpeech(of: word) != .verb
            else { return nil }
            if token.isCapitalized { sawName = true }
            j -= 1
        }
        return nil
    }

    /// Whether a verb's tense opens right after the count's words (`… and two more were hurt`, `… have
    /// received`): the count is the subject of a clause of its own.
    func hasOwnVerb(after nounEnd: Int, sentence: Range<Int>) -> Bool {
        guard nounEnd < sentence.upperBound else { return false }
        return EnglishLexicon.beForms.contains(lowerOf: tokens[nounEnd])
            || EnglishLexicon.auxiliaries.contains(lowerOf: tokens[nounEnd])
    }

    /// Pronouns that open a clause of their own before the count: `killed Sam Hale and he and two others`.
    static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]

    /// The casualty event of a verb right before `end` (`was arrested`, `was killed on Monday` is not):
    /// the token before `along with`.
    func casualtyVerb(endingBefore end: Int, sentence: Range<Int>) -> String? {
        guard end - 1 >= sentence.lowerBound, tokens[end - 1].isWord,
            let event = FigureVocabulary.eventWords[tokens[end - 1].lower],
            FigureVocabulary.casualtyEvents.contains(event), Self.isVerbForm(tokens[end - 1].lower)
        else { return nil }
        return event
    }

    /// A verb's participle or its -ing form (`killed`, `killing`, `slain`), not a noun of the event
    /// (`deaths`, `toll`).
    static func isVerbForm(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("ing") || ["slain", "hurt"].contains(word)
    }
}
