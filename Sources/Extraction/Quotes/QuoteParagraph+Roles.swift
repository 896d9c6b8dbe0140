// Roles (`the foreign minister`) and unnamed speakers (`a senior official`).

extension QuoteParagraph {
    /// Heads that stand for organisations rather than people: `the ministry said` is not a `he`.
    static let organizationLikeHeads: Set<String> = [
        "government", "ministry", "military", "army", "police", "agency", "statement", "report", "media",
        "television", "group", "company", "firm", "office", "department", "council", "committee", "court",
        "station", "network", "paper", "newspaper", "magazine", "channel", "website", "study", "survey",
        "research", "authority", "authorities", "bank", "union", "party", "campaign", "organisation",
        "organization", "observatory", "monitor", "coalition", "alliance", "forces", "service", "board",
        "commission", "embassy", "administration", "regime", "team", "club", "club's", "federation", "league",
        "charity", "institute", "university", "hospital", "tv", "radio", "broadcaster", "spokesman's",
    ]

    /// `the foreign minister` → the person with that role in the article; `a senior official`,
    /// `the doctor` → unnamed. Nil when the phrase is not a noun phrase.
    func role(_ range: ClosedRange<Int>) -> Attribution? {
        guard range.count <= 12 else { return nil }
        for k in range where !(tokens[k].isWord || tokens[k].isNumber || isInitialStop(k)) { return nil }
        let first = range.lowerBound
        var head = range.upperBound
        if first < range.upperBound {
            for k in (first + 1)...range.upperBound
            where QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k]) && mentionCovering[k] < 0 {
                head = k - 1
                break
            }
        }
        let headToken = tokens[head]
        guard headToken.lower != "'s", !QuoteLexicon.pronouns.contains(lowerOf: headToken) else { return nil }
        let kind: ExtractedEntity.Kind = Self.organizationLikeHeads.contains(headToken.lower) ? .organization : .person
        if headToken.isCapitalized && !EnglishLexicon.titles.contains(headToken.text) {
            // `the Observatory`: the one organisation whose name has that word; an unknown name
            // (`Abernathy reported`) is a speaker this pass cannot name.
            if tokens[first].lowerIs("the") {
                return organization(named: headToken.text).map { .entity($0) } ?? .unnamed(stands: nil)
            }
            // `Mandic continued:`: the one person of the article with that surname.
            if range.count == 1, let person = roles.personsBySurname[headToken.text], person >= 0 {
                return .entity(person)
            }
            if range.count == 1, let name = roles.fullName(forSurname: headToken.text) { return .name(name) }
            return .unnamed(stands: nil)
        }
        // `the company's statement said`: the one who issued it is the possessor, named or not (not
        // whoever spoke before).
        if QuoteLexicon.statementNouns.contains(lowerOf: headToken), head == range.upperBound, head - 1 > first,
            tokens[head - 1].lowerIs("'s")
        {
            return classify(first...(head - 2))
        }
        // `a Kelvan Relief Union statement said`: the organisation or person named right before the noun,
        // after nothing but its article, issued it.
        if QuoteLexicon.statementNouns.contains(lowerOf: headToken), head == range.upperBound, head > first,
            mentionEnding[head - 1] >= 0
        {
            let issuer = mentions[mentionEnding[head - 1]]
            let start = issuer.tokens.lowerBound
            let kind = entity(mentionEnding[head - 1]).kind
            if kind == .organization || kind == .person,
                start == first || start == first + 1 && tokens[first].lowerIs(oneOf: ["a", "an", "the"])
            {
                return .entity(issuer.entity)
            }
        }
        // `a statement from the Department of Health said`, `said a report from the Kelvar Institute`: the one
        // named as its issuer, an organisation or a person (not the place of `a report from Dornholm`).
        if QuoteLexicon.issuedNouns.contains(lowerOf: headToken), head + 2 <= range.upperBound,
            tokens[head + 1].lowerIs(oneOf: ["from", "by"]), mentionEnding[range.upperBound] >= 0
        {
            let issuer = mentions[mentionEnding[range.upperBound]]
            let start = issuer.tokens.lowerBound
            let kind = entity(mentionEnding[range.upperBound]).kind
            if kind == .organization || kind == .person,
                start == head + 2 || start == head + 3 && tokens[head + 2].lowerIs("the")
            {
                return .entity(issuer.entity)
            }
        }
        // `the statement said`: the one who issued it, read from what came before.
        if QuoteLexicon.statementNouns.contains(lowerOf: headToken), head == range.upperBound, first < head,
            tokens[first].lowerIs(oneOf: ["the", "its", "their"])
        {
            return .pronoun("statement")
        }
        // `the office said` after `the Congressional Budget Office`: the one organisation named with
        // that head word.
        let capitalHead = headToken.lower.prefix(1).uppercased() + headToken.lower.dropFirst()
        if kind == .organization, range.count == 2, tokens[first].lowerIs("the"), head == range.upperBound,
            let org = organization(named: capitalHead), entities.entities[org].name.hasSuffix(" " + capitalHead)
        {
            return .entity(org)
        }
        if tokens[first].lowerIs("the"), head == range.upperBound, let monitor = namedMonitor(first...head) {
            return .entity(monitor)
        }
        if range.count == 2, tokens[first].lowerIs("the"), head == range.upperBound,
            let group = groupNamedInSentenceBefore(describedBy: head)
        {
            return .entity(group)
        }
        if QuoteLexicon.indefinite.contains(lowerOf: tokens[first]) || tokens[first].isNumber {
            return .unnamed(stands: kind)
        }
        var modifiers: [String] = []
        for k in first..<head
        where tokens[k].isWord && !tokens[k].isCapitalized || EnglishLexicon.titles.contains(tokens[k].text) {
            modifiers.append(tokens[k].lower)
        }
        if !QuoteLexicon.unnamedHeads.contains(lowerOf: headToken) || headToken.lower == "spokesperson",
            let found = roles.person(
                withRole: headToken.lower, modifiers: modifiers,
                namedBefore: closesQuote(first) ? sentenceEnding(first) : nil)
        {
            // `the Green MP` is not the person the article called `the Labour MP`: when the article gave the
            // person's role capitalised words that name no entity, a capitalised word of the phrase that names
            // none must be one of the person's role words.
            let named = (first..<head).filter {
                $0 > first && tokens[$0].isCapitalized && mentionCovering[$0] < 0
                    && !EnglishLexicon.titles.contains(tokens[$0].text)
            }
            if let own = roles.capitalizedWords[found],
                named.contains(where: {
                    !own.contains(tokens[$0].lower) && roles.words[found]?.contains(tokens[$0].lower) != true
                })
            {
                return .unnamed(stands: nil)
            }
            // `its chief`, `the company's chief executive`, `the LSE chief`: only the person the article
            // gives that role at that organisation.
            switch roleOwner(first..<head) {
            case .none: return .entity(found)
            case .organization(let org) where roles.organization[found] == org: return .entity(found)
            default: return .unnamed(stands: nil)
            }
        }
        // `the senator` after `Senator Harold T. Wexley of Iowa`, a name the entity pass missed.
        if range.count == 2, tokens[first].lowerIs("the"), let name = roles.titledName(headToken.lower) {
            return .name(name)
        }
        // `officials`, `the official`, `witnesses`: nobody named before. `the first minister`: someone
        // this pass cannot tell.
        // `the prime minister's official spokesman`, never named: a person a later `he` stands for (not
        // `the Tory spokesman`, most likely someone named before).
        let ownedSpokes =
            QuoteLexicon.spokesHeads.contains(lowerOf: headToken)
            && (first..<head).contains { tokens[$0].lowerIs("'s") }
        let generic =
            QuoteLexicon.unnamedHeads.contains(lowerOf: headToken) || ownedSpokes
            || range.count == 1 && headToken.lower.hasSuffix("s")
        return .unnamed(stands: generic ? kind : nil)
    }

    /// `The Kelvan Relief Union (KRU) has warned of … "…," the charity said.`: `the group`, `the charity`,
    /// `the organisation` (``SourceResolver/groupNouns``) at `head` stands for the one organisation the
    /// sentence right before it in the paragraph names (a group by its name or none: no news agency, ministry
    /// or company), when its own sentence names none
    /// before it; nil when that sentence names none or several. (Names inside quotation marks are the
    /// speaker's words, not who speaks.)
    func groupNamedInSentenceBefore(describedBy head: Int) -> Int? {
        guard SourceResolver.groupNouns.contains(lowerOf: tokens[head]) else { return nil }
        let start = sentenceStart[head]
        guard start > 0 else { return nil }
        func organizations(in words: Range<Int>) -> Set<Int> {
            var found = Set<Int>()
            for k in words where mentionEnding[k] >= 0 && spanOf[k] < 0 {
                let entity = mentions[mentionEnding[k]].entity
                if entities.entities[entity].kind == .organization { found.insert(entity) }
            }
            return found
        }
        guard organizations(in: start..<head).isEmpty else { return nil }
        let before = organizations(in: sentenceStart[start - 1]..<start)
        guard before.count == 1, let group = before.first else { return nil }
        // (A group by its name or none: not `Kelvan Health Ministry`, `Orvel Motors`, a news agency.)
        let named = entities.entities[group]
        let otherKind = ([named.name] + named.aliases).contains { name in
            FigureLexicon.isNewsAgencyOrNamesKind(name) { !SourceResolver.groupKinds.contains($0) }
                || name.wordsBetweenSpaces().last.map { SourceResolver.companyNameEnds.contains(String($0)) } == true
        }
        return otherKind ? nil : group
    }

    /// Whether a quote stands before token `k` in its sentence: a role phrase after it (`"…?" the MP for
    /// Leeds asked`) tells of someone named by the end of the sentence (`the foreign minister, Ann Lowe,
    /// said`), not of someone the article names only later. (A lede's `China's ambassador accused …` may
    /// well be named further on.)
    func closesQuote(_ k: Int) -> Bool {
        (sentenceStart[k]..<k).contains { spanOf[$0] >= 0 }
    }

    /// Where the sentence of token `k` ends.
    func sentenceEnding(_ k: Int) -> TextSpan {
        let end = tokens[sentenceEnd[k] - 1].end
        return TextSpan(paragraph: position, start: end, end: end)
    }

    enum RoleOwner: Equatable {
        /// The phrase names no organisation: `the foreign minister`.
        case none
        /// `its chief` after `Deutsche Boerse held …`, `the UNICEF director`.
        case organization(Int)
        /// An owner this pass cannot tell: `the company's chief`, `its chief` with no organisation as subject.
        case unknown
    }

    /// The organisation a role phrase's words before its head say the role belongs to.
    func roleOwner(_ words: Range<Int>) -> RoleOwner {
        for k in words {
            if mentionCovering[k] >= 0 {
                let entity = mentions[mentionCovering[k]].entity
                if entities.entities[entity].kind == .organization { return .organization(entity) }
                continue
            }
            if tokens[k].lowerIs(oneOf: ["its", "their"]) {
                let start = sentenceStart[k]
                if case .entity(let e)? = sentenceSubject(at: start, before: k),
                    entities.entities[e].kind == .organization
                {
                    return .organization(e)
                }
                return .unknown
            }
            // `the company's chief`; not `Iran's foreign minister`, `Smith's lawyer`.
            if tokens[k].lowerIs("'s"), k == words.lowerBound || mentionCovering[k - 1] < 0 { return .unknown }
        }
        return .none
    }

    /// The one organisation whose name has `word` (`Observatory`), if only one has it.
    func organization(named word: String) -> Int? {
        guard let found = roles.organizationsByWord[word], found >= 0 else { return nil }
        return found
    }

    /// `the monitor`, `the Britain-based war monitor`, `the Britain-based group`: the article's one monitor
    /// the description fits (``ArticleMonitors/monitor(describedBy:among:)``), when the phrase is `the`,
    /// lowercase words or a `-based` word, then its head.
    func namedMonitor(_ phrase: ClosedRange<Int>) -> Int? {
        // (A phrase of one word has no modifiers: `the` and the head are the same token in damaged text.)
        let modifiers = (phrase.lowerBound + 1)..<max(phrase.lowerBound + 1, phrase.upperBound)
        guard
            modifiers.allSatisfy({
                tokens[$0].isWord && (tokens[$0].startsLowercase || tokens[$0].lower.hasSuffix("-based"))
            })
        else { return nil }
        return roles.monitors.monitor(describedBy: phrase.map { tokens[$0].lower })
    }
}
