/// The kind of a name from its own words: heads, `X of Y`, prefixes, acronyms.
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
        // `at the Kodak Theatre` is a place; `the Ballet Theatre`, a theatre that speaks (`Steppenwolf Theater
        // announced`), its company.
        if EntityLexicon.theatreHeads.contains(last) {
            var k = range.lowerBound - 1
            if k >= 0, tokens[k].lower == "the" { k -= 1 }
            let located =
                k >= 0
                && (tokens[k].lower == "in" || tokens[k].lower == "at"
                    || EntityLexicon.insidePrepositions.contains(tokens[k].lower))
            let speaks =
                range.upperBound < tokens.count && EnglishLexicon.speechVerbs.contains(tokens[range.upperBound].lower)
            if !located, speaks || EntityLexicon.theatreCompanyWords.contains(tokens[range.upperBound - 2].text) {
                return organization
            }
        }
        // `the Vesk Military Academy`: a military academy is a compound fought over, a site like a base.
        if last == "Academy", EntityLexicon.militaryAcademyWords.contains(tokens[range.upperBound - 2].text) {
            return place
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
        // (`the League Against Kelvar Hunts`: a body named for what it opposes, its head before `Against`.)
        if let of = range.first(where: { tokens[$0].lowerIs(oneOf: ["of", "for", "against"]) }), of > range.lowerBound
        {
            let head = tokens[of - 1].text
            // `the National Hospital of Vesk`, `the Central Prison of Tarn`: a building that holds or tends
            // people, named with its town, is a place like `Vesk National Hospital`.
            if EntityLexicon.facilityHeads.contains(head) { return place }
            // `the Military Academy of Vesk`.
            if head == "Academy", of - 2 >= range.lowerBound,
                EntityLexicon.militaryAcademyWords.contains(tokens[of - 2].text)
            {
                return place
            }
            if EnglishLexicon.organizationHeads.contains(head) || EntityLexicon.organizationOfHeads.contains(head) {
                return organization
            }
            if EntityLexicon.placeOfNameHeads.contains(head) || EntityLexicon.placeNameHeads.contains(head) {
                return place
            }
        }
        // `Committee on Human Rights`: a body named for what it deals with.
        if let on = range.first(where: { tokens[$0].text == "on" }), on > range.lowerBound,
            EntityLexicon.topicBodyHeads.contains(tokens[on - 1].text)
        {
            return organization
        }
        if EntityLexicon.organizationPrefixes.contains(first) || EntityLexicon.companyFirstWords.contains(first) {
            return organization
        }
        // `AC Verona`, `Bristol Rovers`: a club's first or last word.
        if EntityLexicon.clubFirstWords.contains(first) || EntityLexicon.clubLastWords.contains(last) {
            return organization
        }
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
}
