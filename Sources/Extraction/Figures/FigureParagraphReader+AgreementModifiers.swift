/// Places that name a negotiation or a deal they modify, not where anything happened.
extension FigureParagraphReader {
    /// `in the Iran trade talks`, `under the Paris climate accord`, `the Iran nuclear deal`: a place right
    /// before (up to two lowercase words before) a noun for talks or an agreement names the talks.
    func modifiesAnAgreement(_ mention: EntityExtractor.MentionReference) -> Bool {
        var k = mention.tokens.upperBound
        while k < tokens.count, k - mention.tokens.upperBound < 3, tokens[k].isWord, !tokens[k].isCapitalized {
            if Self.agreementNouns.contains(lowerOf: tokens[k]) { return true }
            // (Not `Homs under an agreement`: a preposition or article ends the modified noun phrase.)
            if FigureLexicon.phraseBreakers.contains(lowerOf: tokens[k])
                || tokens[k].lowerIs(oneOf: ["a", "an", "the"])
            {
                return false
            }
            k += 1
        }
        return false
    }

    static let agreementNouns: WordSet = [
        "talks", "negotiations", "deal", "deals", "agreement", "accord", "accords", "treaty", "pact", "sanctions",
    ]
}
