/// Another story's headline glued before the lead by the page's furniture names no source of the article:
/// `… Related Minister says talks go on …`, `… Monday 6 Mar 2017 UN says airdrops not imminent Jets struck …`.
/// (`Monday 6 Mar 2017 State media says 30 people were killed …` opens the lead: its report gives a count.)
extension SourceTracker {
    /// Whether `says` (or `say`) at `i` is a glued headline's: after `Related`, or after a dated stamp when no
    /// count follows within a few words.
    func isGluedHeadlineReport(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        switch FurnitureStamp.marker(before: i, in: sentence, tokens: tokens) {
        case .related: return true
        case .dateStamp:
            let after = (i + 1)..<min(i + 5, sentence.upperBound)
            return !after.contains { tokens[$0].isNumber || NumberWords.startsNumeral(tokens[$0]) }
        case nil: return false
        }
    }
}
