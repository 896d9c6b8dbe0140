// What a noun phrase names: a person, an organisation or place, a pronoun, a name, or a role.

extension QuoteParagraph {
    /// Words that introduce a role's complement: `the lawyer for John Smith`, `the wife of …`.
    static let complementPrepositions: Set<String> = [
        "of", "for", "to", "with", "by", "from", "against", "about", "on", "at", "in",
    ]

    /// What a noun phrase before its verb names: a person at its right edge (`Observatory head Rami
    /// Abdel Rahman`), a person named first and then described (`Mike Watts head of exploration`,
    /// `David Graham from the FDA's drug office`), an organisation or place that is not a role's
    /// complement (`China`, not `the ambassador to Britain`), a pronoun, a name the entity pass
    /// missed, or a role (`the foreign minister`) or an unnamed speaker (`a senior official`); a full name written
    /// over another entity's alias (`Joss Kelby`, ``writtenNameOverAlias(endingAt:from:)``) first.
    func classify(_ range: ClosedRange<Int>) -> Attribution? {
        let end = range.upperBound
        if let written = writtenNameOverAlias(endingAt: end, from: range.lowerBound) { return .name(written) }
        if mentionEnding[end] >= 0, entity(mentionEnding[end]).kind == .person {
            let m = mentionEnding[end]
            let before = mentions[m].tokens.lowerBound - 1
            if before >= range.lowerBound, Self.complementPrepositions.contains(tokens[before].lower) {
                return role(range)
            }
            return .entity(mentions[m].entity)
        }
        if let person = leadingPerson(range) { return .entity(person) }
        // `Mr German said`: a title before a surname spelt like a nationality or a place.
        if mentionEnding[end] >= 0, mentions[mentionEnding[end]].tokens.count == 1, let found = titledSurname(range) {
            return found
        }
        if mentionEnding[end] >= 0 {
            let m = mentionEnding[end]
            switch entity(m).kind {
            case .person, .nationality:
                return role(range)
            case .place, .organization:
                // `the ambassador to Britain`, `the authors of a study in JAMA`: a role's complement. A
                // preposition opening the phrase opens an adverbial (`In Oslo the ministry said`).
                for k in (range.lowerBound + 1)..<max(range.lowerBound + 1, mentions[m].tokens.lowerBound)
                where mentionCovering[k] < 0 && Self.complementPrepositions.contains(tokens[k].lower) {
                    return role(range)
                }
                return .entity(mentions[m].entity)
            }
        }
        if range.count == 1, QuoteLexicon.pronouns.contains(lowerOf: tokens[end]) { return .pronoun(tokens[end].lower) }
        if range.count == 1, let pronoun = ["him": "he", "her": "she", "them": "they"][tokens[end].lower] {
            return .pronoun(pronoun)
        }
        if let found = titledSurname(range) { return found }
        if let name = fallbackName(endingAt: end, from: range.lowerBound) { return .name(name) }
        return role(range)
    }

    /// `Mr. Brandon`, `Senator Wexley`: titles and a surname the entity pass did not resolve, read as
    /// the one person the article names in full with that surname.
    func titledSurname(_ range: ClosedRange<Int>) -> Attribution? {
        var k = range.lowerBound
        var titled = false
        while k < range.upperBound {
            if tokens[k].isWord, mentionCovering[k] < 0, EnglishLexicon.titles.contains(tokens[k].text) {
                titled = true
            } else if !(titled && tokens[k].text == "." && !tokens[k].spaceBefore) {
                break
            }
            k += 1
        }
        guard titled, k == range.upperBound, tokens[k].isWord, tokens[k].isCapitalized else { return nil }
        let surname = tokens[k].text
        if let person = roles.personsBySurname[surname], person >= 0 { return .entity(person) }
        // A surname the entity pass read as something else names the person only when the article names them in full.
        guard mentionCovering[k] < 0 || entity(mentionCovering[k]).kind == .person else { return nil }
        return roles.fullName(forSurname: surname).map { .name($0) }
    }

