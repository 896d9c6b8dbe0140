/// `Three men were beheaded in Tarn square`, `Two were shot dead at Vessa Square`: a street or square is too
/// fine to be a site while the clause names the town it is in, but when it is the one place the clause
/// names and the clause tells of what happened there (`in`, `at`, `on` before it, an event word in the
/// clause), it is the most precise place the text gives (as a struck street is, in ``struckStreet(in:)``).
extension FigureParagraphReader {
    /// The square the clause says its incident happened in, when the clause names no other place.
    func incidentSquare(in clause: Range<Int>) -> String? {
        let named = places.filter { clause.contains($0.tokens.lowerBound) }
        guard let square = named.first, named.allSatisfy({ siteName($0) == siteName(square) }), isSquare(square),
            !isActorsPlace(square), !isInAsideAboutTheSource(square),
            let link = locativeBefore(square.tokens.lowerBound, floor: clause.lowerBound),
            ["in", "at", "on"].contains(link.word),
            clause.contains(where: { FigureVocabulary.eventWords[tokens[$0].lower] != nil })
        else { return nil }
        return siteName(square)
    }

    /// `Tarn Square`, `Tarn square`: a place whose head, in its name or right after it, is `square`.
    func isSquare(_ mention: EntityExtractor.MentionReference) -> Bool {
        let end = mention.tokens.upperBound
        if mention.tokens.count >= 2, tokens[end - 1].lowerIs("square") { return true }
        return end < tokens.count && tokens[end].lowerIs("square")
    }
}
