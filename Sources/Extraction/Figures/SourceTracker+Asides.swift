/// Sources named before an aside: `Ali Hassan, head of the health office, said …` (an aside with the
/// role the name holds), `The Green Party, which believes it can win 50 seats, …` (an aside that reports).
extension SourceTracker {
    /// The name before an aside that opens with a role (`, head of …,`, `, the director of …,`, `, a
    /// spokesman for …,`) or, after a determiner, ends in one (`, the group's health adviser,`) and ends
    /// at the comma `end` before the reporting verb; nil for any other shape.
    func nameBeforeRoleAside(endingAt end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        guard tokens[end].isPunctuation(",") else { return nil }
        var j = end - 1
        while j > sentence.lowerBound, end - j < 16, tokens[j].kind != .punctuation || tokens[j].text == "-" { j -= 1 }
        guard j > sentence.lowerBound, end - j < 16, tokens[j].isPunctuation(","), j + 1 < end else { return nil }
        var role = j + 1
        let determined = ["the", "a", "an"].contains(tokens[role].lower)
        if determined, role + 1 < end { role += 1 }
        // (`, the group's health adviser,`: a person's role is the aside's last word.)
        guard FigureLexicon.roleHeads.contains(tokens[role].lower)
            || determined && QuoteLexicon.roleHeads.contains(tokens[end - 1].lower)
        else { return nil }
        // The name: capitalised words that open the sentence, right before the aside.
        let name = sentence.lowerBound..<j
        guard !name.isEmpty, name.count <= 6, name.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isNamePart })
        else { return nil }
        return clean(paragraph.text(of: name))
    }

    /// `The Green Party, which believes it can win up to 50 seats, …`, `the firm, which expects sales to
    /// rise 5%, …`: the noun phrase before `, which`/`, who` and a verb of saying or believing reports
    /// what the aside says.
    func subjectOfRelativeReport(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence where i - 3 >= sentence.lowerBound && Self.relativeReportVerbs.contains(tokens[i].lower) {
            guard ["which", "who"].contains(tokens[i - 1].lower), tokens[i - 2].isPunctuation(",") else { continue }
            return nounPhrase(backwardFrom: i - 3, in: sentence, paragraph: paragraph)
        }
        return nil
    }

    static let relativeReportVerbs: WordSet = [
        "says", "said", "believes", "believed", "expects", "expected", "estimates", "estimated", "predicts",
        "predicted", "claims", "claimed", "thinks", "forecasts",
    ]
}
