// The subject that opens a sentence, for a partial quote later in it.

extension QuoteParagraph {
    /// The person, organisation or pronoun that opens the sentence as its subject (`Khamenei was …`,
    /// `But David Frost, director general of …, warned`, `US President Donald Trump said`).
    func sentenceSubject(at sentence: Int, before limit: Int) -> Attribution? {
        let k = sentenceSubjectStart(from: sentence, before: limit)
        guard k < limit, spanOf[k] < 0 else { return nil }
        guard let (attribution, after) = sentenceSubjectHead(at: k), after < limit else {
            return nameAfterOpeningRole(at: k, before: limit)
        }
        if tokens[after].isPunctuation(",") {
            return appositiveThenVerb(after: after, before: limit) ? attribution : nil
        }
        return adverbsThenVerb(after: after, before: limit) ? attribution : nil
    }

    /// `Realising his error, Mr Campbell then e-mailed …`, `When asked about the cuts, Ms Doyle said`: the
    /// subject after a clause or adverbial that opens the sentence and ends at its first comma. Not a
    /// subject named before the comma (`Mr Grant, whose party …, said`).
    func subjectAfterFrontedClause(at sentence: Int) -> Attribution? {
        guard let comma = frontedClauseComma(at: sentence) else { return nil }
        return sentenceSubject(at: comma + 1, before: sentenceEnd[sentence])
    }

    /// The comma that ends a clause or adverbial opening the sentence (see ``subjectAfterFrontedClause(at:)``).
    func frontedClauseComma(at sentence: Int) -> Int? {
        let end = sentenceEnd[sentence]
        var k = sentence
        while k < end, tokens[k].kind == .punctuation, spanOf[k] < 0 { k += 1 }
        guard k < end, mentionCovering[k] < 0, tokens[k].isWord, !QuoteLexicon.pronouns.contains(lowerOf: tokens[k])
        else { return nil }
        let first = k
        while k < end, k - first <= Self.subjectReach, !tokens[k].isPunctuation(",") {
            guard spanOf[k] < 0, !QuoteLexicon.isBoundaryPunctuation(tokens, k) else { return nil }
            k += 1
        }
        guard k > first, k + 1 < end, tokens[k].isPunctuation(",") else { return nil }
        return k
    }

    /// `The head of the port authority, Tomas Vekko, spoke about …`: a role that opens the sentence with a
    /// determiner (`the`, `its`, `her`), a comma, the person's name alone, a comma and a lowercase word that
    /// could be the verb. The role holds no verb, quote or clause of its own (not `The plan is to cut
    /// costs, says Ann Lee, an economist`).
    func nameAfterOpeningRole(at k: Int, before limit: Int) -> Attribution? {
        guard tokens[k].lowerIs(oneOf: ["the", "its", "their", "his", "her"]), mentionCovering[k] < 0 else {
            return nil
        }
        var c = k + 1
        while c < limit, c - k <= Self.appositiveReach, !tokens[c].isPunctuation(",") {
            guard spanOf[c] < 0, verbs[c] == nil, tokens[c].isWord || tokens[c].lowerIs("'s"),
                !QuoteLexicon.clauseBoundaries.contains(lowerOf: tokens[c]),
                !QuoteLexicon.relativePronouns.contains(lowerOf: tokens[c]),
                !EnglishLexicon.beForms.contains(lowerOf: tokens[c]),
                !EnglishLexicon.auxiliaries.contains(lowerOf: tokens[c])
            else { return nil }
            c += 1
        }
        guard c < limit, c > k + 1, tokens[c].isPunctuation(",") else { return nil }
        var e = c + 1
        while e < limit, e - c <= 8, !tokens[e].isPunctuation(","), spanOf[e] < 0 { e += 1 }
        guard e + 1 < limit, e > c + 1, tokens[e].isPunctuation(","),
            !((c + 1)..<e).contains(where: { verbs[$0] != nil }),
            case .entity(let person)? = name(in: (c + 1)...(e - 1)), entities.entities[person].kind == .person,
            adverbsThenVerb(after: e + 1, before: limit)
        else { return nil }
        return .entity(person)
    }

