/// Tolls a campaign has taken so far: `the offensive has now claimed 300 lives`, `the army's campaign in
/// Marlow has killed 120 civilians`. What lasts weeks or months and is the subject of a present perfect
/// counts every day of it, not one occasion.
extension FigureParagraphReader {
    /// Whether the figure follows `has`/`have` and a verb of taking lives (see
    /// ``isPresentPerfectTollBefore(_:in:)``) whose subject, a few words before, is a campaign, and its
    /// sentence names no day.
    func isCampaignTollSoFar(_ figure: Figure, numeral: Int, in sentence: Range<Int>) -> Bool {
        guard figure.kind == .count, figure.of == nil, isPresentPerfectTollBefore(numeral, in: sentence),
            let auxiliary = (max(sentence.lowerBound, numeral - 8)..<numeral).last(where: {
                ["has", "have"].contains(tokens[$0].lower)
            })
        else { return false }
        var k = auxiliary - 1
        while k >= sentence.lowerBound, auxiliary - k <= 8, tokens[k].isWord || tokens[k].text == "'s" {
            if FigureLexicon.campaignNouns.contains(tokens[k].lower) {
                return !sentence.contains(where: isDayWord)
            }
            // (`… killed in the campaign, which has …`: the campaign is no subject of a verb after another verb)
            if FigureVocabulary.eventWords[tokens[k].lower] != nil { return false }
            k -= 1
        }
        return false
    }
}
