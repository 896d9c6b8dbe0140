/// Other stories' headlines a page's furniture glued into the lead with no sentence punctuation between them:
/// `… Monday 6 Mar 2017 Jets kill 14 near Marlow monitor Minister says talks go on Jets struck Dunmore …`,
/// `… Views 210 Related Mayor quits 9 civilians dead in Kestrel shelling …`. A count such a headline gives
/// in headline case (`Jets kill 14`, `9 civilians dead in …`) is another story's: no figure of the article
/// (unless the page's own headline gives the number: then it is that headline, repeated).
/// (A lead after the stamp writes its tolls as prose does: `were killed`, `killed 12`, `leaving 9 dead`.)
extension FigureParagraphReader {
    /// Whether the count is told in headline case after a ``FurnitureStamp`` shortly before it in its sentence,
    /// and is no count of the page's own headline (which the body often repeats under its dateline: it stays,
    /// and `dateDatelineRepeats` dates it).
    func isInGluedHeadline(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        !headlineValues.contains(phrase.value) && isHeadlineCaseCount(phrase, nounEnd: nounEnd, sentence: sentence)
            && FurnitureStamp.stands(before: phrase.tokens.lowerBound, in: sentence, tokens: tokens)
    }

    /// `Jets kill 14`, `Shelling kills 6 in Dunmore`: a verb in the present right before the count, as
    /// headlines write what prose tells in the past; `9 civilians dead in …`: `dead` right after the counted
    /// noun, with no verb before the count (not `leaving 9 dead`, `with 9 dead`).
    func isHeadlineCaseCount(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        if let before = eventWordBefore(phrase, sentence: sentence) {
            return Self.headlinePresentVerbs.contains(tokens[before.at].lower)
        }
        let start = phrase.tokens.lowerBound
        guard nounEnd < sentence.upperBound, tokens[nounEnd].lower == "dead", start > sentence.lowerBound else {
            return false
        }
        let previous = tokens[start - 1]
        return previous.isWord && !Self.wordsBeforeProseDead.contains(previous.lower)
            && FigureVocabulary.eventWords[previous.lower] == nil
    }

    /// Event verbs in the present that headlines write: `kill`, `kills`, `wounds`.
    static let headlinePresentVerbs: WordSet = [
        "kill", "kills", "injure", "injures", "wound", "wounds", "hits", "targets", "executes", "destroys",
    ]

    /// Words before `9 dead` that make it prose: `leaving 9 dead`, `with 9 dead`, `were 9 dead`.
    static let wordsBeforeProseDead: WordSet = [
        "left", "leaving", "leave", "leaves", "with", "is", "are", "was", "were", "be", "been", "found", "lay",
        "lying", "feared", "presumed", "confirmed", "reported", "including", "among", "and", "or", "of", "to",
    ]
}
