// Subjects joined by `and` that still name one speaker: `lead researcher and Tarn planetary scientist Ann
// Roe said` (two roles of one person), `Roe and her team wrote` (a person and the people who work with them);
// and two people named alone who speak together (`Ann Lee and Bo Roe said in the letter`).

extension QuoteParagraph {
    /// Nouns of the people who work with someone: `Roe and her team`.
    static let teamNouns: Set<String> = ["team", "colleagues", "co-authors", "coauthors", "collaborators"]

    /// `Roe and her team wrote`: the person before `and` when the subject phrase `start...end` is a
    /// possessive and a team noun; nil otherwise.
    func personLeadingTeam(_ start: Int, _ end: Int, limit: Int) -> (person: Int, start: Int)? {
        guard end == start + 1, tokens[start].lowerIs(oneOf: ["his", "her", "their"]),
            Self.teamNouns.contains(tokens[end].lower), start - 2 >= limit, tokens[start - 1].lowerIs("and"),
            mentionCovering[start - 1] < 0, mentionEnding[start - 2] >= 0
        else { return nil }
        let mention = mentions[mentionEnding[start - 2]]
        guard entities.entities[mention.entity].kind == .person else { return nil }
        return (mention.entity, mention.tokens.lowerBound)
    }

    /// `Ann Lee and Bo Roe said`, `"…," Lee and Roe wrote`: two people the entity pass named, each by their
    /// name alone, joined by `and` and opening the clause (the sentence, or right after a quote or the
    /// limit); the second's phrase is `phrase`. Nil for roles or titles before either name (`Princes William
    /// and Harry`), a third name before them, one person named twice, or a surname two people share.
    func jointPeople(_ phrase: ClosedRange<Int>, limit: Int) -> (attribution: Attribution, start: Int)? {
        let start = phrase.lowerBound
        guard mentionCovering[start] >= 0, mentions[mentionCovering[start]].tokens == start..<(phrase.upperBound + 1),
            entity(mentionCovering[start]).kind == .person, start - 2 >= limit, tokens[start - 1].lowerIs("and"),
            mentionCovering[start - 1] < 0, mentionEnding[start - 2] >= 0, entity(mentionEnding[start - 2]).kind == .person
        else { return nil }
        let first = mentions[mentionEnding[start - 2]]
        let second = mentions[mentionCovering[start]]
        guard first.entity != second.entity else { return nil }
        // `Ford and Fry replied` where two people are called Ford: which Ford the entity pass cannot tell.
        for mention in [first, second] where mention.tokens.count == 1 {
            if roles.personsBySurname[tokens[mention.tokens.lowerBound].text] == -1 { return nil }
        }
        let before = first.tokens.lowerBound - 1
        let opensClause =
            before < limit || before < sentenceStart[start]
            || spanOf[before] >= 0
            || tokens[before].isPunctuation(",") && before - 1 >= limit && spanOf[before - 1] >= 0
            || before == sentenceStart[start] && Self.openingAdverbs.contains(lowerOf: tokens[before])
        guard opensClause else { return nil }
        return (.joint(first.entity, second.entity), first.tokens.lowerBound)
    }

    /// `"…," lead researcher and planetary scientist Ann Roe said`: whether the words from `first` to the
    /// `and` before `start` are lowercase role words with no determiner ending in one person's role (a first
    /// role of the person the subject from `start` names), so that the subject stands right after the quote.
    /// Not a group or plural (`police and Ann Roe said`, `firefighters and Ann Roe`): other speakers.
    func isLeadingRole(from first: Int, before start: Int) -> Bool {
        guard start - 1 > first, start - 1 - first <= 3, tokens[start - 1].lowerIs("and"),
            Self.isSingularRole(tokens[start - 2].lower)
        else { return false }
        for k in first..<(start - 1) {
            let token = tokens[k]
            guard token.isWord, !token.isCapitalized, mentionCovering[k] < 0, verbs[k] == nil, spanOf[k] < 0,
                !QuoteLexicon.definite.contains(lowerOf: token), !QuoteLexicon.indefinite.contains(lowerOf: token),
                !QuoteLexicon.pronouns.contains(lowerOf: token),
                !QuoteLexicon.clauseBoundaries.contains(lowerOf: token),
                !QuoteLexicon.rolePrepositions.contains(lowerOf: token)
            else { return false }
        }
        return true
    }

    /// A role one person holds (`researcher`, `spokeswoman`, `actress`), not a plural (`activists`).
    static func isSingularRole(_ word: String) -> Bool {
        (QuoteLexicon.roleHeads.contains(word) || EntityLexicon.personCues.contains(word))
            && (!word.hasSuffix("s") || word.hasSuffix("ss"))
    }

    /// Whether quote `q` is given to a written statement (`X's statement said: "…"`, `"…," the statement
    /// read`): the verb of saying next to it has a statement noun right before it.
    func isStatementQuote(_ q: Int) -> Bool {
        let span = spans[q]
        var verbsNear: [Int] = []
        if verbBefore[span.open] >= 0 { verbsNear.append(verbBefore[span.open]) }
        if let close = span.close, close + 1 < tokens.count {
            let v = finiteVerbFrom[close + 1]
            if v >= 0, v - close <= 4 { verbsNear.append(v) }
        }
        return verbsNear.contains { v in
            (1...2).contains { d in v - d >= 0 && QuoteLexicon.statementNouns.contains(lowerOf: tokens[v - d]) }
        }
    }

    /// Whether the attribution is a person the entity pass named.
    func namesPerson(_ attribution: Attribution) -> Bool {
        guard case .entity(let e) = attribution else { return false }
        return entities.entities[e].kind == .person
    }
}

extension QuoteParagraph {
    /// Prepositions that open where a speaker was: `"…", in the north of Tarvo the monitor said`.
    static let placePrepositions: WordSet = ["in", "at", "near", "from"]

    /// `"…", in the south of Tarvo the Kelso-based monitor said`: where a place phrase between a quote and the
    /// speaker's subject ends, before the verb at `v`: a preposition of place at `first`, then at most eight
    /// words with no verb or quote among them, the last a place's name, then `the` or a capitalised word; nil
    /// when the words after `first` are no such phrase.
    func placePhraseEnd(from first: Int, before v: Int) -> Int? {
        guard Self.placePrepositions.contains(lowerOf: tokens[first]) else { return nil }
        var k = first + 1
        while k < v, k - first <= 9, tokens[k].isWord, verbs[k] == nil, spanOf[k] < 0 {
            let m = mentionCovering[k]
            if m >= 0, entity(m).kind == .place {
                let end = mentions[m].tokens.upperBound
                guard end < v else { return nil }
                if tokens[end].lowerIs("the") || tokens[end].isCapitalized && mentionCovering[end] >= 0 { return end }
                k = end
                continue
            }
            k += 1
        }
        return nil
    }
}