    /// Conjunctions and adverbs that may open a sentence before its subject: `But`, `Earlier Tory leader
    /// Michael Howard sent …, saying`, `Later, Ms Kelly told reporters`.
    static let openingAdverbs: WordSet = [
        "but", "and", "so", "yet", "meanwhile", "however", "earlier", "later", "now", "separately", "instead",
        "afterwards", "previously", "still", "also", "then", "finally", "indeed", "nevertheless", "nonetheless",
    ]

    /// Where the sentence's subject starts: past punctuation, a conjunction or an adverb, titles, role
    /// words before a person's name, `the` before an organisation's, and a place or nationality before a title.
    func sentenceSubjectStart(from sentence: Int, before limit: Int) -> Int {
        var k = sentence
        while k < limit {
            let token = tokens[k]
            if token.kind == .punctuation || mentionCovering[k] < 0 && Self.openingAdverbs.contains(lowerOf: token) {
                k += 1
                continue
            }
            if token.isWord, mentionCovering[k] < 0, EnglishLexicon.titles.contains(token.text) {
                k += 1
                continue
            }
            // `The Kelvan Relief Agency has reaffirmed …`: the article before an organisation's name, when
            // its verb follows (not `The Tory leader will argue`, whose subject is the leader).
            if token.lower == "the", k + 1 < limit, mentionCovering[k + 1] >= 0,
                mentions[mentionCovering[k + 1]].tokens.lowerBound == k + 1,
                entities.entities[mentions[mentionCovering[k + 1]].entity].kind == .organization,
                verbFollows(mentions[mentionCovering[k + 1]].tokens.upperBound, before: limit)
            {
                return k + 1
            }
            if token.isWord, mentionCovering[k] < 0, verbs[k] == nil,
                !QuoteLexicon.isNotName(token) || !token.isCapitalized
            {
                return personAfterRoleWords(from: k, before: limit) ?? k
            }
            guard let next = pastPlaceBeforeTitle(at: k, before: limit) else { break }
            k = next
        }
        return k
    }

    /// Whether a verb opens at `k`, past adverbs: a verb of saying, an auxiliary (`has reaffirmed`, `will
    /// say`) or a past form (`welcomed`); not a noun (`leader`), a copula (`are keen`) nor a participle
    /// that modifies the noun after it (`the Nato led coalition`).
    func verbFollows(_ k: Int, before limit: Int) -> Bool {
        var n = k
        while n + 1 < limit, Self.adverbsBeforeVerb.contains(lowerOf: tokens[n]) { n += 1 }
        guard n < limit, tokens[n].isWord, !tokens[n].isCapitalized else { return false }
        if verbs[n] != nil || EnglishLexicon.auxiliaries.contains(lowerOf: tokens[n]) { return true }
        return tokens[n].lower.hasSuffix("ed") && !modifiesNounAfter(n, before: limit)
    }

    /// Adverbs between an organisation's name and its verb: `The Kelvan Relief Agency also said`.
    static let adverbsBeforeVerb: WordSet = ["also", "then", "later", "again", "however", "meanwhile"]

