// The speaker after its verb: `said Zarif`, `according to the ministry`.

extension QuoteParagraph {
    /// `…, said activist Mustafa Ebdi.`: the speaker after an inverted verb of saying, when the phrase
    /// after it is a name that ends the clause (not `said Iran would respond`).
    func invertedSubject(ofVerbAt v: Int) -> Attribution? {
        guard QuoteLexicon.inversionVerbs.contains(lowerOf: tokens[v]), v + 1 < tokens.count else { return nil }
        let end = sentenceEnd[v]
        var e = v + 1
        while e < end, !isBoundary(e) || isInitialStop(e), e - v <= Self.subjectReach {
            if tokens[e].isWord, mentionCovering[e] < 0, QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: tokens[e])
            {
                return nil
            }
            e += 1
        }
        guard e == end || tokens[e].isPunctuation(",") || tokens[e].isPunctuation(".") || tokens[e].lowerIs("who")
        else { return nil }
        switch phraseAfter(v + 1, end: e) {
        case .entity(let entity)?: return .entity(entity)
        case .name(let name)?: return .name(name)
        default: return nil
        }
    }

    /// `…, but the important thing was the content, said Mr Thomas.`: after a comma, an inverted verb of
    /// saying whose name ends the sentence says who spoke the whole sentence.
    func sentenceClosingSpeaker(ofVerbAt v: Int) -> Attribution? {
        guard v > 0, tokens[v - 1].isPunctuation(","), let found = invertedSubject(ofVerbAt: v) else { return nil }
        let end = sentenceEnd[v]
        var e = v + 1
        while e < end, !isBoundary(e) || isInitialStop(e) { e += 1 }
        guard e == end || e == end - 1 && tokens[e].isPunctuation(".") else { return nil }
        return found
    }

    /// `said Zarif`, `according to the ministry`: the phrase right after `start` up to a comma,
    /// full stop, relative pronoun or adverbial, read head first.
    func phraseAfter(_ start: Int, end: Int) -> Attribution? {
        let e = phraseEnd(from: start, end: end)
        guard e > start else { return nil }
        let attribution = classifyHeadFirst(start...(e - 1))
        // `said its chairman, Sir Anthony Greener.`: the role, then the name.
        if case .unnamed? = attribution, e < end, tokens[e].isPunctuation(",") {
            let next = phraseEnd(from: e + 1, end: end)
            if next > e + 1, next == end || tokens[next].isPunctuation(",") || tokens[next].isPunctuation("."),
                let named = name(in: (e + 1)...(next - 1))
            {
                return named
            }
        }
        return attribution
    }

    private func phraseEnd(from start: Int, end: Int) -> Int {
        var e = start
        while e < end, !isBoundary(e) || isInitialStop(e) || isRoleConjunction(e, limit: start),
            e - start < Self.subjectReach,
            !(QuoteLexicon.adverbialPrepositions.contains(lowerOf: tokens[e]) && mentionCovering[e] < 0 && e > start
                && !opensIssuer(at: e, after: start))
        {
            e += 1
        }
        return e
    }
}
