/// One paragraph's reading, token by token: each quote resolved where it opens, and what the narration
/// between quotes says about who speaks next (people mentioned, sentence subjects, verbs of saying),
/// carried to the next paragraph in ``QuoteExtractor/Recent``.
extension QuoteExtractor {
    /// The quotes a paragraph holds, with speakers, reading and updating what came before.
    func extract(from p: QuoteParagraph, genders: [Int: QuoteRoles.Gender], recent: inout Recent) -> [Quote] {
        var quotes: [Quote] = []
        var resolutions: [Resolution] = []
        var nextSpan = 0
        let runBefore = recent.runsOn
        var lastEmitted = false
        var reported = ReportedNames()
        var named: Int?
        for i in p.tokens.indices {
            if nextSpan < p.spans.count, p.spans[nextSpan].open == i {
                let resolution = resolve(
                    nextSpan, in: p, resolved: resolutions, genders: genders, recent: recent, reported: &reported)
                resolutions.append(resolution)
                named = resolution.speaker == nil ? nil : nextSpan
                noteQuote(nextSpan, resolution, in: p, runBefore: runBefore, recent: &recent)
                lastEmitted = false
                if let quote = quote(nextSpan, in: p, speaker: resolution.speaker?.name) {
                    quotes.append(quote)
                    lastEmitted = true
                }
                nextSpan += 1
            }
            guard p.spanOf[i] < 0 else { continue }
            noteMentionedPerson(at: i, in: p, genders: genders, recent: &recent)
            if i == p.sentenceStart[i] {
                noteSentenceSubject(at: i, in: p, genders: genders, recent: &recent)
                noteIntroducedSubject(at: i, in: p, genders: genders, recent: &recent)
            }
            // (Most tokens are no verb: neither is asked of them.)
            if p.verbs[i] != nil, !attributesNamedQuote(i, named, in: p) {
                noteVerb(at: i, in: p, genders: genders, recent: &recent)
            }
        }
        noteRunOn(in: p, resolutions: resolutions, runBefore: runBefore, lastEmitted: lastEmitted, recent: &recent)
        return quotes
    }

    /// `"…," Ann Roe, a fellow at an institute in Tarn, Loria, said. "…"`: the verb right after quote `q`
    /// that named its speaker is that quote's attribution, already noted as speech; its subject read on
    /// its own would be the appositive's last name. Not after a partial quote, whose speaker is noted as
    /// speech only when it is the sentence's subject (`… to "legalise it", Mr Lee stressed. "…"`).
    private func attributesNamedQuote(_ i: Int, _ q: Int?, in p: QuoteParagraph) -> Bool {
        guard let q, p.verbs[i] == .finite, let close = p.spans[q].close, close < i,
            p.sentenceStart[close] == p.sentenceStart[i], p.finiteVerbFrom[close] == i,
            !isPartial(p.spans[q], context: clause(before: q, in: p), in: p)
        else { return false }
        return after(q, in: p) != nil
    }

    /// A quote's speaker as the next quote's and the next pronoun's, and as the speaker of the run of
    /// unattributed paragraphs it closes.
    private func noteQuote(
        _ q: Int, _ resolution: Resolution, in p: QuoteParagraph, runBefore: Resolution?, recent: inout Recent
    ) {
        if q == 0, p.spans[q].open <= p.firstWord, runBefore == .some(.none), recent.unattributedRunOn > 0,
            let speaker = resolution.speaker
        {
            recent.backfill = (recent.unattributedRunOn, speaker.name)
        }
        // A partial quote makes its speaker the next quote's only when the speaker is the
        // sentence's subject (`Morris accused both parties of "…"`, `For the party, Ann Lee called it
        // "…"`), not inside a reported clause (`Lewis reminded MPs that McCartney described him as "…"`).
        let span = p.spans[q]
        var speech = !isPartial(span, context: clause(before: q, in: p), in: p)
        let sentence = p.sentenceStart[span.open]
        if !speech, case .speaker(let speaker) = resolution, let entity = speaker.entity,
            case .entity(entity)? = p.sentenceSubject(at: sentence, before: span.open)
                ?? p.subjectAfterFrontedClause(at: sentence)
        {
            speech = true
        }
        recent.note(resolution, paragraph: p.position, speech: speech)
        if speech, resolution.speaker != nil, p.isStatementQuote(q) {
            recent.statementSpeech = (resolution, p.position)
        }
    }

