// The subject before a verb of saying: `Lavrov said`, `the foreign minister told reporters`.

extension QuoteParagraph {
    /// The subject of the verb of saying at `v`, with where its phrase starts; nothing before `limit`.
    func subject(ofVerbAt v: Int, limit: Int) -> (attribution: Attribution, start: Int)? {
        var j = v - 1
        while j >= limit, tokens[j].isWord, mentionCovering[j] < 0,
            QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: tokens[j])
        {
            j -= 1
        }
        guard j >= limit, spanOf[j] < 0 else { return nil }
        j = beforeParenthetical(j, limit: limit)
        // `… was rejected by Mr Blair, who said: "…"`: the person the relative clause is about, when its verb
        // introduces the quote right after it (not `Ann Lee, who writes for a paper: "…"`).
        if tokens[j].lowerIs("who"), mentionCovering[j] < 0, j - 2 >= limit, tokens[j - 1].isPunctuation(","),
            mentionEnding[j - 2] >= 0, entity(mentionEnding[j - 2]).kind == .person, v + 1 < tokens.count,
            tokens[v + 1].isPunctuation(":") || tokens[v + 1].isPunctuation(",") || spanOf[v + 1] >= 0
        {
            let start = mentions[mentionEnding[j - 2]].tokens.lowerBound
            // `fellow students Ryan Crabbe and Gordon Rennie, who observed`: more than one speaker.
            if coordinatedSubjects(before: start, limit: limit) { return (.unnamed(stands: nil), start) }
            return (.entity(mentions[mentionEnding[j - 2]].entity), start)
        }
        if tokens[j].isWord, mentionCovering[j] < 0, tokens[j].lowerIs(oneOf: ["and", "but", "or", "then"]) {
            return (.coordinated, j)
        }
        // `Peter Ainsworth MP, said:`: a comma after the letters of an office ends no appositive.
        if tokens[j].isPunctuation(","), j - 1 > limit, beforePostNominal(j - 1, limit: limit) != j - 1 { j -= 1 }
        if tokens[j].isPunctuation(",") || isDash(j) { return appositiveSubject(closingAt: j, limit: limit) }
        j = beforeAdverbial(beforePostNominal(j, limit: limit), limit: limit)
        let start = phraseStart(endingAt: j, limit: limit)
        if let lead = personLeadingTeam(start, j, limit: limit) { return (.entity(lead.person), lead.start) }
        // `Lisa Power, head of policy at the Trust said`: an appositive that lost its closing comma.
        if let person = personBeforeUnclosedAppositive(start, limit: limit)
            ?? personBeforeUnclosedOrganizationRole(start...j)
        {
            return (.entity(person), start)
        }
        if let person = personBeforeUnclosedRelative(start, limit: limit) { return (.entity(person), start) }
        guard let attribution = classify(start...j) else { return nil }
        // `Princes William and Harry said`: more than one speaker.
        guard coordinatedSubjects(before: start, limit: limit) else { return (attribution, start) }
        if let joint = jointPeople(start...j, limit: limit) { return joint }
        return (.unnamed(stands: nil), start)
    }

    /// `Rep. Maria Delgado (D-Calif.) said`: the end of a name before a short bracketed note after it
    /// (party and state, an age, an affiliation).
    func beforeParenthetical(_ j: Int, limit: Int) -> Int {
        guard tokens[j].text == ")" else { return j }
        var k = j - 1
        while k > limit, j - k <= Self.parentheticalReach, tokens[k].text != "(" {
            guard spanOf[k] < 0, tokens[k].text != ")" else { return j }
            k -= 1
        }
        guard k > limit, tokens[k].text == "(", tokens[k - 1].isWord, tokens[k - 1].isCapitalized else { return j }
        return k - 1
    }

    /// `He is described as "…"`, `she was told that "…"`: a verb of saying in the passive, whose
    /// subject was spoken of or to and is never the speaker.
    func isPassive(_ v: Int, limit: Int) -> Bool {
        var k = v - 1
        while k >= limit, v - k <= 3, tokens[k].isWord, mentionCovering[k] < 0 {
            if EnglishLexicon.beForms.contains(lowerOf: tokens[k]) { return true }
            guard QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: tokens[k]) else { return false }
            k -= 1
        }
        return false
    }

    /// How many tokens a bracketed note after a name may hold.
    static let parentheticalReach = 8

    /// `Jane Doherty MSP said`: the end of a person's name before the letters of an office after it.
    func beforePostNominal(_ j: Int, limit: Int) -> Int {
        guard j - 1 >= limit, EntityLexicon.postNominals.contains(tokens[j].text), mentionCovering[j] < 0,
            mentionEnding[j - 1] >= 0, entity(mentionEnding[j - 1]).kind == .person
        else { return j }
        return j - 1
    }

    /// `William and Harry said`, `The Queen and the Duke said`: a name joined to the subject by `and`.
    func coordinatedSubjects(before phrase: Int, limit: Int) -> Bool {
        // `Lawyers' Christian Fellowship`: from where the name's mention starts.
        let start = mentionCovering[phrase] >= 0 ? mentions[mentionCovering[phrase]].tokens.lowerBound : phrase
        guard start - 2 >= limit, tokens[start - 1].lowerIs("and"), mentionCovering[start - 1] < 0 else { return false }
        let before = tokens[start - 2]
        // `The Christian Medical Fellowship (CMF) and …`: a name with its bracketed short form.
        if before.text == ")" { return true }
        return before.isWord && before.isCapitalized && !QuoteLexicon.isNotName(before)
    }

    /// `Khamenei in his speech`, `Trump on Friday`: the end of the name before a short adverbial.
    func beforeAdverbial(_ j: Int, limit: Int) -> Int {
        guard mentionCovering[j] < 0, tokens[j].isWord || tokens[j].isNumber,
            !tokens[j].isCapitalized || EnglishLexicon.notNames.contains(tokens[j].text)
        else { return j }
        var p = j
        while p > limit, j - p < 6 {
            let token = tokens[p]
            // `Lord Ashcroft after he said`: a clause with a subject of its own, not an adverbial.
            if QuoteLexicon.subjectPronouns.contains(lowerOf: token) { return j }
            if QuoteLexicon.adverbialPrepositions.contains(lowerOf: token), p - 1 >= limit {
                let before = p - 1
                if mentionEnding[before] >= 0 || QuoteLexicon.pronouns.contains(lowerOf: tokens[before]) {
                    return before
                }
                return j
            }
            guard token.isWord || token.isNumber, mentionCovering[p] < 0, spanOf[p] < 0 else { return j }
            p -= 1
        }
        return j
    }

    /// Where the noun phrase ending at `end` starts.
    func phraseStart(endingAt end: Int, limit: Int) -> Int {
        var start = end
        while start - 1 >= limit, end - (start - 1) < Self.subjectReach,
            !isBoundary(start - 1) || isRoleConjunction(start - 1, limit: limit)
        {
            start -= 1
        }
        return start
    }

    /// `and` between two role nouns: `chairman and chief executive Richard Parsons`.
    func isRoleConjunction(_ k: Int, limit: Int) -> Bool {
        guard tokens[k].lowerIs("and"), k - 1 >= limit, k + 1 < tokens.count else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        return before.isWord && after.isWord && !before.isCapitalized && !after.isCapitalized && verbs[k - 1] == nil
            && verbs[k + 1] == nil
            && !QuoteLexicon.betweenSubjectAndVerb.contains(lowerOf: before)
            && !QuoteLexicon.clauseBoundaries.contains(lowerOf: after)
            && spanOf[k - 1] < 0
    }
}
