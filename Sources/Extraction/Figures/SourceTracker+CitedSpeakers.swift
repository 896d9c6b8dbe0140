/// `Vesk TV cited the Tarn defence ministry as saying 40 fighters were killed`, `SANA reporter quoted a source
/// at Marlow Police Command as saying …`: the sentence gives the figure as what the one cited said, so the
/// source is that one when it names someone; when it names no one (`quoted residents as saying`), the
/// one who quoted stays the source (``phrase(of:in:)``).
extension SourceTracker {
    /// The words between `cited`/`quoted` and `as saying` (`the Tarn defence ministry`), when the sentence
    /// cites someone so.
    func citedSpeaker(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence where tokens[i].isWord && Self.citingVerbs.contains(lowerOf: tokens[i]) {
            // (Not `was quoted as saying`: the speaker stands before the verb.)
            if isPassive(i, in: sentence, tokens: tokens) { continue }
            var k = i + 1
            while k < sentence.upperBound, k - i <= Self.citedWordsLimit, tokens[k].isWord, !tokens[k].lowerIs("as") {
                k += 1
            }
            guard k > i + 1, k + 1 < sentence.upperBound, tokens[k].lowerIs("as"),
                Self.sayingWords.contains(lowerOf: tokens[k + 1])
            else { continue }
            return clean(paragraph.text(of: (i + 1)..<k))
        }
        return nil
    }

    /// The source the words cited name: an entity of the article or an institution as written (`Kelvan
    /// defence ministry`), not an unnamed source (`a source at the police command`, kept as written when
    /// it names no entity).
    mutating func resolveCitedSpeaker(_ cited: String) -> String? {
        guard let named = resolveClauseSource(cited),
            !named.wordsBetweenSpaces().contains(where: { FigureLexicon.unnamedSourceHeads.contains($0.lowercased()) })
        else { return nil }
        return named
    }

    static let citingVerbs: WordSet = ["cited", "quoted", "cites", "quotes", "citing", "quoting"]
    static let sayingWords: WordSet = ["saying", "telling", "stating"]
    /// How many words the one cited may take (`a source at Marlow Police Command`).
    static let citedWordsLimit = 9
}
