/// Who a noun phrase names as a speaker.
enum Attribution: Equatable {
    /// An entity the entity pass resolved (index into its entities).
    case entity(Int)
    /// A personal or organisation name the entity pass missed (`Theresa May`, `Cheuk Hau-yip`).
    case name(String)
    /// `he`, `she`, `it`, `they`: resolved from what came before.
    case pronoun(String)
    /// A speaker the text does not name: `a senior official`, `the doctor`, `Iranian television`.
    /// `stands` tells whether a later `he` (`.person`) or `it` (`.organization`) would stand for this
    /// nobody: so for `a spokesman`, not for `the two-time champion` (most likely someone named before).
    case unnamed(stands: ExtractedEntity.Kind?)
    /// The verb's subject is an earlier verb's: `… accused the UK and warned that …`.
    case coordinated
}

/// One paragraph indexed for reading attributions: quoted tokens, sentence bounds, mentions by the
/// token they start and end at, and the verbs of saying outside quotes with links to the one before
/// and after in the same sentence. Built in one pass; every look-up after that reads a few tokens.
struct QuoteParagraph {
    enum Verb { case finite, participle, according }

    let paragraph: AnalyzedArticle.AnalyzedParagraph
    let tokens: [Token]
    let spans: [QuoteMarks.Span]
    let mentions: [EntityExtractor.MentionReference]
    let entities: EntityExtractor.Result
    let roles: QuoteRoles

    /// The quote span each token belongs to (marks included), or -1.
    private(set) var spanOf: [Int]
    private(set) var sentenceStart: [Int]
    private(set) var sentenceEnd: [Int]
    private(set) var mentionEnding: [Int]
    private(set) var mentionCovering: [Int]
    private(set) var verbs: [Verb?]
    /// The nearest verb of saying before token i in its sentence, or -1.
    private(set) var verbBefore: [Int]
    /// The nearest finite verb of saying at or after token i in its sentence, or -1.
    private(set) var finiteVerbFrom: [Int]
    /// The paragraph's first token that is not punctuation.
    private(set) var firstWord: Int

    /// How far a subject may stand from its verb, in tokens.
    static let subjectReach = 12
    static let appositiveReach = 24

    init(_ paragraph: AnalyzedArticle.AnalyzedParagraph, entities: EntityExtractor.Result, roles: QuoteRoles) {
        self.paragraph = paragraph
        self.tokens = paragraph.tokens
        self.entities = entities
        self.roles = roles
        let n = paragraph.tokens.count
        spans = QuoteMarks.spans(in: paragraph.tokens)
        mentions = paragraph.position < entities.mentionsByParagraph.count ? entities.mentionsByParagraph[paragraph.position] : []

        spanOf = Array(repeating: -1, count: n)
        for (s, span) in spans.enumerated() {
            for i in span.open..<min(n, (span.close ?? span.contentEnd - 1) + 1) { spanOf[i] = s }
        }
        sentenceStart = Array(repeating: 0, count: n)
        sentenceEnd = Array(repeating: n, count: n)
        for sentence in paragraph.sentences {
            for i in sentence where i < n {
                sentenceStart[i] = sentence.lowerBound
                sentenceEnd[i] = sentence.upperBound
            }
        }
        mentionEnding = Array(repeating: -1, count: n)
        mentionCovering = Array(repeating: -1, count: n)
        for (m, mention) in mentions.enumerated() where mention.tokens.upperBound <= n && !mention.tokens.isEmpty {
            mentionEnding[mention.tokens.upperBound - 1] = m
            for i in mention.tokens { mentionCovering[i] = m }
        }
        verbs = Array(repeating: nil, count: n)
        for i in 0..<n where spanOf[i] < 0 && mentionCovering[i] < 0 && tokens[i].isWord {
            let word = tokens[i].lower
            if QuoteLexicon.finiteVerbs.contains(word) {
                // `the reported attack`, `a said agreement`: after a determiner it is an adjective.
                if i > 0, QuoteLexicon.definite.contains(tokens[i - 1].lower) || QuoteLexicon.indefinite.contains(tokens[i - 1].lower) { continue }
                verbs[i] = .finite
            } else if QuoteLexicon.participles.contains(word) {
                verbs[i] = .participle
            } else if word == "according", i + 1 < n, tokens[i + 1].lower == "to" {
                verbs[i] = .according
            }
        }
        firstWord = paragraph.tokens.firstIndex { $0.kind != .punctuation } ?? n
        verbBefore = Array(repeating: -1, count: n)
        var last = -1
        for i in 0..<n {
            if i == sentenceStart[i] { last = -1 }
            verbBefore[i] = last
            if verbs[i] != nil { last = i }
        }
        finiteVerbFrom = Array(repeating: -1, count: n)
        var next = -1
        for i in stride(from: n - 1, through: 0, by: -1) {
            if i + 1 == sentenceEnd[i] { next = -1 }
            if verbs[i] == .finite { next = i }
            finiteVerbFrom[i] = next
        }
    }