    /// `Former union leader Sir Bill Morris`, `Health Minister Paul Mensah`: where the person's mention
    /// starts after up to four role words from `k`, left outside the mention; nil when none follows.
    func personAfterRoleWords(from k: Int, before limit: Int) -> Int? {
        var j = k
        // Not a pronoun and its verb: `he emailed Ann Lee` names no role.
        while j < limit, j - k < 4, tokens[j].isWord, mentionCovering[j] < 0, verbs[j] == nil,
            !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[j]),
            !QuoteLexicon.pronouns.contains(lowerOf: tokens[j])
        {
            j += 1
        }
        guard j < limit, mentionCovering[j] >= 0, mentions[mentionCovering[j]].tokens.lowerBound == j,
            entities.entities[mentions[mentionCovering[j]].entity].kind == .person
        else { return nil }
        return j
    }

    /// `Kestrel Hill frontwoman Dana Vessa`, `Kestrel Hill lead singer Dana Vessa`: where the person's mention
    /// starts after a word for a band's member (``EntityExtractor/groupMemberNouns``) from `k`, perhaps after one
    /// of ``EntityLexicon/bandMemberModifiers``; nil otherwise (not `Ann Lee will meet singer Bo Roe`, nor
    /// `Lee coach Bo Roe`).
    func memberAfterGroupName(from k: Int, before limit: Int) -> Int? {
        var j = k
        if j < limit, EntityLexicon.bandMemberModifiers.contains(lowerOf: tokens[j]) { j += 1 }
        guard j + 1 < limit, !tokens[j].isCapitalized, mentionCovering[j] < 0,
            EntityExtractor.groupMemberNouns.contains(lowerOf: tokens[j])
        else { return nil }
        let name = j + 1
        guard mentionCovering[name] >= 0, mentions[mentionCovering[name]].tokens.lowerBound == name,
            entities.entities[mentions[mentionCovering[name]].entity].kind == .person
        else { return nil }
        return name
    }

    /// `Iran's Supreme Leader …`, `US President …`, `British number one Tim Henman`: where reading goes
    /// on past the nationality, place or organisation mentioned at `k` before the person's title; nil
    /// when `k` is not such a mention.
    func pastPlaceBeforeTitle(at k: Int, before limit: Int) -> Int? {
        guard mentionCovering[k] >= 0 else { return nil }
        let mention = mentions[mentionCovering[k]]
        let kind = entities.entities[mention.entity].kind
        let next = mention.tokens.upperBound
        if kind == .nationality, next < limit { return next }
        // `Kestrel Hill frontwoman Dana Vessa collected …`: a band the entity pass took for a person, then a word
        // for one of its members and the member's name, who is the subject.
        if kind == .person, next < limit, let member = memberAfterGroupName(from: next, before: limit) {
            return member
        }
        guard kind != .person, next < limit else { return nil }
        if tokens[next].lowerIs("'s") { return next + 1 }
        // `Green Party leader Simon Hale welcomed`: the party's role words, then its person.
        if tokens[next].isWord, !tokens[next].isCapitalized,
            let person = personAfterRoleWords(from: next, before: limit)
        {
            return person
        }
        if kind != .organization, tokens[next].isWord, mentionCovering[next] < 0,
            EnglishLexicon.titles.contains(tokens[next].text)
        {
            return next
        }
        return nil
    }

    /// The subject at `k`, a mention that starts there (not a nationality) or a pronoun, and the token
    /// after it.
    func sentenceSubjectHead(at k: Int) -> (attribution: Attribution, after: Int)? {
        if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
            let mention = mentions[mentionCovering[k]]
            guard entities.entities[mention.entity].kind != .nationality else { return nil }
            return (.entity(mention.entity), mention.tokens.upperBound)
        }
        if QuoteLexicon.pronouns.contains(lowerOf: tokens[k]) { return (.pronoun(tokens[k].lower), k + 1) }
        return nil
    }

    /// `Williams though blamed …`, `Zarif also said`: adverbs after the subject ending before `after`,
    /// then a lowercase word that could be its verb.
    func adverbsThenVerb(after: Int, before limit: Int) -> Bool {
        var n = after
        while n + 1 < limit,
            tokens[n].lowerIs(oneOf: ["though", "however", "also", "meanwhile", "later", "then", "too", "again"])
        { n += 1 }
        let next = tokens[n]
        return next.isWord && !next.isCapitalized && next.lower != "'s"
            && !QuoteLexicon.rolePrepositions.contains(lowerOf: next)
            && !QuoteLexicon.clauseBoundaries.contains(lowerOf: next)
    }
}

extension QuoteParagraph {
    /// `A Treasury spokesman criticised …`: a spokesman the article does not name, opening the sentence
    /// before a verb that is not one of saying (not `The Tory spokesman also criticised`, most likely
    /// someone named before).
    func unnamedSpokesSubject(at sentence: Int) -> Attribution? {
        let end = sentenceEnd[sentence]
        let k = sentenceSubjectStart(from: sentence, before: end)
        guard k < end, tokens[k].isWord, tokens[k].lowerIs(oneOf: ["a", "an"]) else { return nil }
        var head = k + 1
        while head < end, head - k <= 5, tokens[head].isWord || tokens[head].lowerIs("'s"),
            !QuoteLexicon.spokesHeads.contains(lowerOf: tokens[head])
        {
            head += 1
        }
        guard head < end, head - k <= 5, QuoteLexicon.spokesHeads.contains(lowerOf: tokens[head]),
            head + 1 < end, adverbsThenVerb(after: head + 1, before: end)
        else { return nil }
        guard case .unnamed(stands: .person)? = role(k...head) else { return nil }
        return .unnamed(stands: .person)
    }
}

