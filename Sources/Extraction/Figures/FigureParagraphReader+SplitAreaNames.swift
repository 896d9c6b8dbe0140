/// `in the al-Tarn al-Kabir area in Vessa city`: an area's name the entity pass split in two places side by
/// side, then the town it lies in. As with one name (``namesAreaAround(_:then:)``), the area is the site,
/// written whole.
extension FigureParagraphReader {
    /// The area's whole name when `sorted` (the clause's candidates in order) is two places with no word
    /// between them, a place noun right after the second (`area`, `district`), then the place around them.
    func splitAreaInPlace(_ sorted: [SiteCandidate]) -> String? {
        guard sorted.count == 3, sorted[0].located,
            sorted[0].mention.tokens.upperBound == sorted[1].mention.tokens.lowerBound,
            siteName(sorted[0].mention) != siteName(sorted[1].mention),
            siteName(sorted[1].mention) != siteName(sorted[2].mention),
            !isCountry(sorted[0].mention), !isCountry(sorted[1].mention)
        else { return nil }
        let end = sorted[1].mention.tokens.upperBound
        guard end < tokens.count,
            FigureLexicon.placeNouns.contains(lowerOf: tokens[end])
                || EnglishLexicon.partOfPlaceNouns.contains(lowerOf: tokens[end]),
            namesAreaAround(sorted[1].mention, then: sorted[2].mention)
        else { return nil }
        return paragraph.text(of: sorted[0].mention.tokens.lowerBound..<end)
    }
}
