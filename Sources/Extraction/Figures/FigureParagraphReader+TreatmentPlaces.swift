/// `Four wounded were brought to hospitals in Hatay province`, `rushed to Binnish for treatment`: where the
/// hurt were taken is not where they were hurt.
extension FigureParagraphReader {
    /// Whether the place is where people were taken: right after a verb of taking and `to` (`rushed to
    /// Binnish`), or after `to` and a hospital (`taken to a hospital in Aleppo`; not `hit a hospital in
    /// Aleppo`, the place struck), past `the`, adjectives, place nouns and other places (`Turkey's Hatay`).
    func isPlaceOfTreatment(_ mention: EntityExtractor.MentionReference) -> Bool {
        var j = mention.tokens.lowerBound - 1
        while j >= 1, mention.tokens.lowerBound - j <= 8 {
            let word = tokens[j].lower
            if word == "to", Self.takingVerbs.contains(lowerOf: tokens[j - 1]) { return true }
            if word == "in" || word == "at", Self.careNouns.contains(lowerOf: tokens[j - 1]) {
                return takesToCare(before: j - 1)
            }
            let isPlaceWord =
                ["the", "a", "of", "'s", "'"].contains(word) || FigureLexicon.placeAdjectives.contains(word)
                || EnglishLexicon.placeOfHeads.contains(word) || placeTokens.contains(j)
            guard isPlaceWord else { return false }
            j -= 1
        }
        return false
    }

    /// Whether `to` stands a few words before the hospital at `care` (`to a field hospital`, `to hospitals`).
    func takesToCare(before care: Int) -> Bool {
        var k = care - 1
        while k >= 0, care - k <= 3 {
            if tokens[k].lowerIs("to") { return true }
            guard tokens[k].lowerIs(oneOf: ["a", "the", "field", "nearby", "local", "makeshift"]) else { return false }
            k -= 1
        }
        return false
    }

    /// Verbs that take the hurt somewhere: `rushed to`, `taken to`.
    /// (Not `moved` or `sent`: `300 jobs would be moved to London` says where jobs go, not where anyone was taken.)
    static let takingVerbs: WordSet = [
        "taken", "brought", "rushed", "transferred", "transported", "flown", "airlifted", "admitted", "carried",
    ]

    /// Places of care: `hospitals in`, `a clinic in`.
    static let careNouns: WordSet = ["hospital", "hospitals", "clinic", "clinics", "infirmary"]
}