    /// Where a noun phrase's own words start, past determiners, titles, and a place or nationality
    /// before a title (`US President`, `Iran's Supreme Leader`).
    func headStart(_ range: ClosedRange<Int>) -> Int {
        var k = range.lowerBound
        while k <= range.upperBound {
            let token = tokens[k]
            if mentionCovering[k] < 0, token.isWord,
                QuoteLexicon.definite.contains(lowerOf: token) || EnglishLexicon.titles.contains(token.text)
            {
                k += 1
                // `said Gov. Ann Richter of Kansas`: a title's abbreviation stop belongs to the title.
                if k <= range.upperBound, tokens[k].text == ".", !tokens[k].spaceBefore { k += 1 }
                continue
            }
            // `27-year-old Ross Keller`: an age before a name.
            if token.isNumber, k + 2 <= range.upperBound, isAgeHyphen(k + 1) {
                k += 3
                continue
            }
            // `energy analyst Orin Middleton`: lowercase role words before a name.
            if mentionCovering[k] < 0, token.isWord, !token.isCapitalized, verbs[k] == nil,
                !QuoteLexicon.rolePrepositions.contains(lowerOf: token),
                !QuoteLexicon.clauseBoundaries.contains(lowerOf: token)
            {
                var j = k
                while j <= range.upperBound, j - k < 4, tokens[j].isWord, !tokens[j].isCapitalized,
                    mentionCovering[j] < 0,
                    verbs[j] == nil, !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[j])
                {
                    j += 1
                }
                // (`spokesman Lt. Col. Dan Mercer`: ranks between the role words and the name, read as titles.)
                let name = pastTitles(from: j, through: range.upperBound)
                if name <= range.upperBound, j > k,
                    isNameWord(name) || mentionCovering[name] >= 0 && entity(mentionCovering[name]).kind == .person
                {
                    k = j
                    continue
                }
            }
            // `Health Minister Paul Mensah`: capitalised role words the entity pass left outside the mention.
            if mentionCovering[k] < 0, token.isWord, token.isCapitalized, !QuoteLexicon.isNotName(token) {
                var j = k
                while j <= range.upperBound, j - k < 4, tokens[j].isWord, tokens[j].isCapitalized,
                    mentionCovering[j] < 0
                { j += 1 }
                if j <= range.upperBound, j > k, mentionCovering[j] >= 0,
                    mentions[mentionCovering[j]].tokens.lowerBound == j,
                    entity(mentionCovering[j]).kind == .person
                {
                    k = j
                    continue
                }
            }
            if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
                let mention = mentions[mentionCovering[k]]
                let kind = entities.entities[mention.entity].kind
                let next = mention.tokens.upperBound
                if kind != .person, next <= range.upperBound {
                    if tokens[next].lowerIs("'s") {
                        k = next + 1
                        continue
                    }
                    if kind != .organization, mentionCovering[next] < 0,
                        EnglishLexicon.titles.contains(tokens[next].text)
                    {
                        k = next
                        continue
                    }
                }
            }
            break
        }
        return k
    }

    /// The first token at or after `start` past titles no mention covers and their abbreviation stops (`Lt.
    /// Col.`, `Maj. Gen.`).
    func pastTitles(from start: Int, through end: Int) -> Int {
        var k = start
        while k <= end, mentionCovering[k] < 0, tokens[k].isWord, EnglishLexicon.titles.contains(tokens[k].text) {
            k += 1
            if k <= end, tokens[k].text == ".", !tokens[k].spaceBefore { k += 1 }
        }
        return k
    }

    /// `Mike Watts head of exploration`, `John Dorrian a coalition spokesman`, `Rosaly Lopes of NASA's
    /// laboratory`: a person who opens the phrase, followed by their description (not `Cruz's office`).
    func leadingPerson(_ range: ClosedRange<Int>) -> Int? {
        let k = headStart(range)
        guard k <= range.upperBound, mentionCovering[k] >= 0 else { return nil }
        let mention = mentions[mentionCovering[k]]
        guard mention.tokens.lowerBound == k, entities.entities[mention.entity].kind == .person else { return nil }
        let after = mention.tokens.upperBound
        guard after <= range.upperBound else { return mention.entity }
        let next = tokens[after]
        guard next.isWord, next.lower != "'s", !next.isCapitalized || EnglishLexicon.titles.contains(next.text),
            !QuoteLexicon.clauseBoundaries.contains(lowerOf: next) || next.lower == "as"
        else { return nil }
        if isModifier(at: k, before: after, in: range) { return nil }
        // No other person further on: `the son of Ali Hassan` is not about the first name.
        for i in after...range.upperBound where mentionCovering[i] >= 0 && entity(mentionCovering[i]).kind == .person {
            return nil
        }
        return mention.entity
    }

    /// `the Factory Records founder`, `the WSIS spokesman`: a name after an article and before a
    /// lowercase noun describes that noun.
    func isModifier(at k: Int, before after: Int, in range: ClosedRange<Int>) -> Bool {
        let end = range.upperBound
        guard after <= end else { return false }
        let next = tokens[after]
        guard next.isWord, !next.isCapitalized, !QuoteLexicon.rolePrepositions.contains(lowerOf: next),
            next.lower != "who",
            !QuoteLexicon.indefinite.contains(lowerOf: next), next.lower != "the"
        else { return false }
        if k - 1 >= range.lowerBound,
            tokens[k - 1].lowerIs(oneOf: ["the", "a", "an"]) || tokens[k - 1].isWord && !tokens[k - 1].isCapitalized
        {
            return true
        }
        // `Academy Award winner.`: lowercase nouns to the phrase's end (not `Mike Watts head of …`).
        var j = after
        while j <= end, tokens[j].isWord, !tokens[j].isCapitalized,
            !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[j]),
            !QuoteLexicon.indefinite.contains(lowerOf: tokens[j])
        {
            j += 1
        }
        return j > end
    }

    /// Whether the phrase ends with a name of its own (`… chief executive Bill Owens`), not one after
    /// a preposition (`a colleague of Harah`).
    func endsWithName(_ range: ClosedRange<Int>, after: Int) -> Bool {
        var k = range.upperBound
        guard k >= after, isNameWord(k), tokens[k].isCapitalized else { return false }
        while k - 1 >= after, isNameWord(k - 1) { k -= 1 }
        return k - 1 >= range.lowerBound && !Self.complementPrepositions.contains(tokens[k - 1].lower)
            && !tokens[k - 1].lowerIs("'s")
    }

    /// A phrase after its verb names its speaker first: `said Zarif, the foreign minister`, `said
    /// Rosaly Lopes of NASA's Jet Propulsion Laboratory`, `according to a survey by …`.
    func classifyHeadFirst(_ range: ClosedRange<Int>) -> Attribution? {
        let k = headStart(range)
        guard k <= range.upperBound else { return classify(range) }
        if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
            let mention = mentions[mentionCovering[k]]
            let kind = entities.entities[mention.entity].kind
            let after = mention.tokens.upperBound
            if after <= range.upperBound, tokens[after].lowerIs("'s") { return classify(range) }
            // `the WSIS spokesman`, `Nortel president and chief executive Bill Owens`: a name used as
            // a modifier of the speaker.
            if after <= range.upperBound, tokens[after].isWord, !tokens[after].isCapitalized,
                !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[after]), !tokens[after].lowerIs("who")
            {
                if isModifier(at: k, before: after, in: range) || endsWithName(range, after: after) || kind != .person {
                    return classify(range)
                }
            }
            if kind == .person { return .entity(mention.entity) }
            var personLater = false
            for i in k...range.upperBound where mentionCovering[i] >= 0 && entity(mentionCovering[i]).kind == .person {
                personLater = true
            }
            if kind != .nationality, !personLater { return .entity(mention.entity) }
            return classify(range)
        }
        if let name = fallbackName(startingAt: k, through: range.upperBound) { return .name(name) }
        return classify(range)
    }
}
