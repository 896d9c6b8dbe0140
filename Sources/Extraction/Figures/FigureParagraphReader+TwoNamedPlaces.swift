/// `rockets at the Tarn military airport and Vessa international airport`, `shells on the Kelvar school and the
/// Dornholm hospital`: two named places (a name, up to two words describing it, a noun of places or buildings)
/// joined by `and` or `or`. A count over both happened at neither alone: it has no site of one of them.
extension FigureParagraphReader {
    /// Whether `mention`, followed by its noun of places, names one of two such places: `and`/`or` and the
    /// other's name and noun after its noun, or the other's name and noun and then `and`/`or` before it.
    func namesOneOfTwoPlaces(_ mention: EntityExtractor.MentionReference, clause: Range<Int>) -> Bool {
        guard let noun = nounOfPlace(after: mention.tokens.upperBound, limit: clause.upperBound) else { return false }
        // `the Tarn military airport and (the) Vessa international airport`.
        var k = noun + 1
        if k < clause.upperBound, tokens[k].lowerIs(oneOf: ["and", "or"]) {
            k += 1
            if k < clause.upperBound, tokens[k].lowerIs("the") { k += 1 }
            let name = k
            while k < clause.upperBound, k - name < 3, tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
            if k > name, nounOfPlace(after: k, limit: clause.upperBound) != nil { return true }
        }
        // `the Tarn military airport and (the) Vessa air base`, this mention the second.
        var j = mention.tokens.lowerBound - 1
        if j >= clause.lowerBound, tokens[j].lowerIs("the") { j -= 1 }
        guard j - 2 >= clause.lowerBound, tokens[j].lowerIs(oneOf: ["and", "or"]), isNounOfPlace(tokens[j - 1]) else {
            return false
        }
        var w = j - 2
        while w > clause.lowerBound, j - 1 - w <= 2, isDescribingWord(tokens[w]) { w -= 1 }
        return tokens[w].isWord && tokens[w].isCapitalized
    }

    /// The index of a noun of places or buildings (``isNounOfPlace(_:)``) at `start` or past up to two lowercase
    /// words describing it (`military airport`, `air base`); nil when none stands there.
    func nounOfPlace(after start: Int, limit: Int) -> Int? {
        var k = start
        while k < limit, k - start <= 2 {
            if isNounOfPlace(tokens[k]) { return k }
            guard isDescribingWord(tokens[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// `airport`, `base`, `village`, `hospital`, `school`: a noun of places (``EnglishLexicon/placeHeads``) or of
    /// buildings (``buildingNouns``), singular.
    func isNounOfPlace(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized
            && (EnglishLexicon.placeHeads.contains(lowerOf: token) || Self.buildingNouns.contains(lowerOf: token))
    }

    /// A lowercase word that may describe a noun of places (`military`, `international`, `air`): no small word
    /// of grammar, no verb of what happened.
    func isDescribingWord(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && !FigureLexicon.phraseBreakers.contains(lowerOf: token)
            && FigureVocabulary.eventWords[token.lower] == nil && !EnglishLexicon.speechVerbs.contains(lowerOf: token)
    }
}
