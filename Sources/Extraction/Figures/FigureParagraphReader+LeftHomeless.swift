/// `the floods left 20,000 people homeless`, `rendering 300 families homeless`: people a harm leaves without
/// a home were driven from it (displaced), though no word of fleeing is said.
extension FigureParagraphReader {
    /// Verbs that leave their object in a state: `left`, `rendered`, `made` (… homeless).
    static let verbsOfLeavingInAState: WordSet = [
        "left", "leave", "leaves", "leaving", "rendered", "render", "renders", "rendering", "made", "making",
    ]

    /// Whether the count is the object of a verb of leaving with `homeless` right after it (after its noun,
    /// or as its noun: `left 5,000 homeless`), over the words that may stand between a verb and its count;
    /// not a foreseen one (`could leave a million homeless`).
    func isLeftHomeless(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> Bool {
        let homelessRightAfter = nounEnd < sentence.upperBound && tokens[nounEnd].lowerIs("homeless")
        let homelessAsNoun = nounEnd - 1 >= phrase.tokens.upperBound && tokens[nounEnd - 1].lowerIs("homeless")
        guard homelessRightAfter || homelessAsNoun else { return false }
        var j = phrase.tokens.lowerBound - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 4, tokens[j].isWord {
            let word = tokens[j].lower
            if Self.verbsOfLeavingInAState.contains(word) {
                return !isForeseenVerb(at: j, after: max(sentence.lowerBound, j - 5))
            }
            guard FigureLexicon.wordsBeforeCount.contains(word) else { return false }
            j -= 1
            steps += 1
        }
        return false
    }
}
