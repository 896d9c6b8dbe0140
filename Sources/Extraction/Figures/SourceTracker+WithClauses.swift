/// Sources named in a `with … saying` clause: `State media reported the blast, with the official agency
/// Marlow News saying at least 3 died`, `with the official Marlow news agency saying …`.
extension SourceTracker {
    /// The name a `with … saying` (`reporting`) clause gives: it reports the numbers that follow, not whoever
    /// relayed the news before it. Nil unless the clause names someone (`with residents saying` does not).
    func withClauseReporter(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence
        where i - 2 >= sentence.lowerBound && tokens[i].isWord && Self.withClauseVerbs.contains(lowerOf: tokens[i]) {
            let window = max(sentence.lowerBound, i - 8)..<(i - 1)
            guard let with = window.last(where: { tokens[$0].lowerIs("with") }) else { continue }
            // The name right before the verb: after `with` (`with Reuters saying`), or after a description
            // (`with the official agency Marlow News saying`: the name, not the description).
            var start = i
            while start - 1 > with, i - start < 5, tokens[start - 1].isCapitalized || tokens[start - 1].isNamePart {
                start -= 1
            }
            if start == i, let named = nameBeforeDescription(endingAt: i, after: with, tokens: tokens) {
                return clean(paragraph.text(of: named))
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

    /// `with the official Marlow news agency saying`: a name between descriptions, before the lowercase
    /// description that ends the clause's subject (`news agency`, `monitor`) and after `with` or `the` and
    /// description words (`official`, `state`). Nil for anything else (`with the UN refugee agency saying`).
    private func nameBeforeDescription(endingAt verb: Int, after with: Int, tokens: [Token]) -> Range<Int>? {
        guard FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[verb - 1]) else { return nil }
        var end = verb - 1
        while end - 1 > with, verb - end < 3, !tokens[end - 1].isCapitalized,
            FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[end - 1])
        {
            end -= 1
        }
        var start = end
        while start - 1 > with, end - start < 4, tokens[start - 1].isCapitalized { start -= 1 }
        guard start < end else { return nil }
        var before = start - 1
        while before > with, end - before < 8, !tokens[before].isCapitalized,
            FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[before])
        {
            before -= 1
        }
        guard before == with || tokens[before].lowerIs("the") && before - 1 == with else { return nil }
        return start..<end
    }

    static let withClauseVerbs: WordSet = ["saying", "reporting"]
}