extension QuoteParagraph {
    /// `The singer - whose first record sold well - thanked the crowd, adding: "…"`: a role of up to three lowercase
    /// words after `the` that opens the sentence (past its conjunctions and adverbs), then perhaps a description
    /// between commas or dashes, then its verb (``verbFollows(_:before:)``: a verb of saying, an auxiliary or a
    /// past form): the one person or organisation the article gives that role (``role(_:)``), nil when it gives
    /// it nobody or several.
    func roleOpeningSentence(at sentence: Int, before limit: Int) -> Attribution? {
        var k = sentence
        while k < limit, tokens[k].kind == .punctuation || Self.openingAdverbs.contains(lowerOf: tokens[k]),
            spanOf[k] < 0, mentionCovering[k] < 0
        {
            k += 1
        }
        guard k < limit, tokens[k].lowerIs("the"), mentionCovering[k] < 0 else { return nil }
        var head = k + 1
        while head < limit, head - k <= 3, isRoleWord(head) {
            if let after = pastDescription(after: head + 1, before: limit), verbFollows(after, before: limit) {
                switch role(k...head) {
                case .entity(let e)? where names(e, in: k..<limit):
                    // `The film showed Ann Lee, telling …`: not one the sentence names itself (a role read from the
                    // words before a name in it).
                    return nil
                case let named? where named.isNamed: return named
                default: return nil
                }
            }
            head += 1
        }
        return nil
    }

    /// Whether a mention of entity `e` stands in `words`.
    private func names(_ e: Int, in words: Range<Int>) -> Bool {
        words.contains { mentionCovering[$0] >= 0 && mentions[mentionCovering[$0]].entity == e }
    }

    /// A lowercase word of a role before its verb: no name, quote, verb, preposition, clause word or form of
    /// `be` or `have`.
    private func isRoleWord(_ k: Int) -> Bool {
        let token = tokens[k]
        return token.isWord && !token.isCapitalized && mentionCovering[k] < 0 && spanOf[k] < 0 && verbs[k] == nil
            && !QuoteLexicon.rolePrepositions.contains(lowerOf: token)
            && !QuoteLexicon.clauseBoundaries.contains(lowerOf: token)
            && !EnglishLexicon.beForms.contains(lowerOf: token) && !EnglishLexicon.auxiliaries.contains(lowerOf: token)
    }

    /// Past a description between commas or dashes that opens at `k` (`, whose …,`, `- whose … -`): the token
    /// after it; `k` itself when none opens there; nil when it does not close within reach.
    private func pastDescription(after k: Int, before limit: Int) -> Int? {
        guard k < limit else { return nil }
        let comma = tokens[k].isPunctuation(",")
        guard comma || isDash(k) else { return k }
        var j = k + 1
        while j < limit, j - k <= Self.appositiveReach, spanOf[j] < 0, !(comma ? tokens[j].isPunctuation(",") : isDash(j))
        {
            j += 1
        }
        guard j < limit, j - k <= Self.appositiveReach, spanOf[j] < 0, j > k + 1 else { return nil }
        return j + 1
    }
}

extension Attribution {
    /// Whether the attribution names its speaker: an entity, a name, or two people.
    var isNamed: Bool {
        switch self {
        case .entity, .name, .joint: true
        default: false
        }
    }
}

