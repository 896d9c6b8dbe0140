/// `Rebels fired rockets from Kelvar province into Dornholm, killing two`, `shelled from the Tarn hills at the
/// town of Vessa`: the place something was fired from, with where it went named right after it, is no site of
/// what the shots did (that is where they fell).
extension FigureParagraphReader {
    /// Whether `mention` follows `from` (past `the`, a place noun and `of`, adjectives of places) and `into`,
    /// `at`, `onto` or `towards` comes right after it (past its place noun), with a place named within a few
    /// words of that.
    func isLaunchPlace(_ mention: EntityExtractor.MentionReference) -> Bool {
        var j = mention.tokens.lowerBound - 1
        while j >= 0, mention.tokens.lowerBound - j <= 4,
            tokens[j].lowerIs(oneOf: ["the", "of"]) || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[j])
                || FigureLexicon.placeAdjectives.contains(lowerOf: tokens[j])
                || FigureLexicon.directions.contains(lowerOf: tokens[j])
        {
            j -= 1
        }
        guard j >= 0, tokens[j].lowerIs("from") else { return false }
        var k = mention.tokens.upperBound
        if k < tokens.count, EnglishLexicon.placeHeads.contains(lowerOf: tokens[k]) { k += 1 }
        guard k < tokens.count, tokens[k].lowerIs(oneOf: Self.launchTargetPrepositions) else { return false }
        return !places(startingIn: (k + 1)..<min(tokens.count, k + 6)).isEmpty
    }

    /// Prepositions of where a shot went: `into`, `at`, `onto`, `towards`.
    static let launchTargetPrepositions = ["into", "at", "onto", "towards", "toward"]
}
