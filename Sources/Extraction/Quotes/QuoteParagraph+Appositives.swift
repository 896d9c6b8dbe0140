// Appositives: `Name, the commander of X, said`, `The Shadow Secretary, Name, said`.

extension QuoteParagraph {
    /// `Name, the commander of X, said` / `The shadow secretary, Name, said`: the subject of a verb of
    /// saying after an appositive that ends at the comma `j`, with where its phrase starts.
    func appositiveSubject(commaAt j: Int, limit: Int) -> (attribution: Attribution, start: Int)? {
        var k = j - 1
        while k >= limit, j - k <= Self.appositiveReach, !tokens[k].isPunctuation(","), spanOf[k] < 0, verbs[k] == nil,
            !QuoteLexicon.isBoundaryPunctuation(tokens, k)
        {
            k -= 1
        }
        guard k > limit, tokens[k].isPunctuation(","), k + 1 <= j - 1 else { return nil }
        let head = k - 1
        let start = phraseStart(endingAt: head, limit: limit)
        if let named = name(in: (k + 1)...(j - 1)) { return (named, start) }
        guard let attribution = classify(start...head) else { return nil }
        return (coordinatedSubjects(before: start, limit: limit) ? .unnamed(stands: nil) : attribution, start)
    }

    /// `Lisa Power, head of policy at the Trust said`: the person named before the comma that opens a
    /// phrase starting at `start` with one of their role words, the appositive's closing comma lost.
    func personBeforeUnclosedAppositive(_ start: Int, limit: Int) -> Int? {
        guard start - 2 >= limit, tokens[start - 1].isPunctuation(","), mentionEnding[start - 2] >= 0 else {
            return nil
        }
        let m = mentionEnding[start - 2]
        guard entity(m).kind == .person, !tokens[start].isCapitalized,
            roles.words[mentions[m].entity]?.contains(tokens[start].lower) == true
        else { return nil }
        return mentions[m].entity
    }

    /// A segment that is only a name, with titles or role words before it: `Theresa May` in
    /// `The Shadow Secretary of State, Theresa May, said`. Not `a Republican senator`.
    func name(in range: ClosedRange<Int>) -> Attribution? {
        let end = range.upperBound
        let first = tokens[range.lowerBound].lower
        if QuoteLexicon.indefinite.contains(first) || first == "the" { return nil }
        if mentionEnding[end] >= 0 {
            let m = mentionEnding[end]
            guard entity(m).kind == .person || entity(m).kind == .organization else { return nil }
            for k in range.lowerBound..<mentions[m].tokens.lowerBound
            where !tokens[k].isWord || QuoteLexicon.rolePrepositions.contains(tokens[k].lower) {
                return nil
            }
            return .entity(mentions[m].entity)
        }
        guard let name = fallbackName(endingAt: end, from: range.lowerBound) else { return nil }
        for k in range
        where !tokens[k].isWord && !isInitialStop(k) || QuoteLexicon.rolePrepositions.contains(tokens[k].lower) {
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
}
