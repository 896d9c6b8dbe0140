/// Tolls and tallies an organisation gives: `according to a new toll from the Orlen Monitor`, `according
/// to figures compiled by the UN`, `the monitor gave a toll of 35`.
extension SourceTracker {
    /// Nouns of a count someone keeps or publishes.
    static let tollNouns: WordSet = FigureLexicon.evidenceNouns.union(["toll", "tolls", "tally", "tallies", "reports"])

    /// Participles of publishing between a toll and its owner: `figures released by`.
    static let publishingParticiples: WordSet = [
        "compiled", "released", "issued", "published", "provided", "kept", "given", "collected", "gathered",
        "documented", "recorded",
    ]

    /// Verbs that report a toll given as their object: `gave a toll of 35`, `gives a death toll of 12`.
    static let tollGivingVerbs: WordSet = ["gave", "gives", "giving", "give", "provided", "provides"]

    /// `according to a new toll from the Orlen Monitor`: the owner named after a toll (`from`, `by`, `of`,
    /// over a participle of publishing), or nil when no name follows.
    func tollOwner(from start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        var k = start
        // `a`, `the latest`, `a new death`: a determiner and up to three modifiers before the noun.
        // (`a February report`, `a Tuesday statement`: a calendar word dates the toll and names no one.)
        while k < sentence.upperBound, k - start < 4, tokens[k].isWord, !Self.tollNouns.contains(lowerOf: tokens[k]),
            !tokens[k].isCapitalized || Self.isCalendarWord(tokens[k].lower)
        {
            k += 1
        }
        guard k < sentence.upperBound, Self.tollNouns.contains(lowerOf: tokens[k]) else { return nil }
        k += 1
        if k < sentence.upperBound, Self.publishingParticiples.contains(lowerOf: tokens[k]) { k += 1 }
        guard k + 1 < sentence.upperBound, tokens[k].lowerIs(oneOf: ["from", "by", "of"]) else { return nil }
        let name = tokens[k + 1].lowerIs("the") ? k + 2 : k + 1
        // A name, or a description of one the article named (`a new toll from the monitor`).
        guard name < sentence.upperBound,
            tokens[name].isCapitalized
                || name > k + 1 && FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[name])
        else { return nil }
        // (`a report by the New York-based Committee to Protect Journalists`: a name going on past `to`
        // is not read whole here, so it names no one rather than half of itself.)
        let end = nameEnd(from: name, in: sentence, tokens: tokens)
        if end + 1 < sentence.upperBound, Self.nameInnerWords.contains(lowerOf: tokens[end]),
            tokens[end + 1].isCapitalized
        {
            return nil
        }
        // (`figures released by the UK gaming industry's trade body`, `… by the Kelso Coalition's media
        // office`: capitalised words that modify what follows them name no one; `the Pew researchers` names
        // the researchers' employer.)
        if end < sentence.upperBound,
            tokens[end].lowerIs("'s")
                || tokens[end].isWord && !tokens[end].isCapitalized && !Self.stops.contains(lowerOf: tokens[end])
                    && !FigureLexicon.roleHeads.contains(lowerOf: tokens[end])
                    && EnglishWords.bundled.partOfSpeech(of: tokens[end].lower) == .noun
        {
            return nil
        }
        return nounPhrase(forwardFrom: k + 1, in: sentence, paragraph: paragraph)
    }

    /// Lowercase words inside names that a name's capitalised run stops at: `Committee to Protect …`,
    /// `Doctors without Borders`.
    static let nameInnerWords: WordSet = ["to", "without", "against", "and"]

    /// Whether a verb of giving at `i` has a toll as its object within a few words: `gave a new death toll`.
    /// (Not after a relative clause, `The monitor which has sources in Kelso gave a toll of 36`: who gave it
    /// is not the words right before the verb.)
    func givesToll(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        Self.tollGivingVerbs.contains(lowerOf: tokens[i])
            && ((i + 1)..<min(i + 5, sentence.upperBound)).contains { Self.tollOrTally.contains(lowerOf: tokens[$0]) }
            && !(max(sentence.lowerBound, i - 12)..<i).contains { Self.relativeOpeners.contains(lowerOf: tokens[$0]) }
    }

    static let tollOrTally: WordSet = ["toll", "tally"]
    static let relativeOpeners: WordSet = ["which", "who", "that"]
}
