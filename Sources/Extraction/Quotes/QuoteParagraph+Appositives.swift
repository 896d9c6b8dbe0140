// Appositives: `Name, the commander of X, said`, `The Shadow Secretary, Name, said`.

extension QuoteParagraph {
    /// `Name, the commander of X, said` / `The shadow secretary, Name, said` / `Name - who spent years in
    /// prison - said` / `Mr Grant, whose party has promised …, said`: the subject of a verb of saying after
    /// an appositive or a relative clause that ends at the comma or dash `j`, with where its phrase starts.
    func appositiveSubject(closingAt j: Int, limit: Int) -> (attribution: Attribution, start: Int)? {
        let dash = isDash(j)
        var k = j - 1
        var hasVerb = false
        while k >= limit, j - k <= Self.appositiveReach, !(dash ? isDash(k) : tokens[k].isPunctuation(",")) {
            if spanOf[k] >= 0 {
                // `Barbara Cole, one of the "class of 1997", told`: a short quoted phrase inside.
                let inner = spans[spanOf[k]]
                guard inner.close == k, QuoteMarks.words(in: tokens, inner.content) <= 4 else { break }
                k = inner.open - 1
                continue
            }
            guard !QuoteLexicon.isBoundaryPunctuation(tokens, k) else { break }
            if verbs[k] != nil { hasVerb = true }
            k -= 1
        }
        guard k > limit, dash ? isDash(k) : tokens[k].isPunctuation(","), k + 1 <= j - 1 else { return nil }
        // A verb of saying inside is the appositive's own only in a relative clause (`who told …`).
        if hasVerb, !QuoteLexicon.relativePronouns.contains(lowerOf: tokens[k + 1]) { return nil }
        let head = k - 1
        let start = phraseStart(endingAt: head, limit: limit)
        if !hasVerb, let named = name(in: (k + 1)...(j - 1)) { return (named, start) }
        guard let attribution = classify(start...head) else { return nil }
        return (coordinatedSubjects(before: start, limit: limit) ? .unnamed(stands: nil) : attribution, start)
    }

    /// A dash that sets off a phrase (` - `, `–`, `—`), not the hyphen inside a word (`e-mail`).
    func isDash(_ k: Int) -> Bool {
        let token = tokens[k]
        return token.text == "\u{2013}" || token.text == "\u{2014}" || token.text == "-" && token.spaceBefore
    }

    /// `Lisa Power, head of policy at the Trust said`, `Dr Lena Voigt, of the University of Leeds said`, `Ann
    /// Roe, a strategist at Vesk Securities told`: the person named before the comma that opens a phrase
    /// starting at `start` with one of their role words, `of` or `from`, or a description of where they
    /// work, the appositive's closing comma lost.
    func personBeforeUnclosedAppositive(_ start: Int, limit: Int) -> Int? {
        guard start - 2 >= limit, tokens[start - 1].isPunctuation(","), mentionEnding[start - 2] >= 0 else {
            return nil
        }
        let m = mentionEnding[start - 2]
        guard entity(m).kind == .person, !tokens[start].isCapitalized,
            tokens[start].lowerIs(oneOf: ["of", "from"])
                || roles.words[mentions[m].entity]?.contains(tokens[start].lower) == true
                || describesWhereTheyWork(from: start)
        else { return nil }
        return mentions[m].entity
    }

