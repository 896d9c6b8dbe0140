/// Tolls a campaign has taken so far: `the offensive has now claimed 300 lives`, `the army's campaign in
/// Marlow has killed 120 civilians`, `the offensive has left 150 people dead`, `200 people have been
/// killed in the offensive`. What lasts weeks or months and is the subject (or the setting) of a present
/// perfect counts every day of it, not one occasion.
extension FigureParagraphReader {
    /// Verbs of a campaign's toll so far: those of any toll so far, and `left` (`has left 150 people dead`).
    static let campaignTollVerbs: WordSet = tollTakingVerbs.union(["left"])

    /// Whether the figure follows `has`/`have` and a verb of taking lives (see
    /// ``isPresentPerfectTollBefore(_:in:verbs:)``, or `has left`) whose subject, a few words before, is a
    /// campaign, or it is counted by a present perfect toll set in a campaign (`have been killed in the
    /// offensive`); and its sentence names no day (`namesADay`, read once a sentence by the caller).
    func isCampaignTollSoFar(_ figure: Figure, numeral: Int, in sentence: Range<Int>, namesADay: Bool) -> Bool {
        guard figure.kind == .count, figure.of == nil, !namesADay else { return false }
        if isPresentPerfectTollAfter(figure, in: sentence), isSetInCampaign(after: figure, in: sentence) {
            return true
        }
        guard isPresentPerfectTollBefore(numeral, in: sentence, verbs: Self.campaignTollVerbs),
            let auxiliary = (max(sentence.lowerBound, numeral - 8)..<numeral).last(where: {
                tokens[$0].lowerIs(oneOf: ["has", "have"])
            })
        else { return false }
        var k = auxiliary - 1
        while k >= sentence.lowerBound, auxiliary - k <= 8, tokens[k].isWord || tokens[k].text == "'s" {
            if FigureLexicon.campaignNouns.contains(lowerOf: tokens[k]) { return true }
            // (`… killed in the campaign, which has …`: the campaign is no subject of a verb after another verb)
            if FigureVocabulary.eventWords[tokens[k].lower] != nil { return false }
            k -= 1
        }
        return false
    }

    /// `… have been killed in the offensive`, `… have died during the siege of Marlow`, `… in the army's
    /// campaign`: right after the verb, a preposition of setting and, within a few words, a campaign noun.
    func isSetInCampaign(after figure: Figure, in sentence: Range<Int>) -> Bool {
        var k = figure.tokenEnd(in: paragraph)
        // Past `have been killed` / `have died`.
        while k < sentence.upperBound, k - figure.tokenEnd(in: paragraph) < 4,
            tokens[k].lowerIs(oneOf: ["have", "has", "been"])
                || FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[k])
                || tokens[k].lowerIs(oneOf: ["died", "fled", "perished"])
        {
            k += 1
        }
        // (Not `in an offensive they launched`: one operation, which may be one day's.)
        guard k + 1 < sentence.upperBound, tokens[k].lowerIs(oneOf: ["in", "during", "throughout"]),
            !tokens[k + 1].lowerIs(oneOf: ["a", "an"])
        else { return false }
        var j = k + 1
        while j < sentence.upperBound, j - k <= 4, tokens[j].isWord || ["'s", "-"].contains(tokens[j].text) {
            if FigureLexicon.campaignNouns.contains(lowerOf: tokens[j]) { return true }
            if tokens[j].lowerIs(oneOf: ["and", "but", "or", "which", "who", "that", "where", "when", "while"]) {
                return false
            }
            j += 1
        }
        return false
    }
}