    /// A person named at `i`, remembered for a later pronoun whose gender no recent subject fits.
    private func noteMentionedPerson(
        at i: Int, in p: QuoteParagraph, genders: [Int: QuoteRoles.Gender], recent: inout Recent
    ) {
        guard p.mentionCovering[i] >= 0, p.mentions[p.mentionCovering[i]].tokens.lowerBound == i,
            case .speaker(let person) = speaker(.entity(p.mentions[p.mentionCovering[i]].entity), p, genders, recent),
            person.kind == .person,
            // (Not a fragment made a person by default: `Facility` of a cut `International Finance Facility`.)
            p.entities.isEvidentPerson(
                p.mentions[p.mentionCovering[i]].entity, mentionedAt: p.mentions[p.mentionCovering[i]].tokens,
                tokens: p.tokens)
        else { return }
        recent.mentioned.append((person, p.position, p.isClauseSubject(p.mentionCovering[i])))
        if recent.mentioned.count > 32 { recent.mentioned.removeFirst(16) }
    }

    /// Who the next `he` or `she` may be: a person opening a sentence, the subject of a verb of
    /// saying, the source after `according to`. A sentence about someone else (`Two fans waited`)
    /// leaves `they` nobody to stand for, unless it goes on about them (`they put out …`).
    private func noteSentenceSubject(
        at i: Int, in p: QuoteParagraph, genders: [Int: QuoteRoles.Gender], recent: inout Recent
    ) {
        let subject =
            p.sentenceSubject(at: i, before: p.sentenceEnd[i]) ?? p.subjectAfterFrontedClause(at: i)
            ?? p.unnamedSpokesSubject(at: i)
        if case .entity(let e)? = subject, p.entities.entities[e].kind == .person {
            recent.note(speaker(.entity(e), p, genders, recent), paragraph: p.position, speech: false)
        } else if case .entity(let e)? = subject, p.entities.entities[e].kind == .organization {
            // `Kelvar Corp could face a fine. Last week, it denied … "…," it said`: the organisation the narration
            // last made a subject is whom `it` stands for, not one that spoke before it.
            recent.note(speaker(.entity(e), p, genders, recent), paragraph: p.position, speech: false)
        } else if case .unnamed(stands: .person)? = subject {
            // `A Labour spokesman criticised the plan. "…," he said`: the unnamed one, not a name before.
            recent.note(.unnamed(.person), paragraph: p.position, speech: false)
        } else if subject == nil, let owner = p.possessorOpeningSentence(at: i) {
            // `Dornack's pie won first place. … He told the crowd: "…"`: whose thing the sentence is about.
            recent.note(speaker(.entity(owner), p, genders, recent), paragraph: p.position, speech: false)
        } else if subject != .pronoun("they"), subject != .pronoun("it") {
            recent.lastSubject = .unnamed(nil)
        }
    }