    /// `a strategist at Vesk Securities`, `the head of the Tarvo clinic`: a determiner, up to three lowercase
    /// words with no verb among them, then the preposition of where the person works and a capitalised name
    /// or `the`.
    private func describesWhereTheyWork(from start: Int) -> Bool {
        guard tokens[start].lowerIs(oneOf: ["a", "an", "the"]) else { return false }
        var k = start + 1
        while k < tokens.count, k - start <= 3, tokens[k].isWord, !tokens[k].isCapitalized, verbs[k] == nil,
            mentionCovering[k] < 0, !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k])
        {
            k += 1
        }
        guard k > start + 1, k + 1 < tokens.count, tokens[k].lowerIs(oneOf: ["at", "of", "for", "with"]) else {
            return false
        }
        return tokens[k + 1].isCapitalized || tokens[k + 1].lowerIs("the")
    }

    /// `Rhodri Thomas, Plaid Cymru health spokesman said`: a person, a comma, then an organisation and
    /// the lowercase words of a role ending in a role's head, running to the verb (the closing comma lost).
    func personBeforeUnclosedOrganizationRole(_ phrase: ClosedRange<Int>) -> Int? {
        let start = phrase.lowerBound
        guard start >= 2, tokens[start - 1].isPunctuation(","), mentionEnding[start - 2] >= 0,
            entity(mentionEnding[start - 2]).kind == .person, mentionCovering[start] >= 0
        else { return nil }
        let organization = mentions[mentionCovering[start]]
        guard organization.tokens.lowerBound == start, entities.entities[organization.entity].kind == .organization
        else { return nil }
        var k = organization.tokens.upperBound
        if k <= phrase.upperBound, tokens[k].lowerIs("'s") { k += 1 }
        guard k <= phrase.upperBound, phrase.upperBound - k < 4,
            QuoteLexicon.roleHeads.contains(lowerOf: tokens[phrase.upperBound])
        else { return nil }
        for i in k...phrase.upperBound where !tokens[i].isWord || tokens[i].isCapitalized || mentionCovering[i] >= 0 {
            return nil
        }
        return mentions[mentionEnding[start - 2]].entity
    }

    /// `Ms Robinson, who presents the show tells …`: the person named before a relative clause that
    /// lost its closing comma and runs to the verb; the phrase found before the verb starts at `start`.
    func personBeforeUnclosedRelative(_ start: Int, limit: Int) -> Int? {
        var k = start - 1
        while k - 2 >= limit, start - k <= Self.appositiveReach, spanOf[k] < 0, verbs[k] == nil {
            if tokens[k].lowerIs("who"), mentionCovering[k] < 0 {
                // `who presents`, not `who he described`: `who` is the clause's subject.
                let next = tokens[k + 1]
                guard next.isWord, !next.isCapitalized, !QuoteLexicon.pronouns.contains(lowerOf: next),
                    tokens[k - 1].isPunctuation(","), mentionEnding[k - 2] >= 0,
                    entity(mentionEnding[k - 2]).kind == .person
                else { return nil }
                return mentions[mentionEnding[k - 2]].entity
            }
            guard tokens[k].isWord || tokens[k].isNumber else { return nil }
            k -= 1
        }
        return nil
    }

    /// A segment that is only a name, with titles or role words before it: `Theresa May` in
    /// `The Shadow Secretary of State, Theresa May, said`. Not `a Republican senator`.
    func name(in range: ClosedRange<Int>) -> Attribution? {
        let end = beforePostNominal(range.upperBound, limit: range.lowerBound)
        let first = tokens[range.lowerBound].lower
        if QuoteLexicon.indefinite.contains(first) || first == "the" { return nil }
        // `Name, who heads the Transport Workers Union, said`: a relative clause names no speaker.
        if QuoteLexicon.relativePronouns.contains(first) { return nil }
        if mentionEnding[end] >= 0 {
            let m = mentionEnding[end]
            // A name that begins before the segment (`Secretary of State for Culture, Media and Sport`, read
            // between its own commas) is not a name standing alone in it.
            guard mentions[m].tokens.lowerBound >= range.lowerBound,
                entity(m).kind == .person || entity(m).kind == .organization
            else { return nil }
            for k in range.lowerBound..<mentions[m].tokens.lowerBound
            where !tokens[k].isWord || QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k]) {
                return nil
            }
            return .entity(mentions[m].entity)
        }
        guard let name = fallbackName(endingAt: end, from: range.lowerBound) else { return nil }
        for k in range
        where !tokens[k].isWord && !isInitialStop(k) || QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k]) {
            return nil
        }
        return .name(name)
    }

    /// `But David Frost, director general of …, warned`: an appositive from the comma at `comma` to the
    /// next one, then a lowercase word that could be the subject's verb.
    func appositiveThenVerb(after comma: Int, before limit: Int) -> Bool {
        var j = comma + 1
        while j < limit, j - comma <= Self.appositiveReach, !tokens[j].isPunctuation(","), spanOf[j] < 0 { j += 1 }
        return j + 1 < limit && tokens[j].isPunctuation(",") && tokens[j + 1].isWord && !tokens[j + 1].isCapitalized
    }

    /// `"…," study lead author Lena Okafor, a planetary scientist at …, said`: after a quote, a person
    /// named first (past up to four lowercase role words), then a description between commas of any
    /// length, then a comma and the verb of saying.
    ///
    /// The description may also run to the verb with its closing comma lost (`"…," Karl Wendt, the head
    /// of the residents' association added`) or with no commas at all (`"…" Omar Haddad a local
    /// fisherman told AFP`), when it opens with an article or a role word and holds no clause of its own.
    func personBeforeLongAppositive(from s: Int, end: Int) -> Int? {
        guard let (person, after) = personMention(from: s, end: end) else { return nil }
        let comma = tokens[after].isPunctuation(",")
        let opens = comma ? after + 1 : after
        let v = finiteVerbFrom[after]
        guard v > opens, v < end, v - after <= Self.appositiveReach,
            QuoteLexicon.attributing.contains(lowerOf: tokens[v])
        else { return nil }
        var j = v - 1
        while j > after, tokens[j].isWord, QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: tokens[j]) { j -= 1 }
        guard j > after else { return nil }
        // Nobody else named in the description: `X, who met Y, said` stays with the usual reading.
        for k in (after + 1)..<j where mentionCovering[k] >= 0 && entity(mentionCovering[k]).kind == .person {
            return nil
        }
        if comma && tokens[j].isPunctuation(",") { return person }
        return isBareDescription(opens...j) ? person : nil
    }

    /// `the head of the residents' association`, `spokesman for the Office (OCHA)`: a description
    /// without commas that opens with an article or a role word and holds no verb, clause word or quote.
    func isBareDescription(_ range: ClosedRange<Int>) -> Bool {
        let first = tokens[range.lowerBound]
        guard first.isWord, mentionCovering[range.lowerBound] < 0,
            QuoteLexicon.definite.contains(lowerOf: first) || QuoteLexicon.indefinite.contains(lowerOf: first)
                || EntityLexicon.personCues.contains(lowerOf: first) || EnglishLexicon.titles.contains(first.text)
        else { return false }
        for k in range {
            if spanOf[k] >= 0 || verbs[k] != nil { return false }
            let token = tokens[k]
            if token.kind == .punctuation {
                guard
                    ["(", ")", "-", "'", "\u{2019}", "&"].contains(token.text) || isInitialStop(k)
                        || isCommaInsideName(k, range)
                else {
                    return false
                }
            } else if mentionCovering[k] < 0, QuoteLexicon.clauseBoundaries.contains(lowerOf: token),
                !(token.lower == "and" && isBetweenCapitalizedWords(k, range))
            {
                return false
            }
        }
        return true
    }

    /// `the Council on Energy, Environment and Water`: a comma between two capitalised words of a name.
    private func isCommaInsideName(_ k: Int, _ range: ClosedRange<Int>) -> Bool {
        tokens[k].isPunctuation(",") && isBetweenCapitalizedWords(k, range)
    }

    /// Whether the words either side of `k`, inside `range`, are capitalised words of a name.
    private func isBetweenCapitalizedWords(_ k: Int, _ range: ClosedRange<Int>) -> Bool {
        guard k > range.lowerBound, k < range.upperBound else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        return before.isWord && before.isCapitalized && after.isWord && after.isCapitalized
            && !QuoteLexicon.isNotName(after)
    }

    /// `"…," Holm's Tasker.`: a name alone after a quote, perhaps with the organisation it speaks
    /// for, closing the sentence with no verb.
    func nameAlone(from s: Int, end: Int) -> Int? {
        guard let (person, after) = personMention(from: s, end: end, pastOrganization: true) else { return nil }
        return after == end - 1 && tokens[after].isPunctuation(".") ? person : nil
    }

    /// The person mentioned at `s` (past up to four lowercase role words, or an organisation's
    /// possessive), and the token after the mention, which is before `end`.
    private func personMention(from s: Int, end: Int, pastOrganization: Bool = false) -> (Int, Int)? {
        var k = s
        if pastOrganization, mentionCovering[k] >= 0, entity(mentionCovering[k]).kind != .person {
            let next = mentions[mentionCovering[k]].tokens.upperBound
            guard next + 1 < end, ["'s", "'", "\u{2019}", "\u{2019}s"].contains(tokens[next].lower) else { return nil }
            k = next + 1
        } else {
            while k < end, k - s < 4, tokens[k].isWord, !tokens[k].isCapitalized, mentionCovering[k] < 0,
                verbs[k] == nil
            {
                k += 1
            }
        }
        guard k < end, mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k,
            entity(mentionCovering[k]).kind == .person
        else { return nil }
        let after = mentions[mentionCovering[k]].tokens.upperBound
        return after < end ? (mentions[mentionCovering[k]].entity, after) : nil
    }
}