extension QuoteParagraph {
    /// `Dornack's damson pie won first place …`, `Ross' appeal was rejected`: the person whose thing opens the
    /// sentence as its subject (a possessive, up to three lowercase words, then its verb: ``verbFollows(_:before:)``
    /// or a word the word list calls a verb), the one the sentence is about
    /// for a `he` or `she` after it. Not when the thing is itself someone (`Lee's lawyer`, `Roe's fans`): a
    /// person's role or kin, a word for people or a group, a plural; nor when another person named in the
    /// sentence acts (`Roe's goal won it and Lee thanked him`); nor when someone unnamed acts or is acted on
    /// after the thing (`Marrow's plan angered the mayor`, `… cost him his seat`): the `she` may be theirs.
    func possessorOpeningSentence(at sentence: Int) -> Int? {
        let limit = sentenceEnd[sentence]
        let k = sentenceSubjectStart(from: sentence, before: limit)
        guard k < limit, mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k,
            entity(mentionCovering[k]).kind == .person
        else { return nil }
        var head = mentions[mentionCovering[k]].tokens.upperBound
        guard head < limit, tokens[head].lowerIs("'s") || tokens[head].text == "'" || tokens[head].text == "\u{2019}"
        else { return nil }
        let first = head + 1
        head = first
        while head < limit, head - first < 3, isRoleWord(head) {
            let verb = head + 1
            if verbFollows(verb, before: limit)
                || verb < limit && !tokens[verb].isCapitalized && verbs[verb] == nil
                    && EnglishWords.bundled.partOfSpeech(of: tokens[verb].lower) == .verb
            {
                guard isThingOwned(tokens[head]), !anotherPersonActs(from: verb, before: limit),
                    !namesSomeoneUnnamed(from: verb, before: limit)
                else { return nil }
                return mentions[mentionCovering[k]].entity
            }
            head += 1
        }
        return nil
    }

    /// Whether a person named from `k` on in the sentence goes on to act (`… and Keegan sympathised with …`): a
    /// verb of saying, or a mention of a person right before a lowercase word that is no preposition or clause
    /// word.
    private func anotherPersonActs(from k: Int, before limit: Int) -> Bool {
        // (`…, says Tim Dams`: a verb of saying has a speaker of its own.)
        if (k..<limit).contains(where: { verbs[$0] != nil }) { return true }
        for i in k..<limit where mentionEnding[i] >= 0 && i + 1 < limit && spanOf[i] < 0 {
            guard entity(mentionEnding[i]).kind == .person else { continue }
            let next = tokens[i + 1]
            if next.isWord, !next.isCapitalized, !QuoteLexicon.rolePrepositions.contains(lowerOf: next),
                !QuoteLexicon.clauseBoundaries.contains(lowerOf: next)
            {
                return true
            }
        }
        return false
    }

    /// Whether a word for a person stands from `k` on in the sentence: a role (`the mayor`, `its chairman`), an
    /// unnamed speaker's head (`officials`), a person's cue (`a lawyer`), or `him`, `her`, `them`.
    private func namesSomeoneUnnamed(from k: Int, before limit: Int) -> Bool {
        (k..<limit).contains { j in
            let token = tokens[j]
            return token.isWord
                && (QuoteLexicon.roleHeads.contains(lowerOf: token)
                    || QuoteLexicon.unnamedHeads.contains(lowerOf: token)
                    || EntityLexicon.personCues.contains(lowerOf: token)
                    || Self.personObjectPronouns.contains(lowerOf: token))
        }
    }

    /// Pronouns for people that no subject takes (`angered him`, `thanked her`, `told them`).
    private static let personObjectPronouns: WordSet = ["him", "her", "them"]

    /// Whether a possessed noun is a thing, not someone (see ``possessorOpeningSentence(at:)``).
    private func isThingOwned(_ noun: Token) -> Bool {
        let word = noun.lower
        if word.hasSuffix("s") || Self.peopleOwned.contains(word) { return false }
        if EntityLexicon.personCues.contains(word) || EntityExtractor.groupMemberNouns.contains(word)
            || QuoteLexicon.roleHeads.contains(word) || QuoteLexicon.unnamedHeads.contains(word)
            || Self.organizationLikeHeads.contains(word) || QuoteLexicon.male.contains(word)
            || QuoteLexicon.female.contains(word)
        {
            return false
        }
        // `killer`, `successor`, `publicist`, `guardian`, `assistant`, `opponent`: words for people.
        return !["er", "or", "ist", "ian", "ant", "ent"].contains { word.hasSuffix($0) }
    }

    /// Words for people that the lists of roles and kin leave out.
    private static let peopleOwned: WordSet = [
        "family", "child", "children", "friend", "partner", "team-mate", "teammate", "rival", "staff", "camp",
        "side", "entourage", "fiancee", "fiancée", "fiance", "fiancé", "grandson", "granddaughter", "people",
        "men", "women", "crew", "agent", "attorney",
    ]
}
