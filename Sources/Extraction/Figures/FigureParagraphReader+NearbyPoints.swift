/// `Jets struck Saraqib, a town near Binnish, …`, `bombed Kafr Nabl, close to Maarat al-Numan`, `hit Douma,
/// some 10 km from Harasta`: a place named after the place struck, in an aside that locates it, is a point
/// to find it by, not a second site.
extension FigureParagraphReader {
    /// Whether `point` comes after `target` in words that locate it: only commas, `a town`, adjectives, a
    /// distance and other places between them, then `near`, `close to`, `outside`, `not far from` or `… km
    /// from` right before `point` (not `struck Saraqib and the area near Binnish`, a second place struck).
    func isNearbyPoint(_ point: EntityExtractor.MentionReference, of target: EntityExtractor.MentionReference) -> Bool {
        let start = point.tokens.lowerBound
        guard start > target.tokens.upperBound, start - target.tokens.upperBound <= 10,
            let link = nearnessLink(before: start), link >= target.tokens.upperBound
        else { return false }
        return (target.tokens.upperBound..<link).allSatisfy { i in
            let word = tokens[i].lower
            return tokens[i].isPunctuation(",") || ["a", "an", "the", "in", "some", "about"].contains(word)
                || tokens[i].isNumber || Self.isDistanceUnit(word)
                || EnglishLexicon.placeOfHeads.contains(word) || FigureLexicon.placeAdjectives.contains(word)
                || FigureLexicon.directions.contains(word) || placeTokens.contains(i)
        }
    }

    /// Where the words that say `near` start, right before token `i`: `near`, `outside`, `close to`, `not far
    /// from`, `20 km from`.
    func nearnessLink(before i: Int) -> Int? {
        guard i >= 2 else { return nil }
        var j = i - 1
        if tokens[j].lowerIs("the") { j -= 1 }  // `near the Binnish crossing`
        let word = tokens[j].lower
        if ["near", "outside"].contains(word) { return j }
        guard j >= 1 else { return nil }
        let before = tokens[j - 1].lower
        if word == "to", before == "close" { return j - 1 }
        if word == "from", before == "far", j >= 2, tokens[j - 2].lowerIs("not") { return j - 2 }
        if word == "from", Self.isDistanceUnit(before) { return j - 1 }
        return nil
    }

    /// `km`, `kilometres`, `miles`.
    static func isDistanceUnit(_ word: String) -> Bool {
        FigureLexicon.measureKinds[word] == .distance
            || FigureLexicon.measureKinds[FigureExtractor.causeSingular(word)] == .distance
    }
}