    var position: Int { paragraph.position }

    func entity(_ m: Int) -> ExtractedEntity { entities.entities[mentions[m].entity] }

    /// Ends a noun phrase walking left or right: punctuation, quote marks, conjunctions, verbs of saying.
    func isBoundary(_ i: Int) -> Bool {
        if spanOf[i] >= 0 || verbs[i] != nil { return true }
        if QuoteLexicon.isBoundaryPunctuation(tokens, i) { return true }
        return mentionCovering[i] < 0 && QuoteLexicon.clauseBoundaries.contains(tokens[i].lower)
    }

    // MARK: - Subjects

    /// The subject of the verb of saying at `v`, with where its phrase starts; nothing before `limit`.
    func subject(ofVerbAt v: Int, limit: Int) -> (attribution: Attribution, start: Int)? {
        var j = v - 1
        while j >= limit, tokens[j].isWord, mentionCovering[j] < 0, QuoteLexicon.betweenSubjectAndVerb.contains(tokens[j].lower) {
            j -= 1
        }
        guard j >= limit, spanOf[j] < 0 else { return nil }
        if tokens[j].isWord, mentionCovering[j] < 0, ["and", "but", "or", "then"].contains(tokens[j].lower) {
            return (.coordinated, j)
        }
        if tokens[j].isPunctuation(",") {
            // `Name, the commander of X, said` / `The shadow secretary, Name, said`
            var k = j - 1
            while k >= limit, j - k <= Self.appositiveReach, !tokens[k].isPunctuation(","), spanOf[k] < 0, verbs[k] == nil,
                  !QuoteLexicon.isBoundaryPunctuation(tokens, k) {
                k -= 1
            }
            guard k > limit, tokens[k].isPunctuation(","), k + 1 <= j - 1 else { return nil }
            let head = k - 1
            let start = phraseStart(endingAt: head, limit: limit)
            if let named = name(in: (k + 1)...(j - 1)) { return (named, start) }
            guard let attribution = classify(start...head) else { return nil }
            return (coordinatedSubjects(before: start, limit: limit) ? .unnamed(stands: nil) : attribution, start)
        }
        j = beforeAdverbial(j, limit: limit)
        let start = phraseStart(endingAt: j, limit: limit)
        // `Lisa Power, head of policy at the Trust said`: an appositive that lost its closing comma.
        if start - 2 >= limit, tokens[start - 1].isPunctuation(","), mentionEnding[start - 2] >= 0,
           entity(mentionEnding[start - 2]).kind == .person, !tokens[start].isCapitalized,
           roles.words[mentions[mentionEnding[start - 2]].entity]?.contains(tokens[start].lower) == true {
            return (.entity(mentions[mentionEnding[start - 2]].entity), start)
        }
        guard let attribution = classify(start...j) else { return nil }
        // `Princes William and Harry said`: more than one speaker.
        return (coordinatedSubjects(before: start, limit: limit) ? .unnamed(stands: nil) : attribution, start)
    }

