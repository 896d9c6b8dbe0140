/// Sources named in a `with … saying` clause: `State media reported the blast, with the official agency
/// Marlow News saying at least 3 died`.
extension SourceTracker {
    /// The name a `with … saying` (`reporting`) clause gives: it reports the numbers that follow, not whoever
    /// relayed the news before it. Nil unless the clause names someone (`with residents saying` does not).
    func withClauseReporter(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence where i - 2 >= sentence.lowerBound && Self.withClauseVerbs.contains(tokens[i].lower) {
            let window = max(sentence.lowerBound, i - 8)..<(i - 1)
            guard let with = window.last(where: { tokens[$0].lower == "with" }) else { continue }
            // The name right before the verb: after `with` (`with Reuters saying`), or after a description
            // (`with the official agency Marlow News saying`: the name, not the description).
            var start = i
            while start - 1 > with, i - start < 5, tokens[start - 1].isCapitalized || tokens[start - 1].isNamePart {
                start -= 1
            }
            guard start < i, tokens[start].isCapitalized else { continue }
            let before = tokens[start - 1].lower
            if before == "with" || before == "the" && start - 2 == with
                || FigureLexicon.organizationDescriptions.contains(before)
            {
                return clean(paragraph.text(of: start..<i))
            }
            // `with Syrian state TV saying`: a description naming someone.
            if let phrase = nounPhrase(backwardFrom: i - 1, in: sentence, paragraph: paragraph),
                phrase.first?.isUppercase == true
            {
                return phrase
            }
        }
        return nil
    }

    static let withClauseVerbs: WordSet = ["saying", "reporting"]
}
