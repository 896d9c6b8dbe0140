/// `the village of Bab Vessa Syria`, `Tell Karmun Syria`: a country run onto the end of a place's name whose
/// comma was lost (`Bab Vessa, Syria`). The place and the country are two names, not one place.
extension EntityExtractor {
    /// The place and the country of such a run; nil when the run is no place's name (only after `the village
    /// of`, `the town of` and their like, or opening with a place's prefix such as `Bab`, `Tell`), when the
    /// name before the country is shorter than two words (`Port Sudan`, `Little Italy` are one name) or opens
    /// with a given name, or when no country the gazetteer knows ends it.
    func splitOffTrailingCountry(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard end - start >= 3, !isGivenName(tokens[start]) else { return nil }
        let framedAsPlace =
            start - 2 >= sentence.lowerBound && tokens[start - 1].lower == "of"
            && EnglishLexicon.placeOfHeads.contains(tokens[start - 2].lower)
        guard framedAsPlace || EntityLexicon.placePrefixes.contains(tokens[start].text) else { return nil }
        // The country: the longest known name ending the run (`Syria`, `Saudi Arabia`).
        guard
            let country = ((start + 2)..<end).first(where: { k in
                guard let span = knownSpan(at: k, limit: end, in: paragraph), span.length == end - k else {
                    return false
                }
                return span.evidence.kind == .place
                    && gazetteer.place(named: paragraph.text(of: k..<end))?.kind == .country
            }),
            let span = knownSpan(at: country, limit: end, in: paragraph)
        else { return nil }
        let place = start..<country
        guard place.allSatisfy({ tokens[$0].isWord }) else { return nil }
        return pieces(of: place, in: paragraph, sentence: sentence, sentenceInitial: initial)
            + [candidate(country..<end, in: paragraph, sentence: sentence, initial: false, evidence: span.evidence)]
    }
}
