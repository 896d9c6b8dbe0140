/// A person's name run onto the name before it because the punctuation between them was lost or never
/// written: a dateline or `in Aleppo, Mohammad …` (`Aleppo Mohammad Hazouri`), an organisation before
/// its spokesman (`Refugee Council Enver Solomon`), a role word before the name (`Boss Steve Bruce`).
extension EntityExtractor {
    /// Titles of the entity pass beyond the shared list: sports and show-business roles and the
    /// abbreviations of offices that news writes before a name (`Boss Steve Bruce`, `FM Johnson`).
    static let moreTitles: WordSet = [
        "Boss", "Coach", "Manager", "Skipper", "Striker", "Midfielder", "Defender", "Goalkeeper", "Winger",
        "Fly-half", "Scrum-half", "Full-back", "Centre-back", "Veteran", "Singer", "Actor", "Actress", "Rapper",
        "Novelist", "Comedian", "Presenter", "Comptroller", "Auditor", "Treasurer", "Solicitor", "Magistrate",
        "Coroner", "Cllr", "Alderman", "Headteacher", "Headmaster", "Headmistress", "Supt", "Insp", "Det", "Pte",
        "Cpl", "FM", "DPM", "MSP", "MLA", "MPP", "DJ", "Frontman", "Frontwoman", "Songwriter", "Playwright", "Administrator",
        "Curator", "Provost", "Rector", "Registrar", "Archdeacon", "Vicar", "Deacon", "Chaplain", "Cantor",
        // Occupations news writes before a name as a title (`Activist Rana Idris`, `Media Activist …`).
        "Activist", "Journalist", "Photographer", "Photojournalist", "Campaigner", "Blogger", "Lawyer", "Analyst",
        "Businessman", "Businesswoman", "Tycoon", "Billionaire", "Dissident", "Researcher", "Filmmaker",
        // A people's noun for one of them (`Welshman Tarn Obrey`), and a band's member (`former Beatle …`).
        "Welshman", "Welshwoman", "Scotsman", "Scotswoman", "Irishman", "Irishwoman", "Englishman",
        "Englishwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Cornishman", "Manxman",
        "Beatle",
    ]

    /// The first parts of a title written with a hyphen (`Under-Secretary`, `Co-Chair`, `Ex-President`).
    static let titlePrefixes: WordSet = [
        "Under", "Vice", "Co", "Sub", "Deputy", "Assistant", "Acting", "Pro", "Joint", "Ex", "Former", "Senior",
        "Junior",
    ]

    /// `Under-Secretary`, `Co-Chair`, `Vice-chairman`, `Ex-President`: a title's prefix, a hyphen and a title
    /// (its first letter capitalised or not).
    static func isCompoundTitle(_ token: Token) -> Bool {
        let text = token.text
        guard token.isWord, token.isCapitalized, text.contains(ascii: "-") else { return false }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, titlePrefixes.contains(String(parts[0])) else { return false }
        let title = capitalizedForm(String(parts[1]))
        return EnglishLexicon.titles.contains(title) || moreTitles.contains(title)
    }

    /// Last words of ministries' and offices' portfolios (`Foreign Affairs and Security Policy`).
    static let portfolioWords: WordSet = [
        "Affairs", "Relations", "Policy", "Services", "Resources", "Justice", "Defence", "Defense", "Finance",
        "Communications", "Studies", "Operations", "Planning", "Welfare", "Sport", "Sports", "Tourism", "Media",
    ]

    /// Whether a capitalised word is a given name (`Mohammad`, `Steve`).
    func isGivenName(_ token: Token) -> Bool {
        token.isCapitalized && !token.isAllCaps && EntityGivenNames.common.contains(token.lower)
    }

    /// Where a person's name of two or three words starts inside `range` after another name that ends
    /// as names of places and organisations end: a known place, or an organisation's, a site's or a
    /// role's last word. Nil when there is no such split.
    func gluedPersonStart(in range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard range.count >= 3 else { return nil }
        // (Not a given name after a particle: `Abu Malek al-Jayrudi` is one name.)
        for k in (range.lowerBound + 1)..<(range.upperBound - 1)
        where isGivenName(tokens[k]) && !EnglishLexicon.nameParticles.contains(tokens[k - 1].lower) {
            let person = k..<range.upperBound
            // (`Karim el-Tawil`: a family name may open with its joined article.)
            guard person.count <= 3,
                person.allSatisfy({ looksLikeNameWord(tokens[$0]) || $0 > k && Self.hasJoinedArticle(tokens[$0]) })
            else { continue }
            let lead = range.lowerBound..<k
            // `Harbour Network for Human Rights Fadel Abdul Ghani`: a given name we do not know, right before
            // one we know, opens the person's name.
            if person.count == 2, k - 1 > range.lowerBound + 1, looksLikeNameWord(tokens[k - 1]),
                !isCommonWord(tokens[k - 1]), knownEvidence((k - 1)..<k, in: paragraph) == nil,
                endsAsNameBeforePerson(range.lowerBound..<(k - 1), in: paragraph)
            {
                return k - 1
            }
            if let known = knownSpan(at: lead.lowerBound, limit: k, in: paragraph), known.length == lead.count,
                known.evidence.kind == .place || known.evidence.kind == .organization
            {
                return k
            }
            // A title before the name is a role (``roleAndName``), not a name of its own.
            if isTitle(tokens[k - 1]) { return nil }
            return endsAsNameBeforePerson(lead, in: paragraph) ? k : nil
        }
        return gluedUnknownPersonStart(in: range, in: paragraph)
    }

