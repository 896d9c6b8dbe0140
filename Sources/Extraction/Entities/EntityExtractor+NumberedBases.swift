/// Military bases named by a number (`Base 47`, `Airbase 12`): the number is part of the place's name.
extension EntityExtractor {
    /// Capitalised words that name a base when a number follows.
    static let numberedBaseWords: WordSet = ["Base", "Airbase"]

    /// Whether the number at `k` ends a base's name begun by the word before it: one to three digits,
    /// and not a count or a time after it (`Base 4 p.m.`, `Base 2 of 5`).
    func numbersBase(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k >= 1, k < limit, tokens[k].isNumber, tokens[k].spaceBefore, Self.numberedBaseWords.contains(tokens[k - 1].text),
            (1...3).contains(tokens[k].text.utf8.count), tokens[k].text.utf8.allSatisfy({ (48...57).contains($0) })
        else { return false }
        return k + 1 >= limit || !tokens[k + 1].isNumber && tokens[k + 1].lower != "of"
    }

    /// `Base 47`: a base's word and its number name a place.
    func isNumberedBase(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        range.count >= 2 && tokens[range.upperBound - 1].isNumber
            && Self.numberedBaseWords.contains(tokens[range.upperBound - 2].text)
    }
}
