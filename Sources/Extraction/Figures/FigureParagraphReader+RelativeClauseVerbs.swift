/// `three groups of fighters who had come from Vessa had been destroyed`, `12 guards who were posted at the
/// gate were killed`: a relative clause on the counted noun, opened by its own auxiliary, then the count's
/// own verb, a participle of an event after an auxiliary or a form of `be`.
extension FigureParagraphReader {
    /// The finite event after a relative clause that opens at `relative` (`who`, `which`) with an auxiliary
    /// or a form of `be` of its own, within ``relativeClauseReach`` words with no punctuation between: the
    /// second verb group's participle of an event (`had been destroyed`, `were killed`), or nil.
    func eventAfterRelativeClause(at relative: Int, sentence: Range<Int>) -> (event: String, at: Int)? {
        guard tokens[relative].lowerIs(oneOf: ["who", "which"]), relative + 1 < sentence.upperBound,
            Self.opensAVerbGroup(tokens[relative + 1])
        else { return nil }
        var k = relative + 2
        // (Past the relative clause's own verb group: `had been`, `were being`.)
        while k < sentence.upperBound, Self.opensAVerbGroup(tokens[k]) || tokens[k].lowerIs(oneOf: ["been", "being"]) {
            k += 1
        }
        var sawOwnVerb = false
        while k < sentence.upperBound, k - relative <= Self.relativeClauseReach, tokens[k].isWord {
            let token = tokens[k]
            if !sawOwnVerb {
                // (The relative clause's own words end at the count's verb group: an auxiliary or `be` form.)
                if Self.opensAVerbGroup(token), k - 1 > relative + 1 { sawOwnVerb = true }
                k += 1
                continue
            }
            if token.lowerIs(oneOf: ["been", "being"]) || token.lower.hasSuffix("ly") {
                k += 1
                continue
            }
            guard token.lower.hasSuffix("ed") || token.lowerIs(oneOf: ["hurt", "slain", "shot"]),
                let event = FigureVocabulary.eventWords[token.lower]
            else { return nil }
            return (event, k)
        }
        return nil
    }

    /// How many words a relative clause and the count's verb after it may take.
    static let relativeClauseReach = 12

    /// An auxiliary of the perfect or a form of `be` that opens a verb group: `had`, `were`, `is`.
    static func opensAVerbGroup(_ token: Token) -> Bool {
        token.lowerIs(oneOf: ["has", "have", "had", "was", "were", "is", "are"])
    }
}