    /// A verb of saying or reporting at `i`, a participle after a comma, or `according to`: who the
    /// next quote without an attribution of its own is by.
    private func noteVerb(at i: Int, in p: QuoteParagraph, genders: [Int: QuoteRoles.Gender], recent: inout Recent) {
        let tokens = p.tokens
        switch p.verbs[i] {
        case .finite?:
            // A verb that attributes speech (`said`, `added`) makes its subject the next quote's
            // speaker; another verb of reporting (`urged`, `accused`) does so when it names the
            // subject; `reported`, `described` only tell who `he` is.
            let word = tokens[i].lower
            if QuoteLexicon.quotingVerbs.contains(word) {
                // `The paper quoted Mr Clarke telling activists …`: the one quoted speaks next.
                if let quoted = p.quotedSpeaker(afterVerbAt: i) {
                    recent.note(speaker(quoted, p, genders, recent), paragraph: p.position, speech: true)
                }
                break
            }
            // `The album was hailed as …`: what a verb of naming names in the passive says nothing.
            if QuoteLexicon.namingVerbs.contains(word), p.isPassive(i, limit: p.sentenceStart[i]) { break }
            // `Holm said groups dubbed "pioneers" were …`: a verb of naming after a noun that opens the clause of
            // another verb of saying describes that noun; it is no one's speech or subject.
            if QuoteLexicon.namingVerbs.contains(word),
                let named = p.subject(ofVerbAt: i, limit: p.sentenceStart[i]), named.start > p.sentenceStart[i],
                p.verbs[named.start - 1] != nil
            {
                break
            }
            let closing = p.sentenceClosingSpeaker(ofVerbAt: i)
            let subject = closing == nil ? p.subject(ofVerbAt: i, limit: p.sentenceStart[i]) : nil
            var found = closing ?? subject?.attribution
            if found == nil { found = p.invertedSubject(ofVerbAt: i) }
            guard let attribution = found else { break }
            // (Whom a parenthetical pronoun reports on is read only when the attribution is that pronoun.)
            let resolution = speaker(
                attribution, p, genders, recent,
                excluding: subject.map { reportedNames(p.peopleReported(byPronounAt: $0.start), p, genders, recent) }
                    ?? [])
            // `He said if the growth continued …`: a verb in a clause of condition or time says nothing.
            let subordinate =
                subject.map { $0.start > 0 && QuoteLexicon.subordinators.contains(lowerOf: p.tokens[$0.start - 1]) }
                ?? false
            let speech =
                !subordinate && !QuoteLexicon.notIntroducing.contains(word)
                && (QuoteLexicon.attributing.contains(word) || resolution.speaker != nil)
            recent.note(resolution, paragraph: p.position, speech: speech)
        case .participle?:
            // `Snow put a brave face on it, saying …`: the named subject of the sentence speaks, and
            // a quote after it with no attribution of its own is theirs.
            // Not `Mr Blair has failed, he claimed, saying …`: the subject there is who `he` reports on.
            if i > 0, tokens[i - 1].isPunctuation(","),
                case .entity(let e)? = p.sentenceSubject(at: p.sentenceStart[i], before: i),
                !p.peopleReported(inSentenceOf: i).contains(e)
            {
                recent.note(speaker(.entity(e), p, genders, recent), paragraph: p.position, speech: true)
            }
        case .according?:
            if let attribution = p.phraseAfter(i + 2, end: p.sentenceEnd[i]) {
                recent.note(speaker(attribution, p, genders, recent), paragraph: p.position, speech: true)
            }
        default:
            break
        }
    }

    /// A last quote left open at the paragraph's end runs on into the next paragraph; the run counts
    /// the unattributed paragraphs it has gone on over.
    private func noteRunOn(
        in p: QuoteParagraph, resolutions: [Resolution], runBefore: Resolution?, lastEmitted: Bool,
        recent: inout Recent
    ) {
        if let last = p.spans.last, last.close == nil, last.contentEnd == p.tokens.count {
            recent.runsOn = resolutions.last
            // The run goes on when this paragraph's one quote continued it, else starts here.
            let continued = p.spans.count == 1 && last.open <= p.firstWord && runBefore == .some(.none)
            recent.unattributedRunOn =
                lastEmitted && resolutions.last == .some(.none)
                ? (continued ? recent.unattributedRunOn : 0) + 1 : 0
        } else {
            recent.runsOn = nil
            recent.unattributedRunOn = 0
        }
    }
}
