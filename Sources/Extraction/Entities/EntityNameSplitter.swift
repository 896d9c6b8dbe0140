/// Splits a capitalised run into the names it holds: a known name as a whole, an organisation by its
/// head, a role and the person after it (with a country or an organisation inside the role), names run
/// together because the text lost its commas (`Saudi Arabia Turkey`, `ambassador to Britain Liu
/// Xiaming`), a nationality before a person (`American Kevin King`).
extension EntityExtractor {
    func isTitle(_ token: Token) -> Bool {
        EnglishLexicon.titles.contains(token.text) || Self.moreTitles.contains(token.text)
            || Self.isCompoundTitle(token)
    }

    /// The names in a capitalised run `run` of a sentence.
    func pieces(
        of run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        sentenceInitial: Bool
    ) -> [Candidate] {
        let tokens = paragraph.tokens
        if let town = datelineCityInCapitals(run, in: paragraph) { return [town] }
        if let split = datelineCityBeforeSentence(run, in: paragraph, sentence: sentence) { return split }
        // `St. Alban's` alone: a church's, a school's or a publisher's short name, of no kind it says.
        if run.count >= 3, Self.saintsPossessive(at: run.upperBound - 1, from: run.lowerBound, in: tokens) {
            return []
        }
        if let named = saintsInstitution(run, in: paragraph, sentence: sentence, initial: sentenceInitial) {
            return [named]
        }
        let (range, initial) = withoutEdgeWords(
            run, in: paragraph, sentence: sentence, sentenceInitial: sentenceInitial)
        guard !range.isEmpty, !Self.isCurrencyPrefix(range, in: tokens) else { return [] }
        // `Pro-Morales fighters`, `Anti-Damascus militants`: an adjective of support or opposition opening
        // the run names nobody (not `Pro-Life Alliance`, whose head names an organisation).
        if Self.isPrefixedAdjective(tokens[range.lowerBound]), structure(range, in: paragraph) == nil {
            return pieces(
                of: (range.lowerBound + 1)..<range.upperBound, in: paragraph, sentence: sentence,
                sentenceInitial: false)
        }
        if let sides = splitAtDirectionPhrase(range, in: paragraph, sentence: sentence, initial: initial) {
            return sides
        }
        if let bodies = bodiesJoinedByHyphen(range, in: paragraph, initial: initial) { return bodies }
        if let countries = countriesJoinedByHyphen(range, in: paragraph, initial: initial) { return countries }
        if let peer = peerOfPlace(range, in: paragraph) { return [peer] }
        if initial, let place = placeAfterOpeningVerb(range, in: paragraph) {
            return pieces(of: place, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        if let split = splitAtRunBreaker(range, in: paragraph, sentence: sentence, initial: initial)
            ?? splitLostPossessiveBeforeNationality(range, in: paragraph, sentence: sentence, initial: initial)
        {
            return split
        }
        if let place = placeOpeningWithTitle(range, in: paragraph, sentence: sentence, initial: initial) {
            return [place]
        }
        if let office = officialsOffice(range, in: paragraph, sentence: sentence, initial: initial) { return [office] }
        if let company = businessEvidence(range, in: paragraph, sentence: sentence) {
            return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: company)]
        }
        if let split = knownNameBeforeNextClause(range, in: paragraph, sentence: sentence, initial: initial) {
            return split
        }
        // A known name as a whole: `Hong Kong`, `Islamic State`, `Asharq Al-Awsat`.
        if let known = knownSpan(at: range.lowerBound, limit: range.upperBound, in: paragraph),
            known.length == range.count
        {
            // `the road movie Dornholm,`: a town's name standing alone as a work's title.
            if namesPlaceTitledWork(range, known: known.evidence, in: tokens) { return [] }
            return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: known.evidence)]
        }
        if let split = withoutTrailingPeopleAdjective(range, in: paragraph, sentence: sentence, initial: initial) {
            return split
        }
        if let split = withoutPostNominal(range, in: paragraph, sentence: sentence, initial: initial)
            ?? withoutRolePortfolio(range, in: paragraph, sentence: sentence)
            ?? splitAfterOutlet(range, in: paragraph, sentence: sentence, initial: initial)
            ?? withoutTitleOfNextName(range, in: paragraph, sentence: sentence, initial: initial)
            ?? withoutHeadlineCredit(range, in: paragraph, sentence: sentence, initial: initial)
            ?? splitAtFor(range, in: paragraph, sentence: sentence, initial: initial)
            ?? withoutTrailingRole(range, in: paragraph, sentence: sentence, initial: initial)
            ?? withoutRosterPosition(range, in: paragraph, sentence: sentence)
        {
            return split
        }
        if let words = wordsInCapitals(range, in: paragraph, sentence: sentence, initial: initial) { return words }
        if let rest = withoutCommonAcronym(range, in: paragraph, sentence: sentence, initial: initial) { return rest }
        if let maker = makerOfProduct(range, in: paragraph, sentence: sentence, initial: initial) { return [maker] }
        if let ends = placesAtRouteEnds(range, in: paragraph, initial: initial) { return ends }
        if namesNoScoredKind(range, in: tokens) || Self.namesNumberedDesignation(range, in: tokens)
            || describesKindWithCapitals(range, in: tokens) || namesTopicOfOwnersCommittee(range, in: tokens)
            || namesWork(range, in: paragraph) || namesRouteBetweenPlaces(range, in: tokens)
            || namesTitleOfThe(range, in: paragraph) || Self.holdsTitlePronoun(range, in: tokens)
            || namesProduct(range, in: paragraph) || namesDay(range, in: paragraph)
            || range.count == 1 && Self.faithsAndFeasts.contains(tokens[range.lowerBound].text)
            || namesFeastDay(range, in: tokens) || isCreedAdjective(range, in: paragraph)
            || namesBranchOfFaith(range, in: tokens)
        {
            return []
        }
        if let people = peopleListedWithoutCommas(range, in: paragraph, sentence: sentence, initial: initial) {
            return people
        }
        if let split = splitGluedPerson(range, in: paragraph, sentence: sentence, initial: initial) { return split }
        if let role = roleAlone(range, in: paragraph, initial: initial) { return role }
        if let split = splitPersonOfOrganization(range, in: paragraph, sentence: sentence, initial: initial) {
            return split
        }
        let hasTitle = range.contains { isTitle(tokens[$0]) }
        if range.dropFirst().contains(where: { Self.hasJoinedArticle(tokens[$0]) }),
            let lead = knownSpan(at: range.lowerBound, limit: range.upperBound, in: paragraph),
            lead.length < range.count,
            Self.hasJoinedArticle(tokens[range.lowerBound + lead.length]),
            let split = splitOffLeadingCountry(range, in: paragraph, sentence: sentence, initial: initial)
        {
            return split
        }
        if let groups = splitAtArmedGroupPrefix(range, in: paragraph, sentence: sentence, initial: initial) {
            return groups
        }
        if let header = placeHeaderBeforeArmyUnits(range, in: paragraph, sentence: sentence, initial: initial) {
            return header
        }
        if let organization = organizationByHead(range, in: paragraph, hasTitle: hasTitle) {
            return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: organization)]
        }
        if isPlayerBeforeCountry(range, in: paragraph) {
            let player = Evidence(kind: .person, weight: Evidence.cue)
            return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: player)]
        }
        if let names = namesRunTogether(range, in: paragraph, sentence: sentence, initial: initial)
            ?? placesListedWithoutCommas(range, in: paragraph, sentence: sentence, initial: initial)
            ?? placesGluedInFramedList(range, in: paragraph, sentence: sentence)
            ?? regionBeforeKnownPlace(range, in: paragraph, sentence: sentence, initial: initial)
        {
            return names
        }
        if hasTitle, let split = roleAndName(range, in: paragraph, sentence: sentence) { return split }
        if let split = splitAtPlacePrefix(range, in: paragraph, sentence: sentence, initial: initial)
            ?? splitArticleNameAfterPlacePrefix(range, in: paragraph, sentence: sentence, initial: initial)
        {
            return split
        }
        if let split = splitOffNewsAgency(range, in: paragraph, sentence: sentence, initial: initial) { return split }
        if let split = splitOffLeadingCountry(range, in: paragraph, sentence: sentence, initial: initial)
            ?? splitOffTrailingCountry(range, in: paragraph, sentence: sentence, initial: initial)
        {
            return split
        }
        // `Tell Vesk al-Shamaliyeh`, `al-Tarn al-Kabir`: a name ending in a place's adjective names a place.
        // (Not after a given name: `Maysa al-Kabir` is a person.)
        let placeAdjective =
            range.count >= 2 && EntityArabicPlaceAdjectives.contains(tokens[range.upperBound - 1])
            && !isGivenName(tokens[range.lowerBound])
            && !EnglishLexicon.nameParticles.contains(tokens[range.lowerBound].lower)
        return [
            candidate(
                range, in: paragraph, sentence: sentence, initial: initial,
                evidence: placeAdjective ? Evidence(kind: .place, weight: Evidence.context) : nil)
        ]
    }

    /// `Pro-Morales`, `Anti-Damascus`, `Ex-Yankee`: a word of a prefix and a hyphen that makes an adjective
    /// of a name. Not `Mid-`, which opens places' names (`Mid-Glamorgan`).
    static func isPrefixedAdjective(_ token: Token) -> Bool {
        guard token.isWord, token.isCapitalized, token.shape.contains(.hyphenated),
            let hyphen = token.text.firstIndex(of: "-")
        else { return false }
        return Self.adjectivePrefixes.contains(String(token.text[..<hyphen]))
            && token.text.index(after: hyphen) < token.text.endIndex
    }

    /// `Enter Nebraska, where …`, `Meet Lisbon's new mayor`: a verb opening its sentence (an imperative, a
    /// headline's verb) before a place the gazetteer knows is no part of the place's name. The place's
    /// words, or nil. Only verbs that open such sentences, not any word a dictionary calls a verb: `Mount`,
    /// `Park`, `Fort` open places' names (`Mount Sinai doctors`).
    private func placeAfterOpeningVerb(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Range<Int>?
    {
        let tokens = paragraph.tokens
        let verb = tokens[range.lowerBound]
        guard range.count >= 2, verb.isCapitalized, !verb.isAllCaps, Self.openingVerbs.contains(verb.text),
            let place = knownSpan(at: range.lowerBound + 1, limit: range.upperBound, in: paragraph),
            place.length == range.count - 1, place.evidence.kind == .place,
            knownSpan(at: range.lowerBound, limit: range.upperBound, in: paragraph) == nil
        else { return nil }
        return (range.lowerBound + 1)..<range.upperBound
    }

    /// Imperatives and headlines' verbs that open a sentence before a place (`Enter Nebraska`, `Meet Lisbon's …`).
    static let openingVerbs: WordSet = [
        "Enter", "Meet", "Visit", "Explore", "Discover", "Imagine", "Remember", "Forget", "Watch",
    ]

    static let adjectivePrefixes: WordSet = ["Pro", "Anti", "Ex", "Non", "Pan", "Neo", "Post", "Pre", "Counter"]

    /// `run` without leading function words (`The`, `In`, `March`) and particles, unless a known name
    /// starts there (`New York`), and without particles and `'s` at the end; and whether it still starts
    /// its sentence.
    private func withoutEdgeWords(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        sentenceInitial: Bool
    ) -> (range: Range<Int>, initial: Bool) {
        let tokens = paragraph.tokens
        var start = run.lowerBound, end = run.upperBound
        var initial = sentenceInitial
        // `Three Gorges Dam`, `The Three Rivers Corporation`: a number opening a site's or a body's name, after
        // a leading `The` or none, is part of it.
        let numberStart = numberOpensName(start..<end, in: tokens)
        while start < end, start != numberStart,
            !Self.opensWithPronounSurname(start..<end, in: paragraph, sentence: sentence),
            !Self.opensWithMonthGivenName(start..<end, in: paragraph, sentence: sentence),
            EnglishLexicon.notNames.contains(tokens[start].text)
                || EnglishLexicon.nameParticles.contains(tokens[start].text)
                || EntityLexicon.runBreakers.contains(tokens[start].text)
                || isShoutedFurniture(tokens[start]),
            knownSpan(at: start, limit: end, in: paragraph).map({ $0.length > 1 }) != true
        {
            start += 1
            initial = false
        }
        while end > start, EnglishLexicon.nameParticles.contains(tokens[end - 1].lower) || tokens[end - 1].lower == "'s"
        { end -= 1 }
        if placeBeforeToday(start..<end, in: paragraph, sentence: sentence) { end -= 1 }
        return (start..<end, initial)
    }

    /// Where a spelled number opens a name of three words or more that ends in a place's or an
    /// organisation's head (`Three Gorges Dam`, `Twin Rivers Power Plant`, `the Three Gorges Project Corp`),
    /// after a leading `The` or none; nil when none does (`Three Vesk Officials`, `Two Kestrel`).
    func numberOpensName(_ run: Range<Int>, in tokens: [Token]) -> Int? {
        var start = run.lowerBound
        if start < run.upperBound, tokens[start].text == "The" { start += 1 }
        let last = tokens[run.upperBound - 1].text
        guard run.upperBound - start >= 3, EntityLexicon.numberWordsInNames.contains(tokens[start].text),
            EntityLexicon.placeNameHeads.contains(last) || EnglishLexicon.organizationHeads.contains(last)
                || EntityLexicon.companyHeads.contains(last)
        else { return nil }
        return start
    }

    /// `fighting in Northern Vesk Today.`: a place after a preposition of places, then the day word a
    /// headline capitalises, is no outlet's name (`Vesk Today said` has no preposition before it). The
    /// place is one the gazetteer knows, alone or after a compass word, and not in capitals (`in USA
    /// Today` names a newspaper).
    private func placeBeforeToday(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Bool {
        let tokens = paragraph.tokens
        let start = range.lowerBound, last = range.upperBound - 1
        guard range.count >= 2, tokens[last].text == "Today", start > sentence.lowerBound,
            EntityLexicon.placePrepositions.contains(tokens[start - 1].lower),
            !tokens[start..<last].contains(where: \.isAllCaps), knownEvidence(range, in: paragraph) == nil
        else { return false }
        let compass = EntityLexicon.compassWords.contains(tokens[start].text) && last - start >= 2
        let placeStart = compass ? start + 1 : start
        guard let place = knownSpan(at: placeStart, limit: last, in: paragraph) else { return false }
        return place.evidence.kind == .place && placeStart + place.length == last
    }

    /// `SUBSCRIBE TRT World`: page furniture shouted in capitals before a name.
    private func isShoutedFurniture(_ token: Token) -> Bool {
        token.isAllCaps && token.text.utf8.count >= 4
            && EntityLexicon.runBreakers.contains(Self.capitalizedForm(token.text))
    }

    /// Datelines and credits run into names: `AFP Saturday`, `Syria July 1`, `Reuters Photo`. The names
    /// on both sides of the first run breaker, or nil when there is none.
    private func splitAtRunBreaker(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        // (Not a breaker inside a name the lexicon knows: `Sheffield Wednesday`.)
        for k in (start + 1)..<max(start + 1, end)
        where isRunBreaker(k, in: tokens)
            && !(max(start, k - 3)..<k).contains(where: { (knownSpan(at: $0, limit: end, in: paragraph)?.length ?? 0) > k - $0 })
        {
            return pieces(of: start..<k, in: paragraph, sentence: sentence, sentenceInitial: initial)
                + pieces(of: (k + 1)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        return nil
    }

    /// A run in capitals that is no known name (`WHAT IS NEXT`, `BBC NEWS`): each word on its own.
    private func wordsInCapitals(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard range.count >= 2, range.allSatisfy({ tokens[$0].isAllCaps }) else { return nil }
        if let company = companyInCapitals(range, in: paragraph, sentence: sentence, initial: initial) {
            return [company]
        }
        // `KUWAIT CITY`, `HO CHI MINH CITY`: a town the gazetteer knows in its ordinary spelling.
        if let folded = Self.foldedCapitals(range, in: paragraph), gazetteer.place(named: folded) != nil {
            return [wireCandidate(range, kind: .place, in: paragraph)]
        }
        let start = range.lowerBound
        return range.flatMap {
            pieces(of: $0..<($0 + 1), in: paragraph, sentence: sentence, sentenceInitial: initial && $0 == start)
        }
    }

    /// `US DVD`, `CEO Tim Cook`: abbreviations of common things at the edges are not part of a name.
    /// The names without one, or nil when neither edge is one.
    private func withoutCommonAcronym(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard range.count >= 2 else { return nil }
        // `Edward IV`, `Pope John Paul II`: a regnal number after a given name is part of the name
        // (`World War II`, `Phase II` lose theirs).
        let regnal = Self.isRomanNumeral(tokens[end - 1]) && isGivenName(tokens[end - 2])
        if !regnal, EntityLexicon.commonAcronyms.contains(tokens[end - 1].text),
            !EnglishLexicon.organizationHeads.contains(tokens[end - 1].text),
            knownEvidence((end - 1)..<end, in: paragraph) == nil
        {
            return pieces(of: start..<(end - 1), in: paragraph, sentence: sentence, sentenceInitial: initial)
        }
        if EntityLexicon.commonAcronyms.contains(tokens[start].text),
            knownEvidence(start..<(start + 1), in: paragraph) == nil
        {
            return pieces(of: (start + 1)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        return nil
    }

    /// `a Hybrid Organization,`, `a unique Training Program called …`: common words under an organisation's
    /// head after `a` (and at most one adjective), ending the phrase, describe a kind of body with capitals;
    /// a name takes `the` or nothing. Not when more words follow (`a Labour Party member`, `a Green Party
    /// taking power`, `a European Commission ruling` use the name).
    private func describesKindWithCapitals(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        var a = range.lowerBound - 1
        if a >= 1, tokens[a].isWord, tokens[a].startsLowercase,
            EnglishWords.bundled.partOfSpeech(of: tokens[a].lower) == .adjective
        {
            a -= 1
        }
        guard range.count >= 2, a >= 0, tokens[a].text == "a" || tokens[a].text == "an",
            EnglishLexicon.organizationHeads.contains(tokens[range.upperBound - 1].text),
            range.allSatisfy({ isCommonWord(tokens[$0]) })
        else { return false }
        let k = range.upperBound
        return k == tokens.count || tokens[k].kind == .punctuation && tokens[k].text != "'s"
            || ["called", "named", "known"].contains(tokens[k].text)
    }

    /// `STS-135`, `MQ-9`: letters in capitals joined by a hyphen to a number name a mission, a model or a
    /// flight, not the organisation whose letters they may share.
    static func namesNumberedDesignation(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count == 1, tokens[range.lowerBound].isAllCaps else { return false }
        let k = range.upperBound
        guard k < tokens.count, !tokens[k].spaceBefore else { return false }
        // `TNG50`, `COP26`: three letters or more glued to a number of two digits or more.
        if tokens[k].isNumber, tokens[range.lowerBound].text.utf8.count >= 3, tokens[k].text.utf8.count >= 2,
            tokens[k].text.utf8.allSatisfy({ (48...57).contains($0) }),
            EntityLexicon.knownOrganizations[tokens[range.lowerBound].text] == nil
        {
            return true
        }
        if tokens[k].isNumber { return tokens[k].text.hasPrefix("-") }
        return tokens[k].isPunctuation("-") && k + 1 < tokens.count && tokens[k + 1].isNumber
            && !tokens[k + 1].spaceBefore
    }

    /// `Got News for You`, `Love Me Tender`: capitalised words holding a pronoun after their first word
    /// are a title (of a show, a song, a book), not a name.
    static let titlePronouns: WordSet = ["I", "You", "Me", "My", "Your", "We", "Us"]
    static func holdsTitlePronoun(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        range.count >= 2 && range.dropFirst().contains { titlePronouns.contains(tokens[$0].text) }
    }

    /// Products (`MacBook Pro`), laws, treaties and events (`UN Charter`, `General Election`) and
    /// doctrines (`National Socialism`) are none of the scored kinds.
    private func namesNoScoredKind(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count >= 2 else { return false }
        let last = range.upperBound - 1
        return EntityLexicon.endsProductName(tokens, last: last)
            || EntityLexicon.workHeads.contains(tokens[last].text) || tokens[last].lower.hasSuffix("ism")
            // `the French and US Opens`: tournaments named together.
            || tokens[last].text == "Opens"
            || Self.namesCompetition(last, in: tokens)
    }

    /// `the Champions League`, `the Nations League`, `the Six Nations`, `the Tri-Nations`: a competition named
    /// by who plays in it, an event (not `the Arab League`, `the United Nations`, bodies of their members).
    static func namesCompetition(_ last: Int, in tokens: [Token]) -> Bool {
        guard last >= 1 else { return false }
        let before = tokens[last - 1].text
        switch tokens[last].text {
        case "League": return ["Champions", "Nations"].contains(before)
        case "Nations": return competingNationCounts.contains(before)
        default: return false
        }
    }

    /// Counts of the sides in a competition of nations: `Six Nations`, `Tri Nations`.
    static let competingNationCounts: WordSet = ["Tri", "Three", "Four", "Five", "Six", "Seven", "Eight", "Ten"]

    /// A role with nobody named (`the Supreme Leader`, `Shadow Secretary of State`): no name; a title
    /// alone may still be a surname (`King and Weeks were abducted`). Nil when a word is no role word.
    private func roleAlone(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, initial: Bool)
        -> [Candidate]?
    {
        let tokens = paragraph.tokens
        // `Director of Media`, `Head of Operations`: a title over a portfolio.
        let titled = isTitle(tokens[range.lowerBound])
        // `the Democratic Sen. said`: a party's adjective before a title is part of the role.
        let endsWithTitle = isTitle(tokens[range.upperBound - 1])
        guard
            range.allSatisfy({
                isTitle(tokens[$0]) || EntityLexicon.roleModifiers.contains(tokens[$0].text)
                    || endsWithTitle && EntityLexicon.partyAdjectives.contains(tokens[$0].text)
                    || EnglishLexicon.nameParticles.contains(tokens[$0].lower)
                    || titled && Self.portfolioWords.contains(tokens[$0].text)
            })
        else { return nil }
        // `the Labour Party`, `the Opposition Group`: words that also modify roles, under an organisation's
        // head and with no title, name the organisation.
        if range.count >= 2, !range.contains(where: { isTitle(tokens[$0]) }),
            EnglishLexicon.organizationHeads.contains(tokens[range.upperBound - 1].text)
        {
            return nil
        }
        guard range.count == 1, isTitle(tokens[range.lowerBound]) else { return [] }
        return [
            Candidate(
                paragraph: paragraph.position, tokens: range, name: tokens[range.lowerBound].text, evidence: nil,
                sentenceInitial: initial, titleOnly: true)
        ]
    }

    /// An organisation by its head (`Syrian Observatory for Human Rights`, `Jaish al-Islam`); with a
    /// title inside, only when the last word is the head (`Defence Ministry`).
    private func organizationByHead(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, hasTitle: Bool
    ) -> Evidence? {
        guard let structure = structure(range, in: paragraph), structure.kind == .organization,
            !hasTitle || EnglishLexicon.organizationHeads.contains(paragraph.tokens[range.upperBound - 1].text)
        else { return nil }
        return structure
    }

    /// Names run together: every part known (`Saudi Arabia Turkey`, `Beirut Syrian`, `Aleppo Governorate
    /// Syria`). Nil unless the run is two or more known names.
    private func namesRunTogether(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let end = range.upperBound
        var segments: [Range<Int>] = []
        var p = range.lowerBound
        while p < end, let known = knownSpan(at: p, limit: end, in: paragraph) {
            var e = p + known.length
            if known.evidence.kind == .place, e < end, EnglishLexicon.placeHeads.contains(tokens[e].lower) { e += 1 }
            segments.append(p..<e)
            p = e
        }
        guard p == end, segments.count >= 2 else { return nil }
        return segments.enumerated().flatMap { n, segment in
            pieces(of: segment, in: paragraph, sentence: sentence, sentenceInitial: initial && n == 0)
        }
    }

    /// A place word starting a second name: `Damascus Tal Meri`, `Kafr Takharim Khan Sheikhun`.
    private func splitAtPlacePrefix(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        // `al-Shaar al-Ansari Qazi Askar`: a second name joined to its article after one that had its own.
        func joinedArticle(_ k: Int) -> Bool {
            // (Not an adjective of the name before: `al-Tarn al-Kabir` is one place.)
            Self.hasJoinedArticle(tokens[k]) && Self.hasJoinedArticle(tokens[k - 1])
                && !EntityArabicPlaceAdjectives.contains(tokens[k])
        }
        guard
            let k = ((start + 1)..<end).first(where: {
                EntityLexicon.placePrefixesInsideRuns.contains(tokens[$0].text) && $0 + 1 < end
                    && !EnglishLexicon.nameParticles.contains(tokens[$0 - 1].lower)
                    || joinedArticle($0)
            })
        else { return nil }
        return pieces(of: start..<k, in: paragraph, sentence: sentence, sentenceInitial: initial)
            + pieces(of: k..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
    }

    /// `Frederick Fung of ADPL`, `Dana Reyes of the Harbour Party`: a person's two or three names, then
    /// `of` and an organisation, as lists of candidates and their parties are written. Not an
    /// organisation's or a place's own `of` (`Bank of England`, `University of Helsinki`).
    private func splitPersonOfOrganization(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        if initial, let player = playerOfCountryAfterLeadWord(range, in: paragraph) {
            return splitPersonOfOrganization(player, in: paragraph, sentence: sentence, initial: false)
        }
        // `Professor Ana Ruiz of Harbour University`: a title before the person is the role.
        var start = range.lowerBound
        while start < range.upperBound, isTitle(tokens[start]) || EntityLexicon.honorifics.contains(tokens[start].text)
        {
            start += 1
        }
        guard let of = range.first(where: { tokens[$0].lower == "of" }), of > start, of + 1 < range.upperBound
        else { return nil }
        let person = start..<of, rest = (of + 1)..<range.upperBound
        // `King Abdullah of Jordan`, `Prince Harald of Norland`: a monarch's one name, then the realm.
        let royal = start > range.lowerBound && EntityLexicon.royalTitles.contains(tokens[start - 1].text)
        guard personNameBeforeOf(person, in: tokens, fewestWords: royal ? 1 : 2),
            (knownSpan(at: start, limit: of, in: paragraph)?.length ?? 0) < person.count,
            structure(person, in: paragraph) == nil
        else { return nil }
        let employer = organizationInRole(rest, in: paragraph)
        // `Martin Gale of Blue Lantern`, `Anna Lee of Leeds`: without a title, a given name opening the
        // person's words says the `of` joins a person to where they come from or work.
        // Not one common word after `of`: `Maria Full of Grace` is a film.
        // `Senator Karen L. Rowan of Maine`: a title or a middle initial before a known place says the same.
        let untitledPerson =
            start == range.lowerBound && isGivenName(tokens[start]) && rest.count <= 3
            && !(rest.count == 1 && isCommonWord(tokens[rest.lowerBound]))
        let personOfPlace =
            (start > range.lowerBound || person.contains { tokens[$0].isPunctuation(".") })
            && namesKnownPlace(rest, in: paragraph)
        // `Rolf Vestran of Sweden`: unknown name words of a country.
        let playerOfCountry = start == range.lowerBound && personOfCountry(person, country: rest, in: paragraph)
        let monarchOfRealm = royal && person.count == 1 && isRealm(rest, in: paragraph)
        // `Grand Imam Ahmed Varoun of Al-Karmun`, `Bishop Anton Varoun of Karmun`: a cleric's title, the
        // person's two or three names, then where they serve (not one common word: `of Faith`).
        let clergyOfPlace =
            start > range.lowerBound && EnglishLexicon.clergyTitles.contains(tokens[start - 1].text)
            && !(rest.count == 1 && isCommonWord(tokens[rest.lowerBound]))
        guard
            employer != nil || untitledPerson || personOfPlace || playerOfCountry || monarchOfRealm || clergyOfPlace,
            !EnglishLexicon.nameParticles.contains(tokens[rest.lowerBound].lower)
        else { return nil }
        var name = candidate(
            person, in: paragraph, sentence: sentence, initial: initial && start == range.lowerBound,
            evidence: Evidence(kind: .person, weight: start > range.lowerBound ? Evidence.structure : Evidence.cue))
        if start > range.lowerBound { name.role = paragraph.text(of: range.lowerBound..<start) }
        var others = pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: false)
        // A name the words after `of` do not type themselves is the person's organisation.
        // (`… of Blue Lantern said`: the verb after it is the person's.)
        if employer == nil, others.count == 1, !others[0].titleOnly, !others[0].genericHead,
            others[0].kind == nil || others[0].kind == .person && others[0].evidence!.weight <= Evidence.context
        {
            // A monarch's realm is a place.
            others[0].evidence = Evidence(kind: monarchOfRealm ? .place : .organization, weight: Evidence.cue)
        }
        return [name] + others
    }

    /// A person's two or three name words before `of`, one of them perhaps a middle initial with its full
    /// stop (`Walter E. Brandon`): capitalised words that are no role, head or place word.
    private func personNameBeforeOf(_ person: Range<Int>, in tokens: [Token], fewestWords: Int = 2) -> Bool {
        var words = 0
        for k in person {
            let word = tokens[k]
            if word.isPunctuation(".") {
                // Only after a middle initial, never after the first or the last word.
                guard k - 1 > person.lowerBound, k + 1 < person.upperBound, tokens[k - 1].text.utf8.count == 1 else {
                    return false
                }
                continue
            }
            words += 1
            if word.text.utf8.count == 1, word.isCapitalized, k > person.lowerBound, k + 1 < person.upperBound,
                tokens[k + 1].isPunctuation(".")
            {
                continue
            }
            // `Ahmed al-Varoun`: a later word joined to its Arabic article.
            if k > person.lowerBound, Self.hasJoinedArticle(word), word.startsLowercase { continue }
            guard
                word.isCapitalized && !word.isAllCaps && !EnglishLexicon.notNames.contains(word.text)
                    && !EnglishLexicon.organizationHeads.contains(word.text) && !isTitle(word)
                    && !EntityLexicon.placeNameHeads.contains(word.text)
                    && !EntityLexicon.placeOfNameHeads.contains(word.text)
                    && !EntityLexicon.institutionBuildings.contains(word.text)
                    && !EntityLexicon.roleNouns.contains(word.text) && !EntityLexicon.roleModifiers.contains(word.text)
                    && !EntityLexicon.compassWords.contains(word.text)
            else { return false }
        }
        return (fewestWords...3).contains(words)
    }

    /// A monarch's realm after `of`: a place the lexicon or the gazetteer knows, or one or two capitalised
    /// words that are no common words, heads or titles (`of Norland`, not `of Staff` or `of the Realm`).
    private func isRealm(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        if namesKnownPlace(range, in: paragraph) { return true }
        let tokens = paragraph.tokens
        return range.count <= 2
            && range.allSatisfy {
                tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isCommonWord(tokens[$0])
                    && !isTitle(tokens[$0]) && !EnglishLexicon.organizationHeads.contains(tokens[$0].text)
            }
    }

    /// Whether all of `range` is one place the lexicon or the gazetteer knows (`Maine`, `South Carolina`).
    private func namesKnownPlace(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        guard let known = knownSpan(at: range.lowerBound, limit: range.upperBound, in: paragraph) else { return false }
        return known.length == range.count && known.evidence.kind == .place
    }

    /// `al-Shaar`, `el-Arish`: a word with the Arabic article joined by a hyphen.
    static func hasJoinedArticle(_ token: Token) -> Bool {
        var bytes = token.lower.utf8.makeIterator()
        guard let a = bytes.next(), let l = bytes.next(), let dash = bytes.next(), bytes.next() != nil else {
            return false
        }
        return (a == UInt8(ascii: "a") || a == UInt8(ascii: "e")) && l == UInt8(ascii: "l") && dash == UInt8(ascii: "-")
    }

    /// A news agency's name run onto the end: `Monitor AFP`, `Beirut Reuters`.
    private func splitOffNewsAgency(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard end - start >= 2, knownOrganization((end - 1)..<end, in: paragraph) != nil,
            !tokens[end - 1].isAllCaps || tokens[end - 1].text.count > 2,
            knownSpan(at: start, limit: end, in: paragraph)?.length != range.count
        else { return nil }
        return pieces(of: start..<(end - 1), in: paragraph, sentence: sentence, sentenceInitial: initial)
            + pieces(of: (end - 1)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
    }

    /// A country or nationality before a name: `American Kevin King`, `Britain Liu Xiaming`.
    private func splitOffLeadingCountry(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard let lead = knownSpan(at: start, limit: end, in: paragraph), lead.isCountryOrNationality,
            end - start - lead.length >= 2
        else { return nil }
        let rest = (start + lead.length)..<end
        // `Syria Al-Nusra Front`: a name that opens with its article does not go on from a country's.
        let opensWithArticle = Self.hasJoinedArticle(tokens[rest.lowerBound]) && lead.evidence.kind == .place
        guard structure(rest, in: paragraph) == nil || opensWithArticle,
            !EnglishLexicon.nameParticles.contains(tokens[rest.lowerBound].lower)
        else { return nil }
        let country = candidate(
            start..<rest.lowerBound, in: paragraph, sentence: sentence, initial: initial, evidence: lead.evidence)
        // `Turkish Army Raids`, `Syrian Police Controls`: after a nationality and a force's head, plain
        // English words are a headline's phrase, no name (`Kurdish Democratic Union Partys` ends in a
        // head whose apostrophe was lost; `British Music Rights` opens with no head).
        func plainWords(_ words: Range<Int>) -> Bool {
            words.allSatisfy({
                isCommonWord(tokens[$0]) && !isGivenName(tokens[$0])
                    && !EnglishLexicon.organizationHeads.contains(tokens[$0].text)
                    && !EnglishLexicon.organizationHeads.contains(String(tokens[$0].text.dropLast()))
            })
        }
        if lead.evidence.kind == .nationality, lead.length == 1, knownEvidence(rest, in: paragraph) == nil,
            let forces = EntityNationalForces.length(at: start, in: tokens, limit: end, gazetteer: gazetteer),
            plainWords((start + forces)..<end)
        {
            // `Syrian Army Kills`, `Russian Air Force Strikes`: the country's forces, then the headline's words.
            return [
                candidate(
                    start..<(start + forces), in: paragraph, sentence: sentence, initial: initial,
                    evidence: Evidence(kind: .organization, weight: Evidence.structure))
            ]
        }
        if lead.evidence.kind == .nationality, EnglishLexicon.organizationHeads.contains(tokens[rest.lowerBound].text),
            knownEvidence(rest, in: paragraph) == nil, plainWords((rest.lowerBound + 1)..<rest.upperBound)
        {
            return [country]
        }
        return [country] + pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: false)
    }

    /// Weekdays, months before a number, and credit words end a name.
    func isRunBreaker(_ k: Int, in tokens: [Token]) -> Bool {
        if EntityLexicon.runBreakers.contains(tokens[k].text) {
            return !Self.endsNameAsPronounSurname(at: k, in: tokens)
        }
        if tokens[k].isAllCaps, EntityLexicon.runBreakers.contains(Self.capitalizedForm(tokens[k].text)) { return true }
        // `Operation Euphrates Shield`: a military operation's name.
        if tokens[k].text == "Operation" { return true }
        return EnglishLexicon.isCapitalizedMonth(tokens[k].text) && k + 1 < tokens.count && tokens[k + 1].isNumber
    }

    /// `State media`, `State TV`: the word `State` opening the state's outlets, no head of the name before it.
    static func opensStateMedia(at k: Int, in tokens: [Token]) -> Bool {
        tokens[k].text == "State" && k + 1 < tokens.count
            && ["media", "television", "tv", "news", "radio", "agency", "run"].contains(tokens[k + 1].lower)
    }

    /// One name: a place word at the end (`Homs Province`, `Ain al-Assad base`) stays in an alias, and
    /// its kind comes from `evidence` or ``classify``.
    func candidate(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool, evidence: Evidence?
    ) -> Candidate {
        let tokens = paragraph.tokens
        var end = range.upperBound
        var placeWord: String?
        // `Penn State defeated …`, `the Owls (3-4)`: a team, named by the whole (`State` is no place word here).
        let evidence =
            clubNamedForTown(range, evidence: evidence, in: paragraph, sentence: sentence) ?? evidence
            ?? teamEvidence(range, in: paragraph, sentence: sentence)
            ?? clubRoleEvidence(range, in: paragraph, sentence: sentence)
        if evidence == nil || evidence?.kind == .place, range.count >= 2,
            EnglishLexicon.placeHeads.contains(tokens[end - 1].lower),
            knownEvidence(range, in: paragraph) == nil,
            // `North Sea`, `South China Sea`: a compass word's feature is named by the whole; so is a
            // sea written with its capital (`Red Sea`, `Taiwan Strait`), which is no place before it.
            !(EntityLexicon.compassWords.contains(tokens[range.lowerBound].text)
                && EntityLexicon.compassFeatureHeads.contains(tokens[end - 1].lower)),
            !EntityLexicon.waterHeads.contains(tokens[end - 1].text),
            // `Harlow School District`: the body that runs the schools, not a district.
            !(range.count >= 3 && Self.schoolHeads.contains(tokens[end - 2].text)),
            // `the Fourth District`: an ordinal names the place only with its head.
            !(range.count == 2 && Self.isOrdinal(tokens[range.lowerBound])),
            // `Tiananmen Square`, `Umari Mosque`: a landmark is named by the whole, unless the words before
            // its head are a place already known (`Aleppo Airport` is at Aleppo).
            !(EntityLexicon.landmarkHeads.contains(tokens[end - 1].text)
                && knownEvidence(range.lowerBound..<(end - 1), in: paragraph) == nil
                && !Self.opensStateMedia(at: end - 1, in: tokens))
        {
            placeWord = tokens[end - 1].text
            end -= 1
        }
        let core = range.lowerBound..<end
        var name = paragraph.text(of: core)
        if core.count == 1, let country = possessiveCountry(tokens[core.lowerBound]) { name = country }
        var candidate = Candidate(
            paragraph: paragraph.position, tokens: core, name: name, evidence: evidence, sentenceInitial: initial)
        if placeWord != nil {
            candidate.evidence = Evidence(kind: .place, weight: max(evidence?.weight ?? 0, Evidence.structure))
        } else if candidate.evidence == nil {
            candidate.evidence = classify(core, in: paragraph, sentence: sentence)
        }
        if candidate.kind == .organization { candidate.canonical = knownOrganization(core, in: paragraph) }
        if candidate.kind == .place, let state = stateAbbreviation(core, in: paragraph) { candidate.canonical = state }
        // `Observatory head …`, `the Chronicle says`: a head alone stands for a named organisation.
        if candidate.evidence == nil, core.count == 1,
            EnglishLexicon.organizationHeads.contains(name) || EntityLexicon.genericHeads.contains(name.lowercased())
        {
            candidate.genericHead = true
        }
        if let placeWord {
            candidate.aliases.append(name + " " + placeWord)
        } else if candidate.kind == .place, end < tokens.count, EnglishLexicon.placeHeads.contains(tokens[end].lower) {
            candidate.aliases.append(name + " " + tokens[end].text)
        } else if candidate.kind == .organization, end + 1 < tokens.count, tokens[end].lower == "news",
            tokens[end + 1].lower == "agency"
        {
            candidate.aliases.append(name + " news agency")
        } else if candidate.kind == .organization, end < tokens.count,
            EntityLexicon.organizationFollowers.contains(tokens[end].lower)
        {
            candidate.aliases.append(name + " " + tokens[end].text)
        }
        return candidate
    }
}
