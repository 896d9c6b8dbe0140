/// An attribution before a quote in its sentence: `Zarif said: "…"`, `According to Zarif, "…"`, `Liu
/// said …, warning: "…"`; and a partial quote's subject after it.
extension QuoteExtractor {
    /// `Zarif said: "…"`, `Liu said …, warning: "…"`, `According to Zarif, "…"`, `quoted Zarif as
    /// saying "…"`, `Zarif said Iran took "proportionate measures"`: the last verb of saying before the
    /// quote in its sentence, and that verb's subject.
    func before(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Attribution? {
        let tokens = p.tokens
        let floor = p.sentenceStart[span.open]
        var v = p.verbBefore[span.open]
        var steps = 0
        while v >= floor, steps < 4 {
            steps += 1
            switch p.verbs[v] {
            case .according?:
                return p.phraseAfter(v + 2, end: span.open)
            case .participle?:
                if let named = p.withClauseSpeaker(participleAt: v, floor: floor) { return named }
                // `Lee was quoted in the Herald saying`, `… quoted by the Herald as saying`: whoever was quoted.
                let quoting = v - 1 >= floor && tokens[v - 1].lowerIs("as") ? p.verbBefore[v - 1] : p.verbBefore[v]
                if quoting >= floor, QuoteLexicon.quotingVerbs.contains(lowerOf: tokens[quoting]),
                    p.isPassive(quoting, limit: floor)
                {
                    return p.subject(ofVerbAt: quoting, limit: floor)?.attribution
                }
                if v - 1 >= floor, tokens[v - 1].lowerIs("as") {
                    // `quoted Zarif as saying`, `Zarif was quoted as saying`
                    let quoting = p.verbBefore[v - 1]
                    guard quoting >= floor, QuoteLexicon.quotingVerbs.contains(lowerOf: tokens[quoting]) else {
                        return nil
                    }
                    if quoting + 1 < v - 1, let object = p.phraseAfter(quoting + 1, end: v - 1) { return object }
                    return p.subject(ofVerbAt: quoting, limit: floor)?.attribution
                }
                let previous = p.verbBefore[v]
                if previous >= floor {
                    v = previous
                    continue
                }
                // `Accusing the US of …, Khamenei reiterated`: the subject comes after the quote.
                // (`Despite the cuts, Kelvan Aid has reaffirmed …, stating "…"`: the subject after a fronted clause.)
                // (`The singer thanked the crowd, adding: "…"`: a role the article gives one person.)
                return subjectAfter(span, in: p) ?? p.sentenceSubject(at: floor, before: v)
                    ?? p.subjectAfterFrontedClause(at: floor) ?? p.roleOpeningSentence(at: floor, before: v)
            case .finite?:
                // `He added: said "…"`: a verb typed twice, the second standing alone after the first's colon.
                if v - 2 >= floor, tokens[v - 1].isPunctuation(":"), p.verbBefore[v] == v - 2, v + 1 == span.open {
                    v -= 2
                    continue
                }
                if QuoteLexicon.quotingVerbs.contains(lowerOf: tokens[v]) { return nil }
                if p.isPassive(v, limit: floor) { return .unnamed(stands: nil) }
                guard let (attribution, start) = p.subject(ofVerbAt: v, limit: floor) else { return nil }
                // `Ann Lee said that Norway had agreed to "…"`: the person reporting, not the place.
                if let reporter = p.personReporting(placeSubject: attribution, at: start, floor: floor) {
                    return reporter
                }
                if attribution == .coordinated {
                    let previous = p.verbBefore[v]
                    if previous >= floor {
                        v = previous
                        continue
                    }
                    return p.sentenceSubject(at: floor, before: v)
                }
                return attribution
            case nil:
                return nil
            }
        }
        return nil
    }

    /// The subject of the first verb of saying after the quote in the same sentence, when the verb
    /// has one of its own (`… upon the region, Khamenei reiterated`; not `… and said`).
    func subjectAfter(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Attribution? {
        guard let close = span.close, close + 1 < p.tokens.count, p.sentenceStart[close + 1] != close + 1 else {
            return nil
        }
        let v = p.finiteVerbFrom[close + 1]
        guard v >= 0, !QuoteLexicon.quotingVerbs.contains(lowerOf: p.tokens[v]),
            let (attribution, _) = p.subject(ofVerbAt: v, limit: close + 1), attribution != .coordinated
        else { return nil }
        return attribution
    }
}
