/// The kind of a name: what its own words say (heads, `X of Y`, prefixes, acronyms) and, failing that,
/// what the words around it say.
extension EntityExtractor {
    /// An all-capital word of two to six letters that abbreviates no common thing (`AOL`, `BART`, not `TV`).
    func isAcronym(_ token: Token) -> Bool {
        token.isAllCaps && token.text.count <= 6 && !token.text.contains(ascii: ".")
            && !EntityLexicon.commonAcronyms.contains(token.text)
            && !EnglishLexicon.notNames.contains(Self.capitalizedForm(token.text))
            && !EntityLexicon.runBreakers.contains(Self.capitalizedForm(token.text))
            && gazetteer.place(named: token.text) == nil
            && !EntityLexicon.technicalAcronyms.contains(token.text) && !Self.isRomanNumeral(token)
            // `HUGE`, `EDGE`: an English word in capitals for emphasis.
            && !(token.text.utf8.count >= 4 && EnglishWords.bundled.partOfSpeech(of: token.lower) != nil)
    }

    /// What a name's own words say: heads, `X of Y`, Arabic prefixes, an acronym before a place,
    /// a compass word beside a known place.
    func structure(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Evidence? {
        guard range.count >= 2 else { return nil }
        let tokens = paragraph.tokens
        let first = tokens[range.lowerBound].text, last = tokens[range.upperBound - 1].text
        let place = Evidence(kind: .place, weight: Evidence.structure)
        let organization = Evidence(kind: .organization, weight: Evidence.structure)
        if range.count == 2, EntityLexicon.namedRooms.contains(paragraph.text(of: range)) { return place }
        // `inside the Polytechnic University`: a building the text is about being in.
        if EntityLexicon.institutionBuildings.contains(last) {
            var k = range.lowerBound - 1
            if k >= 0, tokens[k].lower == "the" { k -= 1 }
            if k >= 0, EntityLexicon.insidePrepositions.contains(tokens[k].lower) { return place }
        }
        if let school = schoolByHead(range, in: tokens) { return school }
        // `Anthony Lake`: a known given name before a place head that is also a surname.
        if range.count == 2, EntityLexicon.surnameLikePlaceHeads.contains(last),
            isGivenName(tokens[range.lowerBound])
        {
            return nil
        }
        if EntityLexicon.placeNameHeads.contains(last) || EnglishLexicon.placeHeads.contains(last.lowercased()) {
            return place
        }
        if EntityLexicon.siteHeads.contains(last),
            EntityLexicon.organizationCenterWords.contains(tokens[range.upperBound - 2].text)
        {
            return organization
        }
        if EntityLexicon.siteHeads.contains(last),
            !range.contains(where: { tokens[$0].lower == "of" || tokens[$0].lower == "for" })
        {
            return place
        }
        if EnglishLexicon.organizationHeads.contains(last) || EntityLexicon.companyHeads.contains(last) {
            return organization
        }
        if EntityLexicon.firmHeads.contains(last), !isTitle(tokens[range.lowerBound]),
            !range.contains(where: { tokens[$0].lower == "of" || tokens[$0].lower == "for" }),
            range.dropLast().contains(where: { tokens[$0].isWord && !isCommonWord(tokens[$0]) })
        {
            return organization
        }
        if range.count >= 3, tokens[range.upperBound - 2].text == "&", EntityLexicon.firmPartners.contains(last) {
            return organization
        }
        // `Procter & Gamble`: two capitalised words joined by `&` (``ampersandJoinsFirm``) name a firm.
        if range.count == 3,
            ampersandJoinsFirm(at: range.lowerBound + 1, from: range.lowerBound, in: tokens, limit: range.upperBound)
        {
            return organization
        }
        // `Lawyers' Christian Fellowship`: a possessive, then an organisation's head.
        if EntityLexicon.possessiveOrganizationHeads.contains(last),
            range.dropLast().contains(where: { isPossessiveMark(tokens[$0]) })
        {
            return organization
        }
        if isNumberedBase(range, in: tokens) { return place }
        // `BBC Radio 4`: a channel's number after a broadcaster's word.
        if tokens[range.upperBound - 1].isNumber, EntityLexicon.channelWords.contains(tokens[range.upperBound - 2].text)
        {
            return organization
        }
        if EntityLexicon.placeMediaHeads.contains(last),
            (1...3).contains(where: { n in
                n < range.count
                    && (gazetteer.place(named: paragraph.text(of: range.lowerBound..<(range.lowerBound + n))) != nil
                        || n > 1 && EnglishLexicon.placeHeads.contains(tokens[range.lowerBound + n - 1].lower))
            })
        {
            return organization
        }
        if let of = range.first(where: { tokens[$0].lower == "of" || tokens[$0].lower == "for" }), of > range.lowerBound
        {
            let head = tokens[of - 1].text
            if EnglishLexicon.organizationHeads.contains(head) || EntityLexicon.organizationOfHeads.contains(head) {
                return organization
            }
            if EntityLexicon.placeOfNameHeads.contains(head) || EntityLexicon.placeNameHeads.contains(head) {
                return place
            }
        }
        if EntityLexicon.organizationPrefixes.contains(first) { return organization }
        if EntityLexicon.placePrefixes.contains(first) { return place }
        if first.count >= 3, isAcronym(tokens[range.lowerBound]) { return organization }
        if EntityLexicon.compassWords.contains(first),
            gazetteer.place(named: paragraph.text(of: (range.lowerBound + 1)..<range.upperBound)) != nil
        {
            return place
        }
        // `Kowloon West`, not `Kanye West` (a small town's name is more often a given name).
        if EntityLexicon.compassWords.contains(last),
            let known = gazetteer.place(named: paragraph.text(of: range.lowerBound..<(range.upperBound - 1))),
            known.kind != .city || known.population >= 500_000
        {
            return place
        }
        return nil
    }

    /// The kind of a name with no structure of its own, from the words around it.
    func classify(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        if let person = courtesyTitleEvidence(range, in: paragraph, sentence: sentence) { return person }
        if let company = businessEvidence(range, in: paragraph, sentence: sentence) { return company }
        if let known = knownEvidence(range, in: paragraph) { return known }
        if let organization = organizationRoleEvidence(range, in: paragraph, sentence: sentence) { return organization }
        if range.count == 1 {
            // `the Observatory`, `Police`: a generic noun alone names nothing by itself.
            let word = tokens[range.lowerBound]
            if EnglishLexicon.organizationHeads.contains(word.text) || EntityLexicon.genericHeads.contains(word.lower)
                || EntityLexicon.roleModifiers.contains(word.text) || EntityLexicon.commonAcronyms.contains(word.text)
                || EntityLexicon.placeNameHeads.contains(word.text) || EntityLexicon.compassWords.contains(word.text)
                || EntityLexicon.workHeads.contains(word.text)
            {
                return nil
            }
        }
        if let school = schoolByFollower(range, in: paragraph, sentence: sentence) { return school }
        if let structure = structure(range, in: paragraph) { return structure }
        if let listed = listedClassEvidence(range, in: paragraph, sentence: sentence) { return listed }
        // `High Commissioner`: a role with nobody named.
        if range.count >= 2, EntityLexicon.roleNouns.contains(tokens[range.upperBound - 1].text) { return nil }
        if let organization = organizationNamedForCountry(range, in: paragraph) { return organization }
        // `East Ghouta`, `Western Bahr`: a compass word before a name the gazetteer does not know.
        if (2...3).contains(range.count), EntityLexicon.compassPlaceWords.contains(tokens[range.lowerBound].text),
            ((range.lowerBound + 1)..<range.upperBound).allSatisfy({
                tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isTitle(tokens[$0])
            })
        {
            return Evidence(kind: .place, weight: Evidence.cue)
        }
        let before = range.lowerBound > sentence.lowerBound ? tokens[range.lowerBound - 1] : nil
        let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound] : nil
        if let before, before.isWord, before.text.first?.isLowercase == true {
            if EntityLexicon.personCues.contains(before.lower) { return Evidence(kind: .person, weight: Evidence.cue) }
            if EntityLexicon.placeCues.contains(before.lower) { return Evidence(kind: .place, weight: Evidence.cue) }
            if range.count == 1, EntityLexicon.organizationCues.contains(before.lower) {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            if EntityLexicon.placeModifiers.contains(before.lower) {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            if before.lower == "of", range.lowerBound - 2 >= sentence.lowerBound,
                EnglishLexicon.placeOfHeads.contains(tokens[range.lowerBound - 2].lower)
                    || EntityLexicon.placeOfCueWords.contains(tokens[range.lowerBound - 2].lower)
            {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            // `Ann Roe, 32, of Vesk, was charged`: after a person's age, `of` says where the person lives.
            if before.lower == "of", range.lowerBound - 4 >= sentence.lowerBound,
                tokens[range.lowerBound - 2].isPunctuation(","), tokens[range.lowerBound - 3].isNumber,
                tokens[range.lowerBound - 4].isPunctuation(",")
            {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            // `a dealer in Frankfurt said`: the name after `in` is where the speaker is.
            if EntityLexicon.placePrepositions.contains(before.lower), range.count == 1,
                let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound] : nil,
                EnglishLexicon.speechVerbs.contains(after.lower)
            {
                return Evidence(kind: .place, weight: Evidence.context)
            }
        }
        // `Okafor, who led …`: the relative pronoun says a person (`which` goes with places as often).
        if let after, after.isPunctuation(","), range.upperBound + 1 < sentence.upperBound {
            switch tokens[range.upperBound + 1].lower {
            case "who", "whose": return Evidence(kind: .person, weight: Evidence.cue)
            default: break
            }
        }
        if let collective = collectiveAgreement(range, in: paragraph, sentence: sentence) { return collective }
        if let after, after.isWord {
            if EnglishLexicon.placeHeads.contains(after.lower) { return Evidence(kind: .place, weight: Evidence.cue) }
            let newsAgency =
                after.lower == "news" && range.upperBound + 1 < sentence.upperBound
                && tokens[range.upperBound + 1].lower == "agency"
            // `the Morvan regime`, `Dragan loyalists`: the surname of the one who leads them.
            if range.count <= 2, EntityLexicon.leaderFollowers.contains(after.lower),
                !range.contains(where: { isCommonWord(tokens[$0]) || tokens[$0].isAllCaps })
            {
                return Evidence(kind: .person, weight: Evidence.cue)
            }
            if range.count <= 2, newsAgency || EntityLexicon.organizationFollowers.contains(after.lower) {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            // `Hamas fighters`, `Nationwide economist Alex Lee`: a name before its members or staff.
            if range.count <= 2, EntityLexicon.memberNouns.contains(after.lower),
                !isGivenName(tokens[range.lowerBound]),
                !range.contains(where: { isCommonWord(tokens[$0]) })
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
        }
        // `the Observatory said`, `the Local Committees reported`: people's names take no article.
        let the = before?.lower == "the"
        if the, let after, after.isWord,
            EntityLexicon.afterOrganizationName.contains(after.lower) || after.lower == "'s"
                || after.lower.hasSuffix("ed")
        {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        if range.count == 1, Self.isBankCompound(tokens[range.lowerBound]) {
            return Evidence(kind: .organization, weight: Evidence.structure)
        }
        // `an HMI screen`, `the XR5 engine`: an abbreviation before the kind of a product is the product's.
        if range.count == 1, tokens[range.lowerBound].isAllCaps, let after, after.isWord, after.startsLowercase,
            EntityLexicon.productNouns.contains(after.lower)
        {
            return nil
        }
        if range.count == 1, tokens[range.lowerBound].isAllCaps,
            Self.headsIndefinitePhrase(range, in: tokens, sentence: sentence)
        {
            return nil
        }
        if range.count == 1, isAcronym(tokens[range.lowerBound]) || Self.isNewsCompound(tokens[range.lowerBound]) {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        if let after, EnglishLexicon.speechVerbs.contains(after.lower) || Self.personOnlyVerbs.contains(after.lower),
            !the
        {
            return Evidence(kind: .person, weight: Evidence.context)
        }
        if let before, after?.lower != "'s",
            (range.count == 1 ? EntityLexicon.placePrepositionsForOneWord : EntityLexicon.placePrepositions).contains(
                before.lower)
        {
            return Evidence(kind: .place, weight: Evidence.context)
        }
        // `Card Tricks`, `Living Wage`: common words with capitals name a thing, not a person.
        // `asked Jeff`, `Rebecca and her partner`: a given name alone inside a sentence.
        // Not a saint's place cut at its full stop (`St. Louis`).
        if range.count == 1, isGivenName(tokens[range.lowerBound]),
            range.lowerBound == 0 || !tokens[range.lowerBound - 1].isPunctuation(".") && before?.text != "Saint"
        {
            return Evidence(kind: .person, weight: Evidence.shape)
        }
        if placeBeforeCommonWords(range, in: paragraph) { return Evidence(kind: .organization, weight: Evidence.shape) }
        // `PlayStation VR`, `Windows XP`: a name ending in an abbreviation is a product's or a team's;
        // `Protected B`: a person's initials come before the surname.
        let last = tokens[range.upperBound - 1]
        if (2...4).contains(range.count), !last.isAllCaps || Self.isRomanNumeral(last), last.text.count > 1,
            !holdsPlaceAfterNonGivenName(range, in: paragraph),
            isGivenName(tokens[range.lowerBound])
                || !range.allSatisfy({
                    isCommonWord(tokens[$0]) || EnglishLexicon.nameParticles.contains(tokens[$0].text)
                })
        {
            return Evidence(kind: .person, weight: Evidence.shape)
        }
        return nil
    }

    /// `Rolling Stone Records have denied …`, `Harbour Works are`: a name not written as a plural, opening
    /// its sentence before a plural verb, is a body of people taken as many (British usage for firms,
    /// bands and clubs); a person's name never takes one.
    func collectiveAgreement(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        let end = range.upperBound
        guard end + 1 < sentence.upperBound, ["have", "are", "were"].contains(tokens[end].text),
            tokens[end + 1].isWord, tokens[end + 1].startsLowercase,
            !tokens[end - 1].isAllCaps, !tokens[end - 1].lower.hasSuffix("s")
        else { return nil }
        // Only the subject opening the sentence: further in, `A and B were` makes the plural.
        guard (sentence.lowerBound..<range.lowerBound).allSatisfy({ tokens[$0].kind == .punctuation }) else {
            return nil
        }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }

    /// `Mr Soros`, `Mrs. Okafor`: a courtesy title right before a name says a person, however else the name
    /// may be read (the run reader leaves the title out of the name).
    func courtesyTitleEvidence(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        var k = range.lowerBound - 1
        if k > sentence.lowerBound, tokens[k].isPunctuation("."), !tokens[k].spaceBefore { k -= 1 }
        guard k >= sentence.lowerBound, EntityLexicon.courtesyTitles.contains(tokens[k].text),
            // `the Mr Nasty of books`: a title after an article makes a type, not a person.
            k == sentence.lowerBound || !["the", "a", "an"].contains(tokens[k - 1].lower),
            // `Mr Skeens of Brownsville`: a name joined to a place or a body is more than the person's.
            !range.contains(where: { tokens[$0].isWord && tokens[$0].startsLowercase })
        else { return nil }
        return Evidence(kind: .person, weight: Evidence.structure)
    }

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
            ["shares", "stake", "stock", "stocks"].contains(tokens[k - 2].lower)
        {
            return company
        }
        // `a memoir published by Harrowgate`: books come out from a publishing house.
        if k - 2 >= sentence.lowerBound, tokens[k - 1].lower == "by",
            ["published", "publishes"].contains(tokens[k - 2].lower)
        {
            return company
        }
        if end + 1 < sentence.upperBound, tokens[end].lower == "'s",
            EntityLexicon.businessPossessions.contains(tokens[end + 1].lower)
                || isCompanyOfficer(from: end + 1, in: tokens, limit: sentence.upperBound)
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

    /// A capitalised common English word (`Tricks`, `Living`, `Prospective`): a noun, verb, adjective or
    /// adverb in the word list or by its ending, not a proper noun there nor a given name.
    func isCommonWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isAllCaps else { return false }
        if EnglishWords.bundled.partOfSpeech(of: token.lower) != nil { return true }
        return EnglishWords.partOfSpeech(byEndingOf: token.lower) != nil && !isGivenName(token)
    }

    /// `Environment Canada`, `Hitwise UK`, `Team Estonia`: a word that is no place before a country, or
    /// a country after a word that is no given name, names an organisation's national branch or team.
    func organizationNamedForCountry(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        guard range.count == 2 else { return nil }
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        guard !isGivenName(first), !EntityLexicon.compassWords.contains(first.text), !isTitle(first),
            knownEvidence(range.lowerBound..<(range.lowerBound + 1), in: paragraph)?.kind != .place,
            gazetteer.place(named: last.text)?.kind == .country
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }

    /// `Harlow Courier`, `Oslo City Lantern`: a known place that is no given name, then only common English
    /// words, names something of that place (a paper, a team, an event), not a person; at most an
    /// organisation, on the weakest evidence.
    func placeBeforeCommonWords(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        // Not a country: `US Congressional elections`, `the US Vibe awards` use it as an adjective.
        guard range.count >= 2, !isGivenName(tokens[range.lowerBound]),
            knownEvidence(range.lowerBound..<(range.lowerBound + 1), in: paragraph)?.kind == .place,
            gazetteer.place(named: tokens[range.lowerBound].text)?.kind != .country
        else { return false }
        return ((range.lowerBound + 1)..<range.upperBound).allSatisfy { isCommonWord(tokens[$0]) }
    }

    /// `Raqqa Tabqa Syria Community`, `Middle East Syria Security`: a title-case run with a known place
    /// inside names no person (`George Washington Carver` has the place right after a given name).
    func holdsPlaceAfterNonGivenName(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard range.count >= 3 else { return false }
        return ((range.lowerBound + 1)..<range.upperBound).contains { k in
            // After an initial's full stop (`L. Ron Hubbard`) a word is a given name, not a place.
            !isGivenName(tokens[k - 1]) && !tokens[k - 1].isPunctuation(".")
                && knownEvidence(k..<(k + 1), in: paragraph)?.kind == .place
        }
    }
}
