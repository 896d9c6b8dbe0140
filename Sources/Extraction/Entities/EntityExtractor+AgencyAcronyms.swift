/// A news agency's acronym that spells a place the gazetteer holds in capitals (`KUNA`, `PETRA`): where the
/// words beside it make it who reports — `according to KUNA`, `KUNA reported`, `the state news agency KUNA`,
/// a dateline's credit `KUWAIT CITY (KUNA)` — it is the agency, not the town a dateline in capitals would be.
extension EntityExtractor {
    /// Whether the one word in capitals at `k` stands where an agency that reports stands.
    static func standsAsReportingAgency(at k: Int, in tokens: [Token], gazetteer: Gazetteer) -> Bool {
        let before = k > 0 ? tokens[k - 1] : nil
        let after = k + 1 < tokens.count ? tokens[k + 1] : nil
        // `KUNA reported`, `KUNA news agency said` (a word in lowercase: not a headline in capitals).
        if let after, after.isWord, !after.isAllCaps,
            EnglishLexicon.speechVerbs.contains(lowerOf: after) || Self.agencyNouns.contains(lowerOf: after)
                || after.lowerIs("news") && k + 2 < tokens.count && Self.agencyNouns.contains(lowerOf: tokens[k + 2])
        {
            return true
        }
        guard let before else { return false }
        // `the state news agency KUNA`, `according to KUNA`, `according to the KUNA`.
        if before.isWord, Self.agencyNouns.contains(lowerOf: before) { return true }
        var to = k - 1
        if to > 0, tokens[to].lowerIs("the") { to -= 1 }
        if to > 0, tokens[to].lowerIs("to"), tokens[to - 1].lowerIs("according") { return true }
        // `KUWAIT CITY (KUNA) -`: the credit in brackets after a dateline in capitals, an acronym's length and
        // spelling a town (not `ERBIL (IRAQ)`, where the brackets say the town's country).
        return before.isPunctuation("(") && k >= 2 && tokens[k - 2].isWord && tokens[k - 2].isAllCaps
            && after?.isPunctuation(")") == true && tokens[k].text.utf8.count <= 5
            && gazetteer.place(named: Self.capitalizedForm(tokens[k].text))?.kind == .city
    }

    /// Nouns an agency's name stands beside: `the news agency KUNA`, `KUNA agency`.
    static let agencyNouns: WordSet = ["agency", "agencies"]
}
