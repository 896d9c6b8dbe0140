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

/// `Rebels Shell Marn - Reports TARVO (Kelvan Press) Earlier the Nordic agency reported …`: a headline's
/// `Reports` run into a dateline: the town in capitals before an outlet's credit in brackets is where the
/// story was filed, never who reports (the body's own sentence names that).
extension SourceTracker {
    /// Whether `run`, the capitalised words after a reporting verb, is a dateline's town: every word in
    /// capitals, with an outlet's credit in brackets right after it.
    func isDatelineTown(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard !run.isEmpty, run.upperBound < tokens.count, tokens[run.upperBound].isPunctuation("("),
            run.allSatisfy({ tokens[$0].isAllCaps && tokens[$0].text.utf8.count >= 3 || tokens[$0].text == "-" })
        else { return false }
        let credit = run.upperBound..<min(tokens.count, run.upperBound + 6)
        return FigurePlaces.isOutletCredit(
            at: run.upperBound, in: paragraph,
            mentions: resolver.entities.mentions(in: credit, paragraph: paragraph.position),
            entities: resolver.entities)
    }
}
