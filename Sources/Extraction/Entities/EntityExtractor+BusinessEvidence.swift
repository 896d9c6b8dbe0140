/// Business words around a name, and one-word compounds, that make it a company or an outlet.
extension EntityExtractor {
    /// `Technews`, `Harbornews`: one word, no dictionary's, ending in `news` names a news outlet.
    static func isNewsCompound(_ token: Token) -> Bool {
        let word = token.lower
        return token.isCapitalized && !token.isAllCaps && word.utf8.count >= 7 && word.hasSuffix("news")
            && !word.contains(ascii: "-") && EnglishWords.bundled.partOfSpeech(of: word) == nil
    }

    /// `shares of Hitachi`, `a stake in Brantwell`, `Hollister's shares`: business words around a name
    /// make it a company, even one named like a town (not a country: `shares in Japan` are a market's).
    func businessEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        let k = range.lowerBound, end = range.upperBound
        guard range.count <= 3, !isGivenName(tokens[k]),
            gazetteer.place(named: paragraph.text(of: range))?.kind != .country
        else { return nil }
        let company = Evidence(kind: .organization, weight: Evidence.business)
        if k - 2 >= sentence.lowerBound, ["of", "in"].contains(tokens[k - 1].lower),
            EntityLexicon.stakeNouns.contains(tokens[k - 2].lower)
        {
            return company
        }
        // `Vessko, the Tarvan food group, said …`: a comma and an appositive headed by a word for a
        // company (no place's or known name: `Dornholm, the steel group's home`).
        if Self.appositiveNamesCompany(after: end, in: tokens, limit: sentence.upperBound),
            knownEvidence(range, in: paragraph) == nil
        {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        // `a memoir published by Harrowgate`: books come out from a publishing house.
        if k - 2 >= sentence.lowerBound, tokens[k - 1].lower == "by",
            ["published", "publishes"].contains(tokens[k - 2].lower)
        {
            return company
        }
        // (Not `Japanese shares fell`, `Sydney shares closed higher`, `Quebec said its output`, `Airline shares
        // fell`, `Mr Roe said its profits`: a people's or a place's market or economy, a common word opening
        // the sentence, a person quoting a firm.)
        if sharesMoveOrListing(after: end, in: tokens, limit: sentence.upperBound)
            || reportsItsResults(after: end, in: tokens, limit: sentence.upperBound),
            !isPlaceOrNationality(range, in: paragraph),
            !(k == sentence.lowerBound && EnglishWords.bundled.partOfSpeech(of: tokens[k].lower) != nil),
            k == sentence.lowerBound || !isTitle(tokens[k - 1])
        {
            return company
        }
        if end + 1 < sentence.upperBound, tokens[end].lower == "'s",
            EntityLexicon.businessPossessions.contains(tokens[end + 1].lower)
                || isCompanyOfficer(from: end + 1, in: tokens, limit: sentence.upperBound)
        {
            return company
        }
        // `Harlow chief economist Ann Roe`, `Brantwell chief executive Tom Hale`: a company's officer named
        // by the company as a modifier, then the officer's name (not `Committee chairman Ann Roe`, `Former
        // Brantwell chief executive`: a body's head word or an English word is no company's name).
        if end + 2 < sentence.upperBound, k == sentence.lowerBound || !isTitle(tokens[k - 1]),
            !range.contains(where: {
                isCommonWord(tokens[$0]) || EnglishLexicon.organizationHeads.contains(tokens[$0].text)
            }),
            tokens[end].lower == "chief" && tokens[end + 1].lower == "economist" && tokens[end + 2].isCapitalized
                || isCompanyOfficer(from: end, in: tokens, limit: sentence.upperBound)
                    && tokens[end + (tokens[end].lower == "chairman" ? 1 : 2)].isCapitalized
        {
            return company
        }
        // `an analyst at Tabak Fenwick`, `chief economist with Harlow Asset`: where a market's analyst works
        // (not `an economist at Oxford`, a university's town), the whole name (not `Fact` of `Fact and
        // Opinion Economics`).
        if k - 2 >= sentence.lowerBound, ["at", "with", "for"].contains(tokens[k - 1].lower),
            EntityLexicon.marketAnalysts.contains(tokens[k - 2].lower),
            end == sentence.upperBound || !tokens[end].isNamePart && !["and", "&", "of"].contains(tokens[end].lower),
            gazetteer.place(named: paragraph.text(of: range)) == nil
        {
            return company
        }
        return nil
    }

    /// Heads of an appositive that say a company: `the food group`, `the games studio`, `the chip maker`.
    /// (Not the words for a person's trade as often: `a miner`, `the publisher`, `a developer`.)
    static let companyAppositiveHeads: WordSet = [
        "group", "giant", "firm", "company", "maker", "carmaker", "automaker", "chipmaker", "drugmaker",
        "steelmaker", "retailer", "insurer", "lender", "airline", "conglomerate", "manufacturer", "brewer",
        "refiner", "supermarket", "consultancy", "studio", "studios", "chain", "reseller", "label", "startup",
        "start-up", "bank", "carrier",
    ]

