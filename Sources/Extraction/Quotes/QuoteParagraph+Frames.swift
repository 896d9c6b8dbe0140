// Attribution frames that no indexed verb of saying opens: `As Ruiz put it, "…"`, `("…," was how Ruiz
// described it)`, `she'd reply, "…"`, and a quote inside a sentence that ends `…, Ruiz said.`

extension QuoteParagraph {
    /// The speaker a frame around quote `q` names, or nil when no frame is there (`wouldSaySpeaker` is
    /// read first, before the verbs of saying).
    func framedAttribution(_ q: Int) -> Attribution? {
        let span = spans[q]
        if let close = span.close {
            if let found = wasHowSpeaker(after: close) ?? asPutItSpeaker(after: close) { return found }
            if let found = closingSaidSpeaker(q, close: close) { return found }
        }
        return asPutItSpeaker(before: span.open)
    }

    /// `"…," was how Ruiz described it`, `"…" is how the minister put it`.
    func wasHowSpeaker(after close: Int) -> Attribution? {
        var s = close + 1
        if s < tokens.count, tokens[s].isPunctuation(",") { s += 1 }
        guard s + 2 < tokens.count, QuoteLexicon.howCopulas.contains(tokens[s].lower), tokens[s + 1].lowerIs("how")
        else { return nil }
        return framedSubject(from: s + 2)
    }

    /// `As Ruiz put it, "…"` (the clause before the opening mark), `"…," as Ruiz put it.` (after the
    /// closing one).
    func asPutItSpeaker(before open: Int) -> Attribution? {
        let floor = sentenceStart[open]
        var k = open - 1
        guard k > floor, tokens[k].isPunctuation(",") || tokens[k].isPunctuation(":") else { return nil }
        k -= 1
        var a = k
        while a >= floor, a > k - Self.subjectReach, !tokens[a].lowerIs("as") {
            guard spanOf[a] < 0 else { return nil }
            a -= 1
        }
        guard a >= floor, tokens[a].lowerIs("as"), a == floor || tokens[a - 1].kind == .punctuation else { return nil }
        guard let (attribution, end) = framedPhrase(from: a + 1), end == k + 1 else { return nil }
        return attribution
    }

    func asPutItSpeaker(after close: Int) -> Attribution? {
        var s = close + 1
        if s < tokens.count, tokens[s].isPunctuation(",") { s += 1 }
        guard s + 1 < tokens.count, sentenceStart[s] != s, tokens[s].lowerIs("as") else { return nil }
        return framedSubject(from: s + 1)
    }

    /// The speaker of `Ruiz put it` or `Ruiz described it` from `start`, the frame ending its clause.
    private func framedSubject(from start: Int) -> Attribution? {
        guard let (attribution, end) = framedPhrase(from: start) else { return nil }
        guard end >= tokens.count || tokens[end].kind == .punctuation else { return nil }
        return attribution
    }

    /// A phrase naming a speaker, a framing verb and `it` (`Ruiz put it`, `the mayor summed it up`),
    /// read from `start`; the speaker and the token after the frame.
    private func framedPhrase(from start: Int) -> (Attribution, Int)? {
        let end = sentenceEnd[start]
        var v = start + 1
        while v < end, v - start <= 6, !QuoteLexicon.framingVerbs.contains(tokens[v].lower) {
            guard spanOf[v] < 0, tokens[v].kind != .punctuation || isInitialStop(v) else { return nil }
            v += 1
        }
        guard v < end, v - start <= 6, v > start, QuoteLexicon.framingVerbs.contains(tokens[v].lower) else {
            return nil
        }
        var after = v + 1
        guard after < end, tokens[after].lowerIs("it") else { return nil }
        after += 1
        if after < end, tokens[after].lowerIs("up") { after += 1 }
        // `to friends`, `in an email`: a short phrase may follow.
        if after < end, tokens[after].lowerIs(oneOf: ["to", "in", "on", "at"]) {
            var k = after + 1
            while k < end, k - after <= 4, tokens[k].isWord { k += 1 }
            after = k
        }
        guard let attribution = classify(start...(v - 1)) else { return nil }
        switch attribution {
        case .entity, .name, .pronoun: return (attribution, after)
        default: return nil
        }
    }

    /// `he'd respond, "…"`, `she would reply: "…"`: a verb of answering after `would` or `'d`.
    func wouldSaySpeaker(before open: Int) -> Attribution? {
        let floor = sentenceStart[open]
        let v = open - 2
        guard v - 1 >= floor, tokens[open - 1].isPunctuation(",") || tokens[open - 1].isPunctuation(":"),
            QuoteLexicon.answeringVerbs.contains(tokens[v].lower)
        else { return nil }
        let before = tokens[v - 1].lower.replacingOccurrences(of: "\u{2019}", with: "'")
        if before == "he'd" || before == "she'd" { return .pronoun(String(before.dropLast(2))) }
        guard ["would", "will", "'d"].contains(before), v - 2 >= floor else { return nil }
        let subject = tokens[v - 2].lower
        if subject == "he" || subject == "she" { return .pronoun(subject) }
        if mentionEnding[v - 2] >= 0, entity(mentionEnding[v - 2]).kind == .person {
            return .entity(mentions[mentionEnding[v - 2]].entity)
        }
        return nil
    }

    /// `"The rule bothered" the council, Ruiz said.`: a quote inside a sentence that ends with a verb
    /// of saying whose subject stands alone after a comma names the speaker of the whole sentence.
    func closingSaidSpeaker(_ q: Int, close: Int) -> Attribution? {
        guard close + 1 < tokens.count, sentenceStart[close + 1] != close + 1 else { return nil }
        let end = sentenceEnd[close + 1]
        if q + 1 < spans.count, spans[q + 1].open < end { return nil }
        var v = finiteVerbFrom[close + 1]
        guard v >= 0 else { return nil }
        while v + 1 < end, finiteVerbFrom[v + 1] >= 0 { v = finiteVerbFrom[v + 1] }
        guard QuoteLexicon.attributing.contains(lowerOf: tokens[v]) else { return nil }
        // Nothing but a short adverbial after the verb: `Ruiz said in an email.`
        var words = 0
        for k in (v + 1)..<end where tokens[k].kind != .punctuation || tokens[k].isPunctuation(",") {
            if tokens[k].isPunctuation(",") || verbs[k] != nil { return nil }
            words += 1
            if words > 4 { return nil }
        }
        guard let (attribution, start) = subject(ofVerbAt: v, limit: close + 1), start > close + 1,
            tokens[start - 1].isPunctuation(",")
        else { return nil }
        switch attribution {
        case .entity, .name, .pronoun: return attribution
        default: return nil
        }
    }
}
