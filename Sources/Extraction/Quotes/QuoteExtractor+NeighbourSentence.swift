/// A quote with no attribution of its own and a neighbouring sentence that names who says it:
///
/// - opening its paragraph as a sentence of its own, followed by a sentence whose named subject says
///   something: `"It cannot go on." Mayor Ann Lowe said the council would act.` The speaker carried over
///   from the paragraph before gives way to that name;
/// - right after a sentence of the same paragraph whose subject is a named person (after an opening phrase
///   too), when nobody has spoken in the paragraph: `Director Ann Lowe criticised the system. "There is no
///   logic to it."`
extension QuoteExtractor {
    /// Verbs whose subject, in the sentence right after a quote, is that quote's speaker. Not the
    /// verbs of answering (`agreed`, `replied`, `countered`): their subject answers the quote.
    static let continuingVerbs: WordSet = [
        "said", "says", "added", "adds", "told", "tells", "insisted", "insists", "warned", "warns", "explained",
        "explains", "stressed", "continued", "continues", "wrote", "writes",
    ]

    /// The named subject (a person or an organisation, not a pronoun or a role) of a verb of saying in
    /// the sentence right after the quote, when that sentence holds no quote of its own.
    func namedSpeakerOfNextSentence(_ q: Int, in p: QuoteParagraph) -> Attribution? {
        let span = p.spans[q]
        guard let close = span.close, endsSentence(span, in: p) else { return nil }
        let s = close + 1
        guard s < p.tokens.count, p.tokens[s].isWord, p.tokens[s].isCapitalized else { return nil }
        let end = p.sentenceEnd[s]
        if q + 1 < p.spans.count, p.spans[q + 1].open < end { return nil }
        let v = p.finiteVerbFrom[s]
        guard v >= 0, v < end, v - s <= QuoteParagraph.subjectReach + 4,
            Self.continuingVerbs.contains(lowerOf: p.tokens[v]),
            let (attribution, start) = p.subject(ofVerbAt: v, limit: s), start == s,
            case .entity = attribution
        else { return nil }
        return attribution
    }

    /// The named person who is the subject of the sentence right before the quote, in the same paragraph,
    /// when the quote opens its own sentence, that sentence holds no quote and its verb is not `be` or
    /// `have` (`Ann Lowe was arrested on Friday. "…"` is not hers).
    func subjectOfPreviousSentence(_ q: Int, in p: QuoteParagraph) -> Attribution? {
        let span = p.spans[q]
        let s = p.sentenceStart[span.open]
        guard s > 0, s > p.firstWord, (s..<span.open).allSatisfy({ p.tokens[$0].kind == .punctuation }) else {
            return nil
        }
        let previous = p.sentenceStart[s - 1]
        guard (previous..<s).allSatisfy({ p.spanOf[$0] < 0 }) else { return nil }
        // `In an essay for the Herald, Ann Lowe set out her case. "…"`: the subject after an opening phrase.
        var opening = previous
        if p.sentenceSubject(at: previous, before: s) == nil, let comma = p.frontedClauseComma(at: previous) {
            opening = comma + 1
        }
        guard case .entity(let e)? = p.sentenceSubject(at: opening, before: s),
            p.entities.entities[e].kind == .person
        else { return nil }
        let subjectStart = p.sentenceSubjectStart(from: opening, before: s)
        guard p.mentionCovering[subjectStart] >= 0 else { return nil }
        var k = p.mentions[p.mentionCovering[subjectStart]].tokens.upperBound
        while k < s, p.tokens[k].lowerIs(oneOf: ["also", "then", "later", "however", "though", "again"]) { k += 1 }
        guard k < s, !Self.stateVerbs.contains(lowerOf: p.tokens[k]) else { return nil }
        return .entity(e)
    }

    /// Forms of `be` and `have`: a subject that is described or acted on (`was arrested`, `has been
    /// charged`), not one who acts.
    static let stateVerbs: WordSet = [
        "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "'s",
    ]
}
