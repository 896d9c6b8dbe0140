/// `A correspondent in east Aleppo reported that 15 people were killed in the Ferdous neighbourhood`: a place
/// that closes the subject of a verb of reporting says where the reporter is. It yields to a place named
/// after it; alone (`Activists in Douma said 9 people died`) it is often where things happened, and stays.
/// Where a source is based (`the Observatory, based in Britain, said`) is never where things happened; where
/// an institution sits (`the defence ministry in Moscow said`) is not when its sentence names another place,
/// but alone (`The health ministry in Gaza said 40 people were killed`) it is often where they happened.
extension FigureParagraphReader {
    /// Whether `mention`, named with `in`, `from` or `at`, stands right before a verb of reporting (`said`,
    /// `reported`, `has said`) that comes before the figure at `figureStart`.
    func isReportersPlace(_ mention: EntityExtractor.MentionReference, figureStart: Int) -> Bool {
        guard let verb = reportingVerbAfter(mention), verb < figureStart,
            let link = locativeBefore(mention.tokens.lowerBound, floor: max(0, mention.tokens.lowerBound - 6))
        else { return false }
        return ["in", "from", "at"].contains(link.word)
    }

    /// `The Observatory based in Britain said …`, `… the defence ministry in Moscow said` (its sentence naming
    /// another place): the place closes the subject of a verb of reporting and says where the source sits:
    /// after a participle of being based (``isActorsPlace(_:)``) or right after an institution's noun with `in`.
    func isSourcesBase(_ mention: EntityExtractor.MentionReference) -> Bool {
        guard reportingVerbAfter(mention) != nil else { return false }
        let start = mention.tokens.lowerBound
        if start >= 2, tokens[start - 1].lowerIs("in"), Self.institutionNouns.contains(lowerOf: tokens[start - 2]) {
            let sentence = sentenceRange(paragraph.firstSentence(startingFrom: start + 1) - 1)
            return places.contains { $0.tokens.lowerBound != start && sentence.contains($0.tokens.lowerBound) }
        }
        return isActorsPlace(mention)
    }

    /// Nouns of institutions that sit in a city and report from there: `the ministry in Moscow said`
    /// (not `the army in Aleppo`, `the council in Douma`, which act where they are).
    static let institutionNouns: WordSet = [
        "ministry", "office", "department", "embassy", "headquarters", "agency", "observatory",
    ]

    /// The verb of reporting right after the place (`in Douma said`, `in Douma city has said`, `based in
    /// Britain, said`), if one stands there.
    func reportingVerbAfter(_ mention: EntityExtractor.MentionReference) -> Int? {
        var k = mention.tokens.upperBound
        if k < tokens.count, EnglishLexicon.placeHeads.contains(lowerOf: tokens[k]) { k += 1 }  // `in Douma city said`
        if k < tokens.count, tokens[k].isPunctuation(",") { k += 1 }
        if k < tokens.count, tokens[k].lowerIs(oneOf: ["has", "have", "had", "also"]) { k += 1 }
        guard k < tokens.count, SourceTracker.reportingVerbs.contains(lowerOf: tokens[k]) else { return nil }
        return k
    }
}