    /// Whether `lead` ends as names of organisations, places and roles end: an organisation's, a site's
    /// or a role's last word, or a known place after an organisation's head (`University of Kent Canterbury`).
    private func endsAsNameBeforePerson(_ lead: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let last = tokens[lead.upperBound - 1].text
        if EnglishLexicon.organizationHeads.contains(last) || EntityLexicon.companyHeads.contains(last)
            || EntityLexicon.placeNameHeads.contains(last) || EntityLexicon.siteHeads.contains(last)
            || EntityLexicon.corporateSuffixes.contains(last) || EntityLexicon.roleModifiers.contains(last)
            || Self.portfolioWords.contains(last)
        {
            return true
        }
        if lead.count >= 3
            && knownEvidence((lead.upperBound - 1)..<lead.upperBound, in: paragraph)?.kind == .place
            && lead.dropLast().contains(where: { EnglishLexicon.organizationHeads.contains(tokens[$0].text) })
        {
            return true
        }
        // `Harbour Network for Human Rights Fadel Mansour`: an organisation's head and its `of` or `for`.
        // (Not `Royal Institute of` cut before its last words.)
        return lead.count >= 3 && tokens[lead.upperBound - 1].isCapitalized
            && lead.contains(where: { tokens[$0].lower == "of" || tokens[$0].lower == "for" })
            && structure(lead, in: paragraph)?.kind == .organization
    }

    /// `the Lantern Society Ekow Mensah told`, `University of Kent Canterbury Amara Osei heard`: two words
    /// no dictionary, gazetteer or lexicon has, after a name that ends as an organisation's or a place's,
    /// and before the verb they are the subject of, are a person's name even when the given name is not
    /// one we know.
    private func gluedUnknownPersonStart(in range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Int?
    {
        let tokens = paragraph.tokens
        let k = range.upperBound - 2
        guard range.count >= 4, range.upperBound < tokens.count else { return nil }
        let verb = tokens[range.upperBound]
        guard verb.isWord, verb.startsLowercase,
            EnglishLexicon.speechVerbs.contains(verb.lower)
                || EnglishWords.bundled.partOfSpeech(of: verb.lower) == .verb
        else { return nil }
        for j in k..<range.upperBound {
            guard looksLikeNameWord(tokens[j]), !isCommonWord(tokens[j]),
                knownEvidence(j..<(j + 1), in: paragraph) == nil
            else { return nil }
        }
        return endsAsNameBeforePerson(range.lowerBound..<k, in: paragraph) ? k : nil
    }

    /// A word that can be part of a person's name: capitalised, not in capitals, and no head, role or
    /// title word.
    func looksLikeNameWord(_ token: Token) -> Bool {
        let text = token.text
        return token.isWord && token.isCapitalized && !token.isAllCaps && !isTitle(token)
            && !EnglishLexicon.organizationHeads.contains(text) && !EntityLexicon.companyHeads.contains(text)
            && !EntityLexicon.placeNameHeads.contains(text) && !EntityLexicon.siteHeads.contains(text)
            && !EntityLexicon.roleNouns.contains(text) && !EntityLexicon.corporateSuffixes.contains(text)
            && !EnglishLexicon.notNames.contains(text) && !EntityLexicon.runBreakers.contains(text)
    }

    /// The names on both sides of a glued person's name (see ``gluedPersonStart(in:in:)``), or nil.
    func splitGluedPerson(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        guard let k = gluedPersonStart(in: range, in: paragraph) else { return nil }
        let person = candidate(
            k..<range.upperBound, in: paragraph, sentence: sentence, initial: false,
            evidence: Evidence(kind: .person, weight: Evidence.structure))
        return pieces(of: range.lowerBound..<k, in: paragraph, sentence: sentence, sentenceInitial: initial)
            + [person]
    }
}
