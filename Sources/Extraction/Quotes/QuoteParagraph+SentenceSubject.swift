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

    /// `Iran's Supreme Leader …`, `US President …`, `British number one Tim Henman`: where reading goes
    /// on past the nationality, place or organisation mentioned at `k` before the person's title; nil
    /// when `k` is not such a mention.
    func pastPlaceBeforeTitle(at k: Int, before limit: Int) -> Int? {
        guard mentionCovering[k] >= 0 else { return nil }
        let mention = mentions[mentionCovering[k]]
        let kind = entities.entities[mention.entity].kind
        let next = mention.tokens.upperBound
        if kind == .nationality, next < limit { return next }
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