    /// `William and Harry said`, `The Queen and the Duke said`: a name joined to the subject by `and`.
    func coordinatedSubjects(before start: Int, limit: Int) -> Bool {
        guard start - 2 >= limit, tokens[start - 1].lower == "and", mentionCovering[start - 1] < 0 else { return false }
        let before = tokens[start - 2]
        return before.isWord && before.isCapitalized && !QuoteLexicon.isNotName(before)
    }

    /// `Khamenei in his speech`, `Trump on Friday`: the end of the name before a short adverbial.
    func beforeAdverbial(_ j: Int, limit: Int) -> Int {
        guard mentionCovering[j] < 0, tokens[j].isWord || tokens[j].isNumber,
              !tokens[j].isCapitalized || EnglishLexicon.notNames.contains(tokens[j].text)
        else { return j }
        var p = j
        while p > limit, j - p < 6 {
            let token = tokens[p]
            if QuoteLexicon.adverbialPrepositions.contains(token.lower), p - 1 >= limit {
                let before = p - 1
                if mentionEnding[before] >= 0 || QuoteLexicon.pronouns.contains(tokens[before].lower) { return before }
                return j
            }
            guard token.isWord || token.isNumber, mentionCovering[p] < 0, spanOf[p] < 0 else { return j }
            p -= 1
        }
        return j
    }

    /// Where the noun phrase ending at `end` starts.
    func phraseStart(endingAt end: Int, limit: Int) -> Int {
        var start = end
        while start - 1 >= limit, end - (start - 1) < Self.subjectReach, !isBoundary(start - 1) || isRoleConjunction(start - 1, limit: limit) {
            start -= 1
        }
        return start
    }

    /// `and` between two role nouns: `chairman and chief executive Richard Parsons`.
    func isRoleConjunction(_ k: Int, limit: Int) -> Bool {
        guard tokens[k].lower == "and", k - 1 >= limit, k + 1 < tokens.count else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        return before.isWord && after.isWord && !before.isCapitalized && !after.isCapitalized && verbs[k - 1] == nil && verbs[k + 1] == nil
            && !QuoteLexicon.betweenSubjectAndVerb.contains(before.lower) && !QuoteLexicon.clauseBoundaries.contains(after.lower)
            && spanOf[k - 1] < 0
    }

    /// Words that introduce a role's complement: `the lawyer for John Smith`, `the wife of …`.
    static let complementPrepositions: Set<String> = ["of", "for", "to", "with", "by", "from", "against", "about", "on", "at", "in"]

    /// What a noun phrase before its verb names: a person at its right edge (`Observatory head Rami
    /// Abdel Rahman`), a person named first and then described (`Mike Watts head of exploration`,
    /// `David Graham from the FDA's drug office`), an organisation or place that is not a role's
    /// complement (`China`, not `the ambassador to Britain`), a pronoun, a name the entity pass
    /// missed, or a role (`the foreign minister`) or an unnamed speaker (`a senior official`).
    func classify(_ range: ClosedRange<Int>) -> Attribution? {
        let end = range.upperBound
        if mentionEnding[end] >= 0, entity(mentionEnding[end]).kind == .person {
            let m = mentionEnding[end]
            let before = mentions[m].tokens.lowerBound - 1
            if before >= range.lowerBound, Self.complementPrepositions.contains(tokens[before].lower) { return role(range) }
            return .entity(mentions[m].entity)
        }
        if let person = leadingPerson(range) { return .entity(person) }
        if mentionEnding[end] >= 0 {
            let m = mentionEnding[end]
            switch entity(m).kind {
            case .person, .nationality:
                return role(range)
            case .place, .organization:
                // `the ambassador to Britain`, `the authors of a study in JAMA`: a role's complement.
                for k in range.lowerBound..<mentions[m].tokens.lowerBound where mentionCovering[k] < 0 && Self.complementPrepositions.contains(tokens[k].lower) {
                    return role(range)
                }
                return .entity(mentions[m].entity)
            }
        }
        if range.count == 1, QuoteLexicon.pronouns.contains(tokens[end].lower) { return .pronoun(tokens[end].lower) }
        if range.count == 1, let pronoun = ["him": "he", "her": "she", "them": "they"][tokens[end].lower] { return .pronoun(pronoun) }
        if let name = fallbackName(endingAt: end, from: range.lowerBound) { return .name(name) }
        return role(range)
    }

