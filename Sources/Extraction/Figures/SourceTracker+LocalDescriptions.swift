/// `… clashes near the town of Dornholm local media reported` (text that lost its commas): after a
/// preposition's capitalised object, `local` opens a description of an unnamed source of its own (`local
/// media`, `local officials`, `local sources`). The name before it is where things happened, no owner of
/// the source: `Dornholm local media` names no one.
extension SourceTracker {
    /// The token where a description opening on `local` starts, after the capitalised words that open
    /// `words` and end right before it, when the description ends on a lowercase head; nil otherwise.
    func unnamedLocalSubject(in words: ClosedRange<Int>, tokens: [Token]) -> Int? {
        var k = words.lowerBound
        while k <= words.upperBound, tokens[k].isCapitalized || tokens[k].isNamePart { k += 1 }
        guard k > words.lowerBound, k < words.upperBound, tokens[k].lowerIs("local"),
            (k...words.upperBound).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized })
        else { return nil }
        return k
    }
}
