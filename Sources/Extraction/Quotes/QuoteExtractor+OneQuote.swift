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
            let isPersonPronoun: Bool
            if case .pronoun(let pronoun) = attribution, pronoun == "he" || pronoun == "she" {
                isPersonPronoun = true
                excluding = reported.names(inSentenceOf: span.open, in: p) {
                    reportedNames(p.peopleReported(inSentenceOf: span.open), p, genders, recent)
                }
            } else {
                isPersonPronoun = false
            }
            // `A witness named Bo Lin … described the blast. "…," he said`: the person just introduced.
            if isPersonPronoun, case .pronoun(let pronoun) = attribution,
                let introduced = recent.introducedPerson(
                    for: pronoun, sentence: p.sentenceStart[span.open], in: p,
                    excluding: excluding.union(reportedNames(p.peopleNamed(inQuote: q), p, genders, recent)))
            {
                return .speaker(introduced)
            }
            var resolution = speaker(attribution, p, genders, recent, excluding: excluding)
            // Nor does it stand for one the quote itself names (``QuoteParagraph/peopleNamed(inQuote:)``): read
            // again without them only when it did.
            if isPersonPronoun, let name = resolution.speaker?.name {
                let named = reportedNames(p.peopleNamed(inQuote: q), p, genders, recent)
                if named.contains(name) {
                    resolution = speaker(attribution, p, genders, recent, excluding: excluding.union(named))
                }
            }
            if resolution != .none { return resolution }
        }
        if q > 0, isSecondHalf(q, in: p), case .speaker = resolved[q - 1] { return resolved[q - 1] }
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

    /// `"…," said Ann Lee in a statement, "and …"`: quote `q` goes on the sentence of the quote before it,
    /// after a comma that ends that quote's attribution (the verb of saying inverted, so nothing before the
    /// second half names its speaker): one quote split by its attribution, the same speaker's.
    func isSecondHalf(_ q: Int, in p: QuoteParagraph) -> Bool {
        let span = p.spans[q]
        let previous = p.spans[q - 1]
        guard let close = previous.close, close + 1 < span.open, span.open >= 1,
            p.tokens[span.open - 1].isPunctuation(","), p.sentenceStart[close + 1] == p.sentenceStart[span.open],
            !endsSentence(previous, in: p)
        else { return false }
        // Not `said Jo Lin, who wore the slogan "Back the Bid" on her shirt`: a clause of its own between, or a
        // quoted phrase that does not end the sentence.
        if ((close + 1)..<span.open).contains(where: { QuoteLexicon.relativePronouns.contains(lowerOf: p.tokens[$0]) }) {
            return false
        }
        // Not `said Ann Lee, as supporters shouted, "…"`: only the first quote's attribution between the two, no
        // clause of its own (`as`, `while`, `and` …) nor a second verb of saying.
        var finiteVerbs = 0
        for k in (close + 1)..<span.open where p.spanOf[k] < 0 && p.mentionCovering[k] < 0 {
            if p.verbs[k] == .finite { finiteVerbs += 1 }
            let opensClause =
                QuoteLexicon.clauseBoundaries.contains(lowerOf: p.tokens[k]) && !p.isRoleConjunction(k, limit: close + 1)
            if finiteVerbs > 1 || opensClause { return false }
        }
        if let end = span.close, end + 1 < p.tokens.count, p.sentenceStart[end + 1] != end + 1,
            !endsSentence(span, in: p), !p.tokens[end + 1].isPunctuation(".")
        {
            return false
        }
        return after(q - 1, in: p) != nil
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
