/// An attribution after a quote's closing mark: `"…," Khamenei said`, `"…," said the minister`, `"…,"
/// Zarif was quoted as saying`.
extension QuoteExtractor {
    /// `"…," Khamenei said`, `"…," said the minister`, `"…" he added`, `"…," Zarif was quoted as
    /// saying`: an attribution right after the closing mark.
    func after(_ q: Int, in p: QuoteParagraph) -> Attribution? {
        let tokens = p.tokens
        let span = p.spans[q]
        guard let close = span.close, close + 1 < tokens.count else { return nil }
        var end = p.sentenceEnd[close + 1]
        if q + 1 < p.spans.count, p.spans[q + 1].open < end { end = p.spans[q + 1].open }
        var s = close + 1
        // `,’’ Will Moy said`: the second half of a closing mark typed as two.
        if s < end, tokens[s].text == tokens[close].text, ["\u{2019}", "'"].contains(tokens[s].text),
            !tokens[s].spaceBefore
        {
            s += 1
        }
        while s < end, tokens[s].kind == .punctuation, [",", "\u{2014}", "\u{2013}", "-"].contains(tokens[s].text) {
            s += 1
        }
        guard s < end, tokens[s].isWord else { return nil }
        // `"… acts." She said …`, `"…." Mr Valentine, who …, agreed.`: after a full stop comes a new
        // sentence. After `?` or `!` a short attribution may still follow (`"All is well!" Trump said`).
        let endsSentence = endsSentence(span, in: p)
        // `"… ten days now." said Karim Nasser`: a lowercase verb of saying still attributes the quote.
        let invertedAfterStop = !tokens[s].isCapitalized && QuoteLexicon.inversionVerbs.contains(lowerOf: tokens[s])
        if endsSentence, fullStop(span, in: p), !invertedAfterStop { return nil }
        // Not a name spelt like one (`He Jianxiong`).
        if endsSentence, tokens[s].isCapitalized, QuoteLexicon.pronouns.contains(lowerOf: tokens[s]),
            p.mentionCovering[s] < 0
        {
            return nil
        }
        if p.verbs[s] == .finite, QuoteLexicon.inversionVerbs.contains(lowerOf: tokens[s]) {
            return introducesNext(s, p, end) ? nil : p.phraseAfter(s + 1, end: end)
        }
        if p.verbs[s] == .according { return p.phraseAfter(s + 2, end: end) }
        if !endsSentence, let person = p.personBeforeLongAppositive(from: s, end: end) ?? p.nameAlone(from: s, end: end)
        {
            return .entity(person)
        }
        let v = p.finiteVerbFrom[s]
        guard v >= 0, v < end, v - s <= QuoteParagraph.subjectReach + 4, !introducesNext(v, p, end) else { return nil }
        if QuoteLexicon.quotingVerbs.contains(lowerOf: tokens[v]) {
            return reportingCloser(v, p, end: end, start: s) ?? quotedAsSaying(v, p, end: end, limit: s)
        }
        guard QuoteLexicon.attributing.contains(lowerOf: tokens[v]) else { return nil }
        // (`"…", in the east of Marlow the monitor said`: where it was said stands before the subject.)
        let subjectStart = endsSentence ? s : p.placePhraseEnd(from: s, before: v) ?? s
        guard let (attribution, start) = p.subject(ofVerbAt: v, limit: subjectStart),
            start == subjectStart || p.isLeadingRole(from: s, before: start) && p.namesPerson(attribution)
        else { return nil }
        if attribution == .coordinated { return nil }
        if endsSentence {
            // After a full stop only `Name said.`, `Name told AFP via the Internet.`: a verb with a
            // clause of its own (`The Observatory said the attack was …`) is a new sentence.
            // `"… acts?" he asked`: a lowercase pronoun after `?` or `!` is still this sentence's.
            if case .pronoun = attribution, fullStop(span, in: p) || tokens[s].isCapitalized { return nil }
            // `"… deal?" Wen Li, a former director, said at a forum in Geneva.`: after a question, a named
            // speaker's verb and where or when it was said.
            if case .entity = attribution, !fullStop(span, in: p), v + 1 < p.sentenceEnd[v],
                tokens[v + 1].lowerIs(oneOf: ["at", "in", "on", "during"])
            {
                return attribution
            }
            var words = 0
            for k in (v + 1)..<p.sentenceEnd[v] {
                if tokens[k].isPunctuation(",") { break }
                guard tokens[k].kind != .punctuation else { continue }
                words += 1
                if words > 5 || tokens[k].lowerIs("that") || p.verbs[k] != nil { return nil }
            }
        }
        return attribution
    }

    /// `… said:` and `… said "` introduce the quote that follows, not the one before.
    func introducesNext(_ v: Int, _ p: QuoteParagraph, _ end: Int) -> Bool {
        let next = QuoteParagraph.goesOn(at: v, in: p.tokens) ? v + 2 : v + 1
        guard next < p.tokens.count else { return false }
        return p.tokens[next].isPunctuation(":") || p.spanOf[next] >= 0 && p.spans[p.spanOf[next]].open == next
    }

    /// `Reuters quoted a central bank official as saying` → the official; `Zarif was quoted as
    /// saying` → Zarif.
    func quotedAsSaying(_ v: Int, _ p: QuoteParagraph, end: Int, limit: Int) -> Attribution? {
        let tokens = p.tokens
        var a = v + 1
        while a + 1 < end, a - v <= QuoteParagraph.subjectReach,
            !(tokens[a].lowerIs("as") && p.verbs[a + 1] == .participle)
        { a += 1 }
        guard a + 1 < end, tokens[a].lowerIs("as") else { return nil }
        if a == v + 1 || p.isPassive(v, limit: limit) { return p.subject(ofVerbAt: v, limit: limit)?.attribution }
        return p.phraseAfter(v + 1, end: a)
    }
}