    /// Where a noun phrase's own words start, past determiners, titles, and a place or nationality
    /// before a title (`US President`, `Iran's Supreme Leader`).
    func headStart(_ range: ClosedRange<Int>) -> Int {
        var k = range.lowerBound
        while k <= range.upperBound {
            let token = tokens[k]
            if mentionCovering[k] < 0, token.isWord,
               QuoteLexicon.definite.contains(token.lower) || EnglishLexicon.titles.contains(token.text) {
                k += 1
                continue
            }
            // `energy analyst Orin Middleton`: lowercase role words before a name.
            if mentionCovering[k] < 0, token.isWord, !token.isCapitalized, verbs[k] == nil,
               !QuoteLexicon.rolePrepositions.contains(token.lower), !QuoteLexicon.clauseBoundaries.contains(token.lower) {
                var j = k
                while j <= range.upperBound, j - k < 4, tokens[j].isWord, !tokens[j].isCapitalized, mentionCovering[j] < 0,
                      verbs[j] == nil, !QuoteLexicon.rolePrepositions.contains(tokens[j].lower) {
                    j += 1
                }
                if j <= range.upperBound, j > k, isNameWord(j) || mentionCovering[j] >= 0 && entity(mentionCovering[j]).kind == .person {
                    k = j
                    continue
                }
            }
            // `Health Minister Paul Mensah`: capitalised role words the entity pass left outside the mention.
            if mentionCovering[k] < 0, token.isWord, token.isCapitalized, !QuoteLexicon.isNotName(token) {
                var j = k
                while j <= range.upperBound, j - k < 4, tokens[j].isWord, tokens[j].isCapitalized, mentionCovering[j] < 0 { j += 1 }
                if j <= range.upperBound, j > k, mentionCovering[j] >= 0, mentions[mentionCovering[j]].tokens.lowerBound == j,
                   entity(mentionCovering[j]).kind == .person {
                    k = j
                    continue
                }
            }
            if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
                let mention = mentions[mentionCovering[k]]
                let kind = entities.entities[mention.entity].kind
                let next = mention.tokens.upperBound
                if kind != .person, next <= range.upperBound {
                    if tokens[next].lower == "'s" {
                        k = next + 1
                        continue
                    }
                    if kind != .organization, mentionCovering[next] < 0, EnglishLexicon.titles.contains(tokens[next].text) {
                        k = next
                        continue
                    }
                }
            }
            break
        }
        return k
    }

    /// `Mike Watts head of exploration`, `John Dorrian a coalition spokesman`, `Rosaly Lopes of NASA's
    /// laboratory`: a person who opens the phrase, followed by their description (not `Cruz's office`).
    func leadingPerson(_ range: ClosedRange<Int>) -> Int? {
        let k = headStart(range)
        guard k <= range.upperBound, mentionCovering[k] >= 0 else { return nil }
        let mention = mentions[mentionCovering[k]]
        guard mention.tokens.lowerBound == k, entities.entities[mention.entity].kind == .person else { return nil }
        let after = mention.tokens.upperBound
        guard after <= range.upperBound else { return mention.entity }
        let next = tokens[after]
        guard next.isWord, next.lower != "'s", !next.isCapitalized || EnglishLexicon.titles.contains(next.text),
              !QuoteLexicon.clauseBoundaries.contains(next.lower) || next.lower == "as"
        else { return nil }
        if isModifier(at: k, before: after, in: range) { return nil }
        // No other person further on: `the son of Ali Hassan` is not about the first name.
        for i in after...range.upperBound where mentionCovering[i] >= 0 && entity(mentionCovering[i]).kind == .person { return nil }
        return mention.entity
    }

    /// `the Factory Records founder`, `the WSIS spokesman`: a name after an article and before a
    /// lowercase noun describes that noun.
    func isModifier(at k: Int, before after: Int, in range: ClosedRange<Int>) -> Bool {
        let end = range.upperBound
        guard after <= end else { return false }
        let next = tokens[after]
        guard next.isWord, !next.isCapitalized, !QuoteLexicon.rolePrepositions.contains(next.lower), next.lower != "who",
              !QuoteLexicon.indefinite.contains(next.lower), next.lower != "the"
        else { return false }
        if k - 1 >= range.lowerBound, ["the", "a", "an"].contains(tokens[k - 1].lower) || tokens[k - 1].isWord && !tokens[k - 1].isCapitalized {
            return true
        }
        // `Academy Award winner.`: lowercase nouns to the phrase's end (not `Mike Watts head of …`).
        var j = after
        while j <= end, tokens[j].isWord, !tokens[j].isCapitalized, !QuoteLexicon.rolePrepositions.contains(tokens[j].lower),
              !QuoteLexicon.indefinite.contains(tokens[j].lower) {
            j += 1
        }
        return j > end
    }

    /// Whether the phrase ends with a name of its own (`… chief executive Bill Owens`), not one after
    /// a preposition (`a colleague of Harah`).
    func endsWithName(_ range: ClosedRange<Int>, after: Int) -> Bool {
        var k = range.upperBound
        guard k >= after, isNameWord(k), tokens[k].isCapitalized else { return false }
        while k - 1 >= after, isNameWord(k - 1) { k -= 1 }
        return k - 1 >= range.lowerBound && !Self.complementPrepositions.contains(tokens[k - 1].lower) && tokens[k - 1].lower != "'s"
    }

    /// A phrase after its verb names its speaker first: `said Zarif, the foreign minister`, `said
    /// Rosaly Lopes of NASA's Jet Propulsion Laboratory`, `according to a survey by …`.
    func classifyHeadFirst(_ range: ClosedRange<Int>) -> Attribution? {
        let k = headStart(range)
        guard k <= range.upperBound else { return classify(range) }
        if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
            let mention = mentions[mentionCovering[k]]
            let kind = entities.entities[mention.entity].kind
            let after = mention.tokens.upperBound
            if after <= range.upperBound, tokens[after].lower == "'s" { return classify(range) }
            // `the WSIS spokesman`, `Nortel president and chief executive Bill Owens`: a name used as
            // a modifier of the speaker.
            if after <= range.upperBound, tokens[after].isWord, !tokens[after].isCapitalized,
               !QuoteLexicon.rolePrepositions.contains(tokens[after].lower), tokens[after].lower != "who" {
                if isModifier(at: k, before: after, in: range) || endsWithName(range, after: after) || kind != .person {
                    return classify(range)
                }
            }
            if kind == .person { return .entity(mention.entity) }
            var personLater = false
            for i in k...range.upperBound where mentionCovering[i] >= 0 && entity(mentionCovering[i]).kind == .person { personLater = true }
            if kind != .nationality, !personLater { return .entity(mention.entity) }
            return classify(range)
        }
        if let name = fallbackName(startingAt: k, through: range.upperBound) { return .name(name) }
        return classify(range)
    }

    /// A segment that is only a name, with titles or role words before it: `Theresa May` in
    /// `The Shadow Secretary of State, Theresa May, said`. Not `a Republican senator`.
    func name(in range: ClosedRange<Int>) -> Attribution? {
        let end = range.upperBound
        let first = tokens[range.lowerBound].lower
        if QuoteLexicon.indefinite.contains(first) || first == "the" { return nil }
        if mentionEnding[end] >= 0 {
            let m = mentionEnding[end]
            guard entity(m).kind == .person || entity(m).kind == .organization else { return nil }
            for k in range.lowerBound..<mentions[m].tokens.lowerBound
            where !tokens[k].isWord || QuoteLexicon.rolePrepositions.contains(tokens[k].lower) {
                return nil
            }
            return .entity(mentions[m].entity)
        }
        guard let name = fallbackName(endingAt: end, from: range.lowerBound) else { return nil }
        for k in range where !tokens[k].isWord && !isInitialStop(k) || QuoteLexicon.rolePrepositions.contains(tokens[k].lower) { return nil }
        return .name(name)
    }

    /// The full stop of an initial (`Silvia S. Martins`).
    func isInitialStop(_ k: Int) -> Bool {
        k > 0 && tokens[k].text == "." && !tokens[k].spaceBefore && tokens[k - 1].isWord && tokens[k - 1].text.count == 1
            && tokens[k - 1].isCapitalized
    }

    func isNameWord(_ k: Int) -> Bool {
        let token = tokens[k]
        if isInitialStop(k) { return true }
        guard token.isWord, spanOf[k] < 0, !EnglishLexicon.titles.contains(token.text) else { return false }
        if mentionCovering[k] >= 0, entity(mentionCovering[k]).kind != .person { return false }
        if token.isCapitalized { return token.text.count == 1 || token.text.unicodeScalars.contains { $0.properties.isLowercase } }
        return token.isNamePart
    }

    /// Two to four capitalised words ending the phrase, after its titles (`White House Press Secretary
    /// Stephanie Grisham` → `Stephanie Grisham`), that no mention of a place or organisation covers.
    func fallbackName(endingAt end: Int, from lower: Int) -> String? {
        guard isNameWord(end), !isInitialStop(end) else { return nil }
        var start = end
        while start - 1 >= lower, isNameWord(start - 1)
                || EnglishLexicon.nameParticles.contains(tokens[start - 1].lower) && start - 2 >= lower && isNameWord(start - 2) {
            start -= 1
        }
        while start <= end, QuoteLexicon.isNotName(tokens[start]) || EnglishLexicon.nameParticles.contains(tokens[start].lower) { start += 1 }
        // `… Observatory for Human Rights`: the end of a longer name, not a person.
        if start - 1 >= lower, QuoteLexicon.rolePrepositions.contains(tokens[start - 1].lower) { return nil }
        return nameText(start, end)
    }

    /// The same, reading forward from `start`: `said Bibars Mishal, a colleague`.
    /// The same, reading forward from `start`: `said Bibars Mishal, a colleague`; past an
    /// organisation and a title (`said White House Press Secretary Joanna Pike`).
    func fallbackName(startingAt first: Int, through limit: Int) -> String? {
        var start = first
        for _ in 0..<2 {
            guard start <= limit, isNameWord(start), !QuoteLexicon.isNotName(tokens[start]), !isInitialStop(start) else { return nil }
            var end = start
            while end + 1 <= limit, isNameWord(end + 1)
                    || EnglishLexicon.nameParticles.contains(tokens[end + 1].lower) && end + 2 <= limit && isNameWord(end + 2) {
                end += 1
            }
            if end + 1 <= limit, tokens[end + 1].isWord, EnglishLexicon.titles.contains(tokens[end + 1].text), mentionCovering[end + 1] < 0 {
                start = end + 1
                while start <= limit, tokens[start].isWord, EnglishLexicon.titles.contains(tokens[start].text) { start += 1 }
                continue
            }
            if end + 1 <= limit, tokens[end + 1].lower == "'s" { return nil }
            // `the two-time Academy Award winner`: capitals used as a modifier.
            if end + 1 <= limit, tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
               !QuoteLexicon.rolePrepositions.contains(tokens[end + 1].lower), !QuoteLexicon.indefinite.contains(tokens[end + 1].lower),
               tokens[end + 1].lower != "who", tokens[end + 1].lower != "the" {
                return nil
            }
            return nameText(start, end)
        }
        return nil
    }

    private func nameText(_ start: Int, _ end: Int) -> String? {
        guard start <= end else { return nil }
        var words = 0
        for k in start...end where tokens[k].isWord && tokens[k].text.count > 1 { words += 1 }
        guard (2...4).contains(words), end - start < 8 else { return nil }
        return paragraph.text(of: start..<(end + 1))
    }

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
            for k in (first + 1)...range.upperBound where QuoteLexicon.rolePrepositions.contains(tokens[k].lower) && mentionCovering[k] < 0 {
                head = k - 1
                break
            }
        }
        let headToken = tokens[head]
        guard headToken.lower != "'s", !QuoteLexicon.pronouns.contains(headToken.lower) else { return nil }
        let kind: ExtractedEntity.Kind = Self.organizationLikeHeads.contains(headToken.lower) ? .organization : .person
        if headToken.isCapitalized && !EnglishLexicon.titles.contains(headToken.text) {
            // `the Observatory`: the one organisation whose name has that word; an unknown name
            // (`Abernathy reported`) is a speaker this pass cannot name.
            if tokens[first].lower == "the" {
                return organization(named: headToken.text).map { .entity($0) } ?? .unnamed(stands: nil)
            }
            // `Mandic continued:`: the one person of the article with that surname.
            if range.count == 1, let person = roles.personsBySurname[headToken.text], person >= 0 { return .entity(person) }
            return .unnamed(stands: nil)
        }
        if QuoteLexicon.indefinite.contains(tokens[first].lower) || tokens[first].isNumber { return .unnamed(stands: kind) }
        var modifiers: [String] = []
        for k in first..<head where tokens[k].isWord && !tokens[k].isCapitalized || EnglishLexicon.titles.contains(tokens[k].text) {
            modifiers.append(tokens[k].lower)
        }
        if !QuoteLexicon.unnamedHeads.contains(headToken.lower) || headToken.lower == "spokesperson",
           let found = roles.person(withRole: headToken.lower, modifiers: modifiers) {
            return .entity(found)
        }
        // `officials`, `the official`, `witnesses`: nobody named before. `the first minister`: someone
        // this pass cannot tell.
        let generic = QuoteLexicon.unnamedHeads.contains(headToken.lower) || range.count == 1 && headToken.lower.hasSuffix("s")
        return .unnamed(stands: generic ? kind : nil)
    }

    /// The one organisation whose name has `word` (`Observatory`), if only one has it.
    func organization(named word: String) -> Int? {
        guard let found = roles.organizationsByWord[word], found >= 0 else { return nil }
        return found
    }

    /// `…, said activist Mustafa Ebdi.`: the speaker after an inverted verb of saying, when the phrase
    /// after it is a name that ends the clause (not `said Iran would respond`).
    func invertedSubject(ofVerbAt v: Int) -> Attribution? {
        guard QuoteLexicon.inversionVerbs.contains(tokens[v].lower), v + 1 < tokens.count else { return nil }
        let end = sentenceEnd[v]
        var e = v + 1
        while e < end, !isBoundary(e) || isInitialStop(e), e - v <= Self.subjectReach {
            if tokens[e].isWord, mentionCovering[e] < 0, QuoteLexicon.betweenSubjectAndVerb.contains(tokens[e].lower) { return nil }
            e += 1
        }
        guard e == end || tokens[e].isPunctuation(",") || tokens[e].isPunctuation(".") || tokens[e].lower == "who" else { return nil }
        switch phraseAfter(v + 1, end: e) {
        case .entity(let entity)?: return .entity(entity)
        case .name(let name)?: return .name(name)
        default: return nil
        }
    }

    /// `said Zarif`, `according to the ministry`: the phrase right after `start` up to a comma,
    /// full stop, relative pronoun or adverbial, read head first.
    func phraseAfter(_ start: Int, end: Int) -> Attribution? {
        let e = phraseEnd(from: start, end: end)
        guard e > start else { return nil }
        let attribution = classifyHeadFirst(start...(e - 1))
        // `said its chairman, Sir Anthony Greener.`: the role, then the name.
        if case .unnamed? = attribution, e < end, tokens[e].isPunctuation(",") {
            let next = phraseEnd(from: e + 1, end: end)
            if next > e + 1, next == end || tokens[next].isPunctuation(",") || tokens[next].isPunctuation("."),
               let named = name(in: (e + 1)...(next - 1)) {
                return named
            }
        }
        return attribution
    }

    private func phraseEnd(from start: Int, end: Int) -> Int {
        var e = start
        while e < end, !isBoundary(e) || isInitialStop(e) || isRoleConjunction(e, limit: start), e - start < Self.subjectReach,
              !(QuoteLexicon.adverbialPrepositions.contains(tokens[e].lower) && mentionCovering[e] < 0 && e > start) {
            e += 1
        }
        return e
    }

    /// The person, organisation or pronoun that opens the sentence as its subject (`Khamenei was …`,
    /// `But David Frost, director general of …, warned`, `US President Donald Trump said`).
    func sentenceSubject(at sentence: Int, before limit: Int) -> Attribution? {
        var k = sentence
        while k < limit {
            let token = tokens[k]
            if token.kind == .punctuation || mentionCovering[k] < 0 && ["but", "and", "so", "yet", "meanwhile", "however"].contains(token.lower) {
                k += 1
                continue
            }
            if token.isWord, mentionCovering[k] < 0, EnglishLexicon.titles.contains(token.text) {
                k += 1
                continue
            }
            // `Former union leader Sir Bill Morris`, `Health Minister Paul Mensah`: role words before a
            // person's name, left outside the mention.
            if token.isWord, mentionCovering[k] < 0, verbs[k] == nil, !QuoteLexicon.isNotName(token) || !token.isCapitalized {
                var j = k
                while j < limit, j - k < 4, tokens[j].isWord, mentionCovering[j] < 0, verbs[j] == nil,
                      !QuoteLexicon.rolePrepositions.contains(tokens[j].lower) {
                    j += 1
                }
                if j < limit, mentionCovering[j] >= 0, mentions[mentionCovering[j]].tokens.lowerBound == j,
                   entities.entities[mentions[mentionCovering[j]].entity].kind == .person {
                    k = j
                }
                break
            }
            // `Iran's Supreme Leader …`, `US President …`, `British number one Tim Henman`: a place or
            // nationality before the person's title.
            if mentionCovering[k] >= 0 {
                let mention = mentions[mentionCovering[k]]
                let kind = entities.entities[mention.entity].kind
                let next = mention.tokens.upperBound
                if kind == .nationality, next < limit {
                    k = next
                    continue
                }
                if kind != .person, next < limit {
                    if tokens[next].lower == "'s" {
                        k = next + 1
                        continue
                    }
                    if kind != .organization, tokens[next].isWord, mentionCovering[next] < 0, EnglishLexicon.titles.contains(tokens[next].text) {
                        k = next
                        continue
                    }
                }
            }
            break
        }
        guard k < limit, spanOf[k] < 0 else { return nil }
        let after: Int
        let attribution: Attribution
        if mentionCovering[k] >= 0, mentions[mentionCovering[k]].tokens.lowerBound == k {
            let mention = mentions[mentionCovering[k]]
            guard entities.entities[mention.entity].kind != .nationality else { return nil }
            attribution = .entity(mention.entity)
            after = mention.tokens.upperBound
        } else if QuoteLexicon.pronouns.contains(tokens[k].lower) {
            attribution = .pronoun(tokens[k].lower)
            after = k + 1
        } else {
            return nil
        }
        guard after < limit else { return nil }
        if tokens[after].isPunctuation(",") {
            // An appositive, then the verb.
            var j = after + 1
            while j < limit, j - after <= Self.appositiveReach, !tokens[j].isPunctuation(","), spanOf[j] < 0 { j += 1 }
            guard j + 1 < limit, tokens[j].isPunctuation(","), tokens[j + 1].isWord, !tokens[j + 1].isCapitalized else { return nil }
            return attribution
        }
        // `Williams though blamed …`, `Zarif also said`: an adverb, then the verb.
        var n = after
        while n + 1 < limit, ["though", "however", "also", "meanwhile", "later", "then", "too", "again"].contains(tokens[n].lower) { n += 1 }
        let next = tokens[n]
        guard next.isWord, !next.isCapitalized, next.lower != "'s", !QuoteLexicon.rolePrepositions.contains(next.lower),
              !QuoteLexicon.clauseBoundaries.contains(next.lower)
        else { return nil }
        return attribution
    }
}
