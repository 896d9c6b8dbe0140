/// `the 30 projects targeted by the environment agency`, `firms targeted by the tax authorities`: what a
/// regulator, a court or a campaign targets is picked out for its action, not struck. The participle after
/// such a count names no strike.
extension FigureParagraphReader {
    /// Heads of agents whose targeting is no attack: bodies that regulate, judge, inspect or campaign.
    static let civilAgentHeads: WordSet = [
        "agency", "agencies", "regulator", "regulators", "watchdog", "watchdogs", "commission", "court", "courts",
        "prosecutors", "investigators", "inspectors", "inspectorate", "bureau", "campaigners", "advertisers",
        "marketers", "regulation", "regulations", "legislation", "reforms", "crackdown", "probe", "inquiry",
        "investigation", "audit", "sanctions", "fines", "lawsuit", "lawsuits",
    ]

    /// How many words after `by` the agent's head may stand (`by China's State Environmental Protection
    /// Agency`).
    static let civilAgentReach = 8

    /// Whether the event word at `verb` (`targeted`, `aimed`) is followed by `by` and an agent whose head is a
    /// civil body or measure, within the agent's phrase (up to punctuation or a clause word).
    func isTargetingByCivilAgent(at verb: Int, sentence: Range<Int>) -> Bool {
        guard FigureVocabulary.eventWords[tokens[verb].lower] == "targeted", verb + 2 < sentence.upperBound,
            tokens[verb + 1].lowerIs("by")
        else { return false }
        var k = verb + 2
        while k < sentence.upperBound, k - verb - 2 < Self.civilAgentReach {
            let token = tokens[k]
            // (Over a possessive: `by China's … Agency`.)
            guard token.isWord || token.text.hasPrefix("'") || token.text.hasPrefix("\u{2019}") else { return false }
            if Self.civilAgentHeads.contains(lowerOf: token) { return true }
            if FigureLexicon.clauseLinks.contains(lowerOf: token)
                || Self.wordsEndingTheCountsClause.contains(lowerOf: token) || token.lowerIs("for")
            {
                return false
            }
            k += 1
        }
        return false
    }
}
