/// One quote's speaker: the attribution before or after it, a layout line, a run-on quote, or the last
/// speaker when the quote stands alone.
extension QuoteExtractor {
    func resolve(
        _ q: Int, in p: QuoteParagraph, resolved: [Resolution], genders: [Int: QuoteRoles.Gender], recent: Recent,
        reported: inout ReportedNames
    ) -> Resolution {
        let span = p.spans[q]
        if p.isNameGivenInPassive(q) { return .none }
        // A quote that ends its sentence belongs to the attribution before it (`Zarif said: "…."`)
        // sooner than to the next sentence's subject; one that ends with a comma, to what follows.
        let attributions =
            endsSentence(span, in: p)
            ? [before(span, in: p), after(q, in: p)] : [after(q, in: p), before(span, in: p)]
        // `he'd respond, "…"`: a verb of answering right before the quote comes before an earlier verb.
        for case let attribution? in [p.wouldSaySpeaker(before: span.open)] + attributions + [p.framedAttribution(q)] {
            // Only `he` and `she` read whom a parenthetical reports on.
            var excluding: Set<String> = []
            if case .pronoun(let pronoun) = attribution, pronoun == "he" || pronoun == "she" {
                excluding = reported.names(inSentenceOf: span.open, in: p) {
                    reportedNames(p.peopleReported(inSentenceOf: span.open), p, genders, recent)
                }
            }
            let resolution = speaker(attribution, p, genders, recent, excluding: excluding)
            if resolution != .none { return resolution }
        }
        if let layout = p.layoutSpeaker(before: span) { return speaker(layout, p, genders, recent) }
        let context = clause(before: q, in: p)
        let heading = p.paragraph.kind == .headline || p.paragraph.kind == .crosshead
        if !context.hasWords && !heading {
            if span.reopened, q > 0 { return resolved[q - 1] }
            if let attribution = attributionAfterRunOn(q, in: p) { return speaker(attribution, p, genders, recent) }
            let opensParagraph = span.open <= p.firstWord
            if q == 0, opensParagraph, let runsOn = recent.runsOn { return runsOn }
            if opensParagraph, let named = namedSpeakerOfNextSentence(q, in: p) {
                return speaker(named, p, genders, recent)
            }
            if let last = recent.lastSpeech,
                last.paragraph == p.position || last.paragraph == p.position - 1 && opensParagraph
            {
                return last.resolution
            }
            if let subject = subjectOfPreviousSentence(q, in: p) { return speaker(subject, p, genders, recent) }
        } else if isPartial(span, context: context, in: p), let attribution = subjectAfter(span, in: p) {
            return speaker(attribution, p, genders, recent)
        }
        return .none
    }

    /// `"Sexism limits us all. "It is simply wrong," she said.`: a quote left open and reopened by the
    /// next one in the paragraph is one speech, said by whoever the attribution after its end names.
    func attributionAfterRunOn(_ q: Int, in p: QuoteParagraph) -> Attribution? {
        var k = q
        while k + 1 < p.spans.count, k - q < 8, p.spans[k].close == nil, p.spans[k + 1].reopened {
            k += 1
            if p.spans[k].close != nil { return after(k, in: p) }
        }
        return nil
    }
}
