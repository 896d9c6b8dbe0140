/// A round-up's section header (a province's or a city's name, `Countryside` after it) run into the first
/// sentence of its section when the text lost the line break: `Kelvar Army units shelled …`, `Kelvar
/// Countryside Army units advanced …`. The header names a place; `Army units` names no body.
extension EntityExtractor {
    /// Lowercase words after `Army` that make it the army's units, not the end of a name.
    static let armyUnitNouns: WordSet = ["units", "unit"]

    /// The header's place when the run opens its sentence and is a place the gazetteer knows (no country:
    /// `Varnia Army units` may be a country's army), alone or before `Countryside`, then `Army`, with `units`
    /// after the run. Nil otherwise.
    func placeHeaderBeforeArmyUnits(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard start == sentence.lowerBound, range.count >= 2, tokens[end - 1].text == "Army",
            end < sentence.upperBound, tokens[end].isWord, Self.armyUnitNouns.contains(tokens[end].text)
        else { return nil }
        var placeEnd = end - 1
        if placeEnd - start >= 2, tokens[placeEnd - 1].text == "Countryside" { placeEnd -= 1 }
        guard let known = knownSpan(at: start, limit: placeEnd, in: paragraph), known.length == placeEnd - start,
            known.evidence.kind == .place, !known.isCountryOrNationality
        else { return nil }
        return [
            candidate(
                start..<(end - 1), in: paragraph, sentence: sentence, initial: initial,
                evidence: Evidence(kind: .place, weight: Evidence.cue))
        ]
    }
}
