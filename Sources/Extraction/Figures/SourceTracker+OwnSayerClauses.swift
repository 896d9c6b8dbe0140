/// `The Kelvar Observatory said the mayor was among the dead but one of his aides told reporters that …`: a
/// clause after `but` whose report has a sayer of its own (the words between `but` and its reporting verb)
/// is that sayer's, not the report's of the clause before: its counts take its sayer when the sayer names
/// someone, else no source. (``SourceTracker/clauses(of:tokens:)`` splits at `, but` only when both clauses
/// name someone; this one also reads a `but` with no comma, in text that lost its commas.)
extension SourceTracker {
    /// The `but` that opens a clause reporting with a sayer of its own, after a clause that reported too,
    /// and that sayer resolved (nil when it names no one); nil when the sentence has no such clause.
    mutating func ownSayerClause(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> (but: Int, source: String?)?
    {
        let tokens = paragraph.tokens
        guard
            let but = sentence.first(where: {
                $0 > sentence.lowerBound + 2 && tokens[$0].isWord && tokens[$0].lowerIs("but")
                    // (`all but two`, `nothing but`: no clause opens.)
                    && !tokens[$0 - 1].lowerIs(oneOf: Self.wordsBeforeNoClause)
            }),
            (sentence.lowerBound..<but).contains(where: {
                tokens[$0].isWord && Self.reportingVerbs.contains(lowerOf: tokens[$0])
                    && !isPassive($0, in: sentence, tokens: tokens)
            })
        else { return nil }
        var verb = but + 1
        while verb < sentence.upperBound, verb - but <= Self.ownSayerReach, tokens[verb].isWord,
            !Self.reportingVerbs.contains(lowerOf: tokens[verb])
        {
            verb += 1
        }
        guard verb < sentence.upperBound, verb > but + 1, tokens[verb].isWord,
            Self.reportingVerbs.contains(lowerOf: tokens[verb]), !isPassive(verb, in: sentence, tokens: tokens),
            // (`but it said`, `but he added`: the pronoun may stand for the one who reported before.)
            !Self.pronouns.contains(lowerOf: tokens[but + 1]),
            // The sayer is a noun phrase: no event, no auxiliary, no clause of its own (`but 20 were killed,
            // police said` reports the whole sentence).
            ((but + 1)..<verb).allSatisfy({
                FigureVocabulary.eventWords[tokens[$0].lower] == nil
                    && !Self.sayerBreakers.contains(lowerOf: tokens[$0])
            })
        else { return nil }
        let written = nounPhrase(backwardFrom: verb - 1, in: sentence, paragraph: paragraph)
        return (but, written.flatMap { resolveClauseSource($0) })
    }

    /// Words that make what stands between `but` and a reporting verb no sayer: auxiliaries and clause words.
    static let sayerBreakers: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
        "be", "been", "that", "which", "who", "when", "where", "if", "as", "while",
    ]

    /// Words before a `but` that opens no clause: `all but two`, `nothing but`, `last but one`.
    static let wordsBeforeNoClause = ["all", "nothing", "anything", "everything", "none", "last", "first"]

    /// The sayer's verb must come within this many words after `but`: `but one of his relatives told`.
    static let ownSayerReach = 6
}
