/// Villages listed where the text lost its commas, a place word's name then one joined to its Arabic
/// article: `shelled Tell Vesk al-Karmun and Bir Tarn`, `in Homs Kafr Roa Jub al-Tarn and Hama`.
extension EntityExtractor {
    /// `Tell Vesk al-Karmun` → `Tell Vesk`, `al-Karmun`; `Kafr Roa Jub al-Tarn` → `Kafr Roa`, `Jub al-Tarn`:
    /// a place prefix and one word, then a word joined to its article (alone, or after one word that is
    /// no given name, title or English word), inside a list of places (see ``isInPlaceList``). Whatever
    /// follows is read on its own. Nil otherwise: a name the gazetteer knows whole never gets here.
    func splitArticleNameAfterPlacePrefix(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard range.count >= 3, EntityLexicon.placePrefixes.contains(tokens[start].text),
            isBarePlaceWord(tokens[start + 1])
        else { return nil }
        // The next place: `al-Karmun`, or `Jub al-Tarn`.
        var next = (start + 2)..<(start + 3)
        // `Kafr Roa al-Kabir`: an adjective joined to its article ends the name before it.
        if EntityArabicPlaceAdjectives.contains(tokens[start + 2]) { return nil }
        if !Self.hasJoinedArticle(tokens[start + 2]) {
            guard start + 3 < end, Self.hasJoinedArticle(tokens[start + 3]), isBarePlaceWord(tokens[start + 2]),
                !isGivenName(tokens[start + 2]), !isCommonWord(tokens[start + 2])
            else { return nil }
            next = (start + 2)..<(start + 4)
        }
        // `al-Karmun al-Shamaliyeh`: an adjective joined to its article goes on with the place before it.
        while next.upperBound < end, EntityArabicPlaceAdjectives.contains(tokens[next.upperBound]) {
            next = next.lowerBound..<(next.upperBound + 1)
        }
        // `Tell Vesk al-Karmun` may be one name when it stands alone: only inside a list.
        guard isInPlaceList(start..<next.upperBound, runEnd: end, in: paragraph, sentence: sentence),
            knownSpan(at: next.lowerBound, limit: next.upperBound, in: paragraph).map({ $0.evidence.kind == .place })
                ?? true
        else { return nil }
        let rest = next.upperBound..<end
        return pieces(of: start..<next.lowerBound, in: paragraph, sentence: sentence, sentenceInitial: initial)
            + [
                candidate(
                    next, in: paragraph, sentence: sentence, initial: false,
                    evidence: Evidence(kind: .place, weight: Evidence.context))
            ]
            + (rest.isEmpty ? [] : pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: false))
    }

    /// A capitalised word that may be a village's own name: not in capitals, not joined to an article or
    /// another word, no particle (`Abu`, `Bin`), place prefix or title.
    private func isBarePlaceWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isAllCaps && !token.text.contains(ascii: "-")
            && !EnglishLexicon.nameParticles.contains(token.lower) && !EntityLexicon.placePrefixes.contains(token.text)
            && !isTitle(token)
    }

    /// Whether `piece` of the run ending at `runEnd` is one item of a list of places: a place frame (`in`,
    /// `shelled`, `the villages of`) before the run's first word, and another name glued before the piece,
    /// or more of the run after it, or `and`, `or` or a comma and a name right after the run.
    private func isInPlaceList(
        _ piece: Range<Int>, runEnd: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Bool {
        let tokens = paragraph.tokens
        // The run's first word (a bounded walk back: a list of glued names is short).
        var first = piece.lowerBound
        while first > sentence.lowerBound, piece.lowerBound - first < 12, tokens[first - 1].isNamePart { first -= 1 }
        guard Self.listFrame(before: first, in: tokens) != nil else { return false }
        if first < piece.lowerBound || piece.upperBound < runEnd { return true }
        guard runEnd + 1 < sentence.upperBound else { return false }
        let joiner = tokens[runEnd]
        return (joiner.lower == "and" || joiner.lower == "or" || joiner.isPunctuation(","))
            && tokens[runEnd + 1].isNamePart
    }
}
