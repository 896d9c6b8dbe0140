/// A role and the person named after it (`Supreme Leader Ayatollah Ali Khamenei`), with the country or
/// organisation named inside the role (`US President Donald Trump`, `White House Press Secretary
/// Stephanie Grisham`).
extension EntityExtractor {
    /// `Supreme Leader Ayatollah Ali Khamenei` → `Ali Khamenei`, role `Supreme Leader`, aliases with the
    /// honorific and as written; `US President Donald Trump` → also the place `US`; `White House Press
    /// Secretary Stephanie Grisham` → also the organisation `White House`. Nil when no name follows the
    /// last title.
    func roleAndName(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> [Candidate]?
    {
        let tokens = paragraph.tokens
        guard let title = lastTitleBeforeName(in: range, tokens: tokens) else { return nil }
        if let group = groupAfterFormer(range, title: title, in: paragraph, sentence: sentence) { return group }
        // `Prince Edward Theatre`, `King George Pavilion`: a place named after a monarch, title and all.
        if title == range.lowerBound, EntityLexicon.royalTitles.contains(tokens[title].text),
            let place = structure(range, in: paragraph), place.kind == .place
        {
            return [candidate(range, in: paragraph, sentence: sentence, initial: false, evidence: place)]
        }
        // `Grand Slam`, `Prime Suspect`, `Crown Jewels`: a word that only ever opens a title of more words,
        // with none after it, makes no role, and the name is all one thing.
        if Self.titleOpeners.contains(tokens[title].text), title + 1 < range.upperBound,
            !isGivenName(tokens[title + 1])
        {
            // `Grand Master Alan Whitcombe`, `Crown Prosecutor Denise Harlow`: the opener and the word after it
            // are the role of the person named next.
            let nameStart = title + 2
            if nameStart + 1 < range.upperBound, range.upperBound - nameStart <= 3, isGivenName(tokens[nameStart]),
                (nameStart..<range.upperBound).allSatisfy({ looksLikeNameWord(tokens[$0]) })
            {
                return [
                    person(
                        nameStart..<range.upperBound, role: range.lowerBound..<nameStart,
                        honorific: nameStart..<nameStart, written: range, in: paragraph)
                ]
            }
            return nil
        }
        // `Major League Baseball`, `General Council`: a title opening the run right before an organisation's
        // head (no given name in the run) opens the body's name; it titles nobody. Not when a role closes
        // the run (`State Department Spokesperson`): that is a role with nobody named.
        if title == range.lowerBound, title + 1 < range.upperBound,
            EnglishLexicon.organizationHeads.contains(tokens[title + 1].text),
            !isTitle(tokens[range.upperBound - 1]), !EntityLexicon.roleNouns.contains(tokens[range.upperBound - 1].text),
            !EnglishLexicon.titles.contains(tokens[title + 1].text), !range.contains(where: { isGivenName(tokens[$0]) }),
            // (`Mr Cross said`, `Senator Church`: a form of address or a rank before a surname titles a person.)
            !EntityLexicon.honorifics.contains(tokens[title].text), !Self.surnameTitles.contains(tokens[title].text)
        {
            let body = Evidence(kind: .organization, weight: Evidence.structure)
            return [candidate(range, in: paragraph, sentence: sentence, initial: false, evidence: body)]
        }
        // `the Global Finance Facility`: a portfolio word (`Finance`) before a scheme's head names the
        // scheme, a body, and nobody.
        if Self.schemeHeads.contains(tokens[range.upperBound - 1].text) {
            let body = Evidence(kind: .organization, weight: Evidence.structure)
            return [candidate(range, in: paragraph, sentence: sentence, initial: false, evidence: body)]
        }
        var nameStart = title + 1
        // `President of Iran`: the role continues into a known name, and nobody is named.
        if EnglishLexicon.nameParticles.contains(tokens[nameStart].lower) {
            nameStart += 1
            guard nameStart < range.upperBound else { return [] }
            if let known = knownSpan(at: nameStart, limit: range.upperBound, in: paragraph),
                known.length == range.upperBound - nameStart
            {
                return [
                    candidate(
                        nameStart..<range.upperBound, in: paragraph, sentence: sentence, initial: false,
                        evidence: known.evidence)
                ]
            }
        }
        // `Turkish General Staff`: `Staff` right after a title names the body the title heads, and nobody;
        // `Chief of the General Staff Omer Kaplan`: it belongs to the role before a name.
        if tokens[nameStart].text == "Staff", nameStart == title + 1 {
            guard nameStart + 1 < range.upperBound else {
                let body = Evidence(kind: .organization, weight: Evidence.structure)
                return [candidate(range, in: paragraph, sentence: sentence, initial: false, evidence: body)]
            }
            nameStart += 1
        }
        // Honorifics at the role's end (`Ayatollah`) go with the name.
        var roleEnd = title + 1
        while roleEnd > range.lowerBound, EntityLexicon.honorifics.contains(tokens[roleEnd - 1].text) { roleEnd -= 1 }
        var result: [Candidate] = []
        let roleStart = appendNamesInRole(range.lowerBound..<roleEnd, in: paragraph, sentence: sentence, to: &result)
        var nameRange = nameStart..<range.upperBound
        // `Governor of Washington Chris Gregoire`, `Minister of Education Stefania Giannini`: the role's
        // place or portfolio, then the person.
        if let k = gluedPersonStart(in: nameRange, in: paragraph) {
            result += pieces(of: nameStart..<k, in: paragraph, sentence: sentence, sentenceInitial: false).filter {
                $0.kind != .person
            }
            nameRange = k..<range.upperBound
        } else if nameStart > title + 1, let k = personAfterPortfolio(nameRange, in: paragraph) {
            // `Chief Inspector of Prisons Ola Berg`: a portfolio of common words after the role's `of`.
            result += pieces(of: nameStart..<k, in: paragraph, sentence: sentence, sentenceInitial: false).filter {
                $0.kind == .place || $0.kind == .organization
            }
            nameRange = k..<range.upperBound
        } else if nameStart > title + 1, nameRange.allSatisfy({ isPortfolioWord(tokens[$0]) }) {
            // `the Chief Inspector of Prisons`: the role goes on after its `of`, and nobody is named.
            return result
        }
        if let others = namesInsteadOfPerson(nameRange, in: paragraph, sentence: sentence) {
            result += others
        } else {
            result.append(
                person(
                    nameRange, role: roleStart..<roleEnd, honorific: roleEnd..<(title + 1), written: range,
                    in: paragraph))
        }
        return result
    }

    /// `Former Vesk singer Ana Ruiz`, `Former Dornholm boss Tom Hale`: `Former` alone before words that open
    /// with no given name is no role of theirs: they name the band or the club someone was in, typed as an
    /// organisation when a word for its member or staff follows (`singer`, `boss`). Nil otherwise.
    private func groupAfterFormer(
        _ range: Range<Int>, title: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard title == range.lowerBound, tokens[title].text == "Former", title + 1 < range.upperBound,
            !isGivenName(tokens[title + 1]), looksLikeNameWord(tokens[title + 1])
        else { return nil }
        var names = pieces(of: (title + 1)..<range.upperBound, in: paragraph, sentence: sentence, sentenceInitial: false)
        let after = range.upperBound
        guard names.count == 1, !names[0].titleOnly, after < sentence.upperBound, tokens[after].isWord,
            tokens[after].startsLowercase,
            Self.clubRoleNouns.contains(tokens[after].lower) || Self.groupMemberNouns.contains(tokens[after].lower)
                || EntityLexicon.standingNouns.contains(tokens[after].lower)
        else { return names }
        if names[0].kind == nil || names[0].kind == .person && (names[0].evidence?.weight ?? 0) <= Evidence.context {
            names[0].evidence = Evidence(kind: .organization, weight: Evidence.cue)
        }
        return names
    }

    /// Words for a band's or a group's members after its name: `Vesk singer`, `Vesk frontman`.
    static let groupMemberNouns: WordSet = [
        "singer", "singers", "frontman", "frontwoman", "drummer", "member", "members", "band-mate", "bandmate",
    ]

    /// Heads of funds and schemes that a title's word may open (`International Finance Facility`): no
    /// organisation's head elsewhere, as a facility is more often a building (`Orbital Test Facility`).
    static let schemeHeads: WordSet = ["Facility"]

    /// A capitalised English word of a portfolio (`Prisons`, `Education`), no one's given name.
    private func isPortfolioWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isAllCaps && !isGivenName(token)
            && EnglishWords.bundled.partOfSpeech(of: token.lower) != nil
    }

