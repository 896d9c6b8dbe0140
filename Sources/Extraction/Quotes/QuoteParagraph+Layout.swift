// Layout attributions: `Martin K. Hollis, The Daily Ledger: "…"`, a name and its affiliation set
// before a colon with no verb, as panels and round-ups print them.

extension QuoteParagraph {
    /// The person named at the start of the quote's sentence when all that stands between the name and
    /// the quote is a colon, or a comma and a capitalised affiliation (`, The Daily Ledger:`).
    func layoutSpeaker(before span: QuoteMarks.Span) -> Attribution? {
        let colon = span.open - 1
        guard colon > 0, tokens[colon].isPunctuation(":") else { return nil }
        var k = sentenceStart[span.open]
        while k < colon, tokens[k].kind == .punctuation { k += 1 }
        // `Prime Minister Helen Ward: "…"`: titles before the name.
        while k < colon, mentionCovering[k] < 0, EnglishLexicon.titles.contains(tokens[k].text) { k += 1 }
        guard k < colon, spanOf[k] < 0 else { return nil }
        let person: Attribution
        var after: Int
        if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
            let mention = mentions[mentionCovering[k]]
            guard entities.entities[mention.entity].kind == .person else { return nil }
            person = .entity(mention.entity)
            after = mention.tokens.upperBound
        } else {
            // A name the entity pass missed counts when it opens with a given name (not `Brexit Deal:`).
            guard EntityGivenNames.common.contains(lowerOf: tokens[k]) else { return nil }
            var end = k
            while end + 1 < colon, isNameWord(end + 1) { end += 1 }
            guard let name = fallbackName(startingAt: k, through: end) else { return nil }
            person = .name(name)
            after = end + 1
        }
        if after == colon { return person }
        // `Dana Whitfield (Brookings Institution): "…"`: the affiliation in brackets.
        if tokens[after].text == "(", tokens[colon - 1].text == ")", colon - after <= Self.layoutAffiliationReach,
            colon - 1 > after + 1
        {
            return isLayoutAffiliation((after + 1)..<(colon - 1)) ? person : nil
        }
        guard tokens[after].isPunctuation(","), colon - after <= Self.layoutAffiliationReach else { return nil }
        after += 1
        guard after < colon else { return nil }
        return isLayoutAffiliation(after..<colon) ? person : nil
    }

    /// `The Daily Ledger` or `chief economist at Northbank`: a capitalised affiliation, or a bare
    /// description opening with a role word, with no verb or quote.
    func isLayoutAffiliation(_ range: Range<Int>) -> Bool {
        if !tokens[range.lowerBound].isCapitalized {
            return isBareDescription(range.lowerBound...(range.upperBound - 1))
        }
        for j in range {
            let token = tokens[j]
            if verbs[j] != nil || spanOf[j] >= 0 { return false }
            if token.kind == .punctuation {
                guard ["&", "'", "\u{2019}", "-", "."].contains(token.text) else { return false }
            } else if !token.isCapitalized, !token.lowerIs(oneOf: ["of", "the", "and", "for", "at", "'s"]) {
                return false
            }
        }
        return true
    }

    /// How many tokens an affiliation may have between the name's comma and the colon.
    static let layoutAffiliationReach = 10
}
