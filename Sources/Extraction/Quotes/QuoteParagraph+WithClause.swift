// `The union hit back, with its leader Ann Lee calling the offer a "…"`: the one a `with` clause names
// says the words of its participle, not the sentence's subject.

extension QuoteParagraph {
    /// The speaker of the participle of saying at `v` when a `with` clause opens right before it
    /// (`with election chief Ann Lee accusing …`, `with the agency QNA saying …`): the name the clause
    /// gives; someone it does not name (`with one aide saying`) is nobody's name. Nil when no `with`
    /// clause stands before the participle.
    func withClauseSpeaker(participleAt v: Int, floor: Int) -> Attribution? {
        var k = v - 1
        while k >= floor, v - k <= Self.subjectReach, tokens[k].isWord, spanOf[k] < 0,
            mentionCovering[k] >= 0 || !tokens[k].lowerIs("with")
        {
            k -= 1
        }
        guard k >= floor, k < v - 1, tokens[k].isWord, tokens[k].lowerIs("with"), spanOf[k] < 0 else { return nil }
        let last = v - 1
        // `with Lee before saying`: the clause must end in the one who speaks.
        guard mentionCovering[last] >= 0 || !QuoteLexicon.adverbialPrepositions.contains(lowerOf: tokens[last]),
            !QuoteLexicon.clauseBoundaries.contains(lowerOf: tokens[last]),
            !QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: tokens[last])
        else { return nil }
        // `with Lee and Orr calling it …`: more than one speaker.
        if ((k + 1)..<v).contains(where: { mentionCovering[$0] < 0 && tokens[$0].lowerIs(oneOf: ["and", "or"]) }) {
            return .unnamed(stands: nil)
        }
        switch phraseAfter(k + 1, end: v) {
        case let named? where named != .coordinated: return named
        default: return .unnamed(stands: nil)
        }
    }
}
