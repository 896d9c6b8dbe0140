// Personal names the entity pass missed, read from the words themselves.

extension QuoteParagraph {
    /// The full stop of an initial (`Silvia S. Martins`).
    func isInitialStop(_ k: Int) -> Bool {
        k > 0 && tokens[k].text == "." && !tokens[k].spaceBefore && tokens[k - 1].isWord
            && tokens[k - 1].text.count == 1
            && tokens[k - 1].isCapitalized
    }

    func isNameWord(_ k: Int) -> Bool {
        let token = tokens[k]
        if isInitialStop(k) { return true }
        guard token.isWord, spanOf[k] < 0, !EnglishLexicon.titles.contains(token.text) else { return false }
        if mentionCovering[k] >= 0, entity(mentionCovering[k]).kind != .person { return false }
        if token.isCapitalized {
            return token.text.count == 1 || token.text.unicodeScalars.contains { $0.properties.isLowercase }
        }
        return token.isNamePart
    }

    /// Two to four capitalised words ending the phrase, after its titles (`White House Press Secretary
    /// Stephanie Grisham` → `Stephanie Grisham`), that no mention of a place or organisation covers.
    func fallbackName(endingAt end: Int, from lower: Int) -> String? {
        guard isNameWord(end), !isInitialStop(end) else { return nil }
        var start = end
        while start - 1 >= lower,
            isNameWord(start - 1)
                || EnglishLexicon.nameParticles.contains(lowerOf: tokens[start - 1]) && start - 2 >= lower
                    && isNameWord(start - 2)
        {
            start -= 1
        }
        while start <= end,
            QuoteLexicon.isNotName(tokens[start]) || EnglishLexicon.nameParticles.contains(lowerOf: tokens[start])
        { start += 1 }
        // `… Observatory for Human Rights`: the end of a longer name, not a person.
        if start - 1 >= lower, QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[start - 1]) { return nil }
        return nameText(start, personEnd(from: start, through: end))
    }

    /// `Ann Richter of Kansas`: a name that opens with a common given name is a person's, and ends
    /// before the `of` or `for` of the place or body they belong to.
    func personEnd(from start: Int, through end: Int) -> Int {
        guard start < end, EntityGivenNames.common.contains(lowerOf: tokens[start]) else { return end }
        for k in (start + 1)...end where tokens[k].lowerIs(oneOf: ["of", "for"]) && !tokens[k].isCapitalized {
            return k - 1
        }
        return end
    }

    /// The same, reading forward from `start`: `said Bibars Mishal, a colleague`; past an
    /// organisation and a title (`said White House Press Secretary Joanna Pike`).
    func fallbackName(startingAt first: Int, through limit: Int) -> String? {
        var start = first
        for _ in 0..<2 {
            guard start <= limit, isNameWord(start), !QuoteLexicon.isNotName(tokens[start]), !isInitialStop(start)
            else { return nil }
            var end = start
            while end + 1 <= limit,
                isNameWord(end + 1)
                    || EnglishLexicon.nameParticles.contains(lowerOf: tokens[end + 1]) && end + 2 <= limit
                        && isNameWord(end + 2)
            {
                end += 1
            }
            if end + 1 <= limit, tokens[end + 1].isWord, EnglishLexicon.titles.contains(tokens[end + 1].text),
                mentionCovering[end + 1] < 0
            {
                start = end + 1
                while start <= limit, tokens[start].isWord, EnglishLexicon.titles.contains(tokens[start].text) {
                    start += 1
                }
                continue
            }
            end = personEnd(from: start, through: end)
            if end + 1 <= limit, tokens[end + 1].lowerIs("'s") { return nil }
            // `the two-time Academy Award winner`: capitals used as a modifier.
            if end + 1 <= limit, tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
                !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[end + 1]),
                !QuoteLexicon.indefinite.contains(lowerOf: tokens[end + 1]),
                !tokens[end + 1].lowerIs("who"), !tokens[end + 1].lowerIs("the")
            {
                return nil
            }
            return nameText(start, end)
        }
        return nil
    }

    private func nameText(_ start: Int, _ end: Int) -> String? {
        // `Growing Up Weightless … is told`: a work's title, no speaker.
        guard start <= end, !EntityExtractor.opensTitleAsGerund(tokens[start]) else { return nil }
        var words = 0
        for k in start...end where tokens[k].isWord && tokens[k].text.count > 1 { words += 1 }
        guard (2...4).contains(words), end - start < 8 else { return nil }
        return paragraph.text(of: start..<(end + 1))
    }
}

extension QuoteParagraph {
    /// `Joss Kelby said` where the entity pass read `Kelby` as the short name of another entity (the band `Kelby
    /// Roses` named elsewhere) and `Joss` as something else: the full personal name written in the attribution,
    /// not the alias's entity. The word before the one-word mention ending at `end` is a given name: a common one
    /// (``EntityGivenNames``, ``QuoteGivenNames``) no mention covers, or a word the entity pass read as a place
    /// it spells otherwise (`Joss` as the town `Jos`, one letter away). Nil otherwise, and when the name may run
    /// on to the left (`Mary Jo Kelby`) or stands after a preposition.
    func writtenNameOverAlias(endingAt end: Int, from lower: Int) -> String? {
        let m = mentionEnding[end]
        let given = end - 1
        guard m >= 0, mentions[m].tokens.count == 1, given >= lower else { return nil }
        let named = entity(m)
        guard named.kind == .person || named.kind == .organization, named.name.contains(ascii: " ") else { return nil }
        let first = tokens[given]
        guard first.isWord, first.isCapitalized, !first.isAllCaps, spanOf[given] < 0, verbs[given] == nil,
            first.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
            !EnglishLexicon.titles.contains(first.text), !QuoteLexicon.isNotName(first)
        else { return nil }
        let common =
            EntityGivenNames.common.contains(lowerOf: first) || QuoteGivenNames.genders[first.lower] != nil
        if mentionCovering[given] >= 0 {
            let cover = mentions[mentionCovering[given]]
            let place = entities.entities[cover.entity]
            guard cover.tokens.count == 1, place.kind == .place, common || place.name != first.text else { return nil }
        } else if !common {
            return nil
        }
        if given - 1 >= lower {
            let before = tokens[given - 1]
            if before.isWord, before.isCapitalized, !EnglishLexicon.titles.contains(before.text) { return nil }
            if QuoteLexicon.rolePrepositions.contains(lowerOf: before)
                || QuoteLexicon.adverbialPrepositions.contains(lowerOf: before)
            {
                return nil
            }
        }
        return paragraph.text(of: given..<(end + 1))
    }
}