    /// `, the Tarvan food group,`, `, a games studio,`: a comma, `the` or `a`, up to three words (lowercase
    /// or a people's capitalised adjective, no possessive), then a company's head that ends its phrase (not
    /// `the company chairman`, `the group's head`, `the ethnic group`).
    static func appositiveNamesCompany(after end: Int, in tokens: [Token], limit: Int) -> Bool {
        guard end + 2 < limit, tokens[end].isPunctuation(","), ["the", "a", "an"].contains(tokens[end + 1].text)
        else { return false }
        var k = end + 2
        while k < limit, k - (end + 2) <= 3 {
            let word = tokens[k]
            // (`Roe, the godfather of the group`: a phrase of its own before the head describes a person.)
            guard word.isWord, !word.isAllCaps || word.text.utf8.count == 1,
                !["of", "the", "a", "an", "in", "for", "and", "to", "with", "at", "on", "'s"].contains(word.lower)
            else { return false }
            if word.startsLowercase, companyAppositiveHeads.contains(word.lower) {
                guard k > end + 2 || word.lower != "group", tokens[k - 1].lower != "ethnic" else { return false }
                guard k + 1 < limit else { return true }
                let next = tokens[k + 1]
                if next.isWord, next.startsLowercase {
                    // (A word no dictionary holds may be a post's: `chairman`.)
                    let part = EnglishWords.bundled.partOfSpeech(of: next.lower)
                    return part != nil && part != .noun && !["of", "'s", "\u{2019}s"].contains(next.lower)
                }
                return !next.isWord && next.lower != "'s" && next.lower != "\u{2019}s"
                    || next.isPunctuation(",") || next.isPunctuation(".")
            }
            k += 1
        }
        return false
    }

    /// A place the gazetteer knows or a nationality (`European`, `South Korean`): its shares are a market's.
    private func isPlaceOrNationality(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        if gazetteer.country(forDemonym: paragraph.tokens[range.lowerBound].text) != nil { return true }
        guard let known = knownEvidence(range, in: paragraph) else { return false }
        return known.kind == .place || known.kind == .nationality
    }

    /// `Harlow shares fell`, `Brantwell, which is listed on the Paris bourse`: a name whose shares move or
    /// that is listed on an exchange (a person's `Ann Roe shares her view` moves nothing).
    private func sharesMoveOrListing(after end: Int, in tokens: [Token], limit: Int) -> Bool {
        if end + 1 < limit, tokens[end].lower == "shares", EntityLexicon.shareMoves.contains(tokens[end + 1].lower) {
            return true
        }
        // `X, which is listed on`, `X, which is quoted on`, `X, listed on`.
        guard end + 2 < limit, tokens[end].isPunctuation(",") else { return false }
        var k = end + 1
        if tokens[k].lower == "which", k + 2 < limit, EnglishLexicon.beForms.contains(tokens[k + 1].lower) { k += 2 }
        // (Only `on` an exchange: `listed in third place` ranks anything.)
        return k + 1 < limit && ["listed", "quoted"].contains(tokens[k].lower) && tokens[k + 1].lower == "on"
    }

    /// `Harlow said its profits rose`, `Brantwell said its annual sales`, `Kestrel reported pre-tax profits`:
    /// a name that gives its own results is a company (`Ann Roe said its findings` is a report's).
    private func reportsItsResults(after end: Int, in tokens: [Token], limit: Int) -> Bool {
        guard end + 2 < limit else { return false }
        var k = end + 1
        switch tokens[end].lower {
        case "said", "says":
            guard tokens[k].lower == "its" else { return false }
            k += 1
        case "reported", "reports", "posted", "posts":
            if ["a", "an", "record"].contains(tokens[k].lower) { k += 1 }
        default: return false
        }
        // One word may come between (`its underlying sales`, `its first-quarter profit`).
        for j in k..<min(k + 2, limit) where EntityLexicon.businessResults.contains(tokens[j].lower) { return true }
        return false
    }

    /// `chief executive`, `managing director`, `chairman` at `k`: after `X's`, an officer of a company
    /// (a person's `chief aide` or `company` says nothing).
    func isCompanyOfficer(from k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k < limit else { return false }
        if tokens[k].lower == "chairman" { return true }
        guard k + 1 < limit else { return false }
        switch (tokens[k].lower, tokens[k + 1].lower) {
        case ("chief", "executive"), ("chief", "financial"), ("chief", "operating"), ("managing", "director"),
            ("finance", "director"):
            return true
        default: return false
        }
    }

    /// `Bundesbank`, `Sberbank`: one word, no dictionary's, ending in `bank` names a bank.
    static func isBankCompound(_ token: Token) -> Bool {
        let word = token.lower
        return token.isCapitalized && !token.isAllCaps && word.utf8.count >= 7 && word.hasSuffix("bank")
            && !word.contains("-") && EnglishWords.bundled.partOfSpeech(of: word) == nil
    }
}