    /// Where a person's name of two or three words starts after a portfolio of capitalised English words
    /// (`Prisons`, `Public Prosecution`): at a given name (`Eva-Marie` by its first part) or a word no
    /// dictionary has. Nil when a word of the portfolio is no English word or the name is no name's shape.
    private func personAfterPortfolio(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard range.count >= 3 else { return nil }
        func opensName(_ token: Token) -> Bool {
            let first = token.lower.split(separator: "-", maxSplits: 1).first.map(String.init) ?? token.lower
            return EntityGivenNames.common.contains(first) || EnglishWords.bundled.partOfSpeech(of: token.lower) == nil
        }
        for k in (range.lowerBound + 1)..<(range.upperBound - 1) {
            guard isPortfolioWord(tokens[k - 1]) else { return nil }
            let person = k..<range.upperBound
            if person.count <= 3, opensName(tokens[k]), person.allSatisfy({ looksLikeNameWord(tokens[$0]) }) {
                return k
            }
        }
        return nil
    }

    /// The last title in `range` with a name after it.
    /// Words of ``EnglishLexicon/titles`` that open a title of more words and are none alone (`Grand
    /// Ayatollah`, `Prime Minister`, `Crown Prince`, `Field Marshal`, `Supreme Leader`). Not portfolios
    /// (`Foreign`, `Finance`), which open a ministry's name as well, nor `Former` or `Acting`, which stand
    /// before a team or a country (`Former England captain`).
    static let titleOpeners: WordSet = ["Grand", "Prime", "Crown", "Field", "Supreme"]

