/// Chains of one unnamed source: `A source at Hama Police Command said 3 died. The source added that 5
/// were hurt. Later the source said …`: each report is the organisation the source belongs to.
extension SourceTracker {
    /// The sentence's source, with `the source said` taken from the source the article introduced last
    /// (`the sources said` from the last `sources`); notes the organisation of a source introduced here
    /// (`a source at X said`, `sources in X told`), or that it has none (`a military source said`).
    mutating func followSourceChain(
        _ sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, resolved: String?
    ) -> String? {
        let tokens = paragraph.tokens
        guard let source = sentence.first(where: { Self.isReportingSource(at: $0, in: sentence, tokens: tokens) })
        else { return resolved }
        let word = tokens[source].lower
        // `The source added`, `the same source said`: the one introduced before, if it was one as well.
        if source > sentence.lowerBound, tokens[source - 1].lowerIs("the") || tokens[source - 1].lowerIs("same") {
            guard let last = lastSource, last.word == word else { return resolved }
            return resolved ?? last.organization
        }
        // `A source at Hama Police Command said`: a new source, of the organisation the sentence names
        // after it; `a military source said`: a new one of none.
        let next = source + 1
        let belongs =
            next + 1 < sentence.upperBound && tokens[next].lowerIs(oneOf: ["at", "in", "from", "within", "inside"])
            && (tokens[next + 1].isCapitalized || tokens[next + 1].lowerIs("the"))
        lastSource = (word, belongs ? resolved : nil)
        return resolved
    }

    /// Whether `source` or `sources` at `i` is who reports: a reporting verb follows it within a few
    /// words (`the source added`, `a source at X said`, `the source also told SANA`), or `according to`
    /// stands before it (`according to local sources`).
    static func isReportingSource(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[i].isWord, sourceWords.contains(lowerOf: tokens[i]) else { return false }
        var opener = i - 1
        while opener > sentence.lowerBound, i - opener < 4, tokens[opener].isWord, !tokens[opener].lowerIs("to") {
            opener -= 1
        }
        if opener > sentence.lowerBound, tokens[opener].lowerIs("to"), tokens[opener - 1].lowerIs("according") {
            return true
        }
        let window = (i + 1)..<min(i + 8, sentence.upperBound)
        for k in window {
            // (`the source earlier put the death toll at 5`, `the sources pointed out that …`.)
            if reportingVerbs.contains(lowerOf: tokens[k]) || sourceChainVerbs.contains(lowerOf: tokens[k]) {
                return true
            }
            if tokens[k].isPunctuation(".") || tokens[k].isPunctuation(";") { return false }
        }
        return false
    }

    static let sourceWords: WordSet = ["source", "sources"]
    /// Verbs after `source` that report beside ``reportingVerbs``.
    static let sourceChainVerbs: WordSet = ["put", "pointed", "noted"]
}