    private func lastTitleBeforeName(in range: Range<Int>, tokens: [Token]) -> Int? {
        var k = range.upperBound - 2
        while k >= range.lowerBound {
            if isTitle(tokens[k]),
                ((k + 1)..<range.upperBound).contains(where: {
                    !isTitle(tokens[$0]) && !EnglishLexicon.nameParticles.contains(tokens[$0].lower)
                })
            {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// Appends the names inside a role to `result`: a country or nationality first, then organisations
    /// between the titles. Returns where the role starts after the country.
    private func appendNamesInRole(
        _ role: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        to result: inout [Candidate]
    ) -> Int {
        let tokens = paragraph.tokens
        let roleEnd = role.upperBound
        var roleStart = role.lowerBound
        if let lead = knownSpan(at: roleStart, limit: roleEnd, in: paragraph),
            lead.evidence.kind == .place || lead.evidence.kind == .nationality
        {
            result.append(
                candidate(
                    roleStart..<(roleStart + lead.length), in: paragraph, sentence: sentence,
                    initial: false, evidence: lead.evidence))
            roleStart += lead.length
        }
        var a = roleStart
        while a < roleEnd {
            if isTitle(tokens[a]) || EnglishLexicon.nameParticles.contains(tokens[a].lower) { a += 1; continue }
            var b = a
            while b < roleEnd, !isTitle(tokens[b]) { b += 1 }
            // Without the role's own words first (`White House` in `White House Press Secretary`).
            var e = b
            while e - a > 1, EntityLexicon.roleModifiers.contains(tokens[e - 1].text) { e -= 1 }
            if let organization = organizationInRole(a..<e, in: paragraph) {
                result.append(
                    candidate(a..<e, in: paragraph, sentence: sentence, initial: false, evidence: organization))
            } else if e < b, let organization = organizationInRole(a..<b, in: paragraph) {
                result.append(
                    candidate(a..<b, in: paragraph, sentence: sentence, initial: false, evidence: organization))
            }
            a = b
        }
        return roleStart
    }

    /// What the words after a title name when they name no person: more of the role, names after its
    /// `of`, a known place or organisation. Nil for a person.
    private func namesInsteadOfPerson(
        _ nameRange: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph,
        sentence: Range<Int>
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        // `Chief Strategy Officer`, `General Manager of Life Care Solutions`: the role goes on, nobody is named.
        if EntityLexicon.roleNouns.contains(tokens[nameRange.upperBound - 1].text) { return [] }
        if nameRange.contains(where: { tokens[$0].lower == "of" || tokens[$0].lower == "for" }) {
            return pieces(of: nameRange, in: paragraph, sentence: sentence, sentenceInitial: false).filter {
                $0.kind != .person
            }
        }
        // A known place or organisation after a title is not a person.
        if let known = knownSpan(at: nameRange.lowerBound, limit: nameRange.upperBound, in: paragraph),
            known.length == nameRange.count
        {
            return [candidate(nameRange, in: paragraph, sentence: sentence, initial: false, evidence: known.evidence)]
        }
        // `Former Downing Street press chief`: a place's head ends the words after the title, which name the
        // place the role is at (unless a given name opens them: `Director Alan Lane`). Two words are as often
        // a name and a street-like surname (`Director Nnamdi Lane resigned`): a place only before a role in
        // lower case; three or more are a place (`Imam Khomeini International Airport`).
        if nameRange.count >= 2, !isGivenName(tokens[nameRange.lowerBound]),
            nameRange.count >= 3 || isRoleInLowerCase(at: nameRange.upperBound, in: tokens),
            let place = structure(nameRange, in: paragraph), place.kind == .place
        {
            return [candidate(nameRange, in: paragraph, sentence: sentence, initial: false, evidence: place)]
        }
        return nil
    }

    /// Whether a role in lower case opens at `k`, after at most one lower-case word of its own (`chief`,
    /// `press chief`, `health minister`).
    private func isRoleInLowerCase(at k: Int, in tokens: [Token]) -> Bool {
        guard k < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized else { return false }
        return (k..<min(k + 2, tokens.count)).contains {
            tokens[$0].isWord && !tokens[$0].isCapitalized
                && (EntityLexicon.personCues.contains(tokens[$0].lower)
                    || EntityLexicon.roleNouns.contains(Self.capitalizedForm(tokens[$0].text)))
        }
    }

    /// The person named after a role, with aliases: with the honorific (`Ayatollah Ali Khamenei`) or
    /// the role's last word (`President Donald Trump`), and the whole run as written.
    private func person(
        _ nameRange: Range<Int>, role roleRange: Range<Int>, honorific: Range<Int>, written: Range<Int>,
        in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Candidate {
        let role = roleRange.isEmpty ? nil : paragraph.text(of: roleRange)
        var person = Candidate(
            paragraph: paragraph.position, tokens: nameRange, name: paragraph.text(of: nameRange),
            evidence: Evidence(kind: .person, weight: Evidence.structure), role: role, sentenceInitial: false)
        if !honorific.isEmpty {
            person.aliases.append(paragraph.text(of: honorific.lowerBound..<nameRange.upperBound))
        } else if let role, !role.contains(" of "), let last = role.wordsBetweenSpaces().last {
            person.aliases.append(last + " " + person.name)
        }
        person.aliases.append(paragraph.text(of: written))
        return person
    }

    /// An organisation named inside a role: known, by its head, or an acronym (`White House`, `BART`, `IRGC`).
    func organizationInRole(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Evidence? {
        let tokens = paragraph.tokens
        if let known = knownEvidence(range, in: paragraph), known.kind == .organization { return known }
        if let structure = structure(range, in: paragraph), structure.kind == .organization { return structure }
        if range.count == 1, isAcronym(tokens[range.lowerBound]) {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        return nil
    }

    /// Ranks and offices written before a surname alone (`Senator Church`, `Judge House`): never the first
    /// word of a body's name before its head.
    static let surnameTitles: WordSet = [
        "Senator", "Sen", "Sen.", "Representative", "Rep", "Rep.", "Judge", "Justice", "Detective", "Constable",
        "Sergeant", "Sgt", "Captain", "Capt", "Capt.", "Lieutenant", "Lt", "Lt.", "Colonel", "Col", "Col.",
        "Governor", "Gov", "Gov.", "Mayor", "Professor", "Prof", "Miss", "Congressman", "Congresswoman",
        "Councillor", "Sheriff", "Inspector", "Corporal", "Agent",
    ]
}
