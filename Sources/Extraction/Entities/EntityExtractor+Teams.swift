/// Sports teams are organisations. Results say so: `the Hawks beat the Owls`, `the Owls (3-4)`, `Penn
/// State defeated Ohio State 24-17`. A nickname after `the` needs a result verb or a win-loss record beside
/// it; a name without `the` needs a result verb and a score, and no person in the article of that surname
/// (`Roe beat Hale 5-3` on a snooker page names two players).
extension EntityExtractor {
    /// Verbs of a game's result that say a game alone: `the Hawks beat the Owls`.
    static let sportsResultVerbs: WordSet = [
        "beat", "beats", "defeated", "defeats", "edged", "edges", "routed", "routs", "blanked", "outscored",
    ]
    /// Verbs of a game's result, between the two sides: `X beat Y`; the general ones (`topped`, `upset`)
    /// only with a score beside them (`The Vesks topped the Rich List` is no game).
    static let resultVerbs: WordSet = sportsResultVerbs.union([
        "downed", "downs", "topped", "tops", "thrashed", "trounced", "outlasted", "overpowered", "swept", "sweeps",
        "whipped", "hammered", "crushed", "stunned", "upset",
    ])
    /// Verbs of a result before `to` or `with` and the other side: `X lost to Y`, `X drew with Y`.
    static let resultVerbsBeforePreposition: WordSet = [
        "lost", "lose", "loses", "fell", "falls", "drew", "draws", "tied", "ties",
    ]
    /// Those of them that say a game alone: `lost to`, `drew with`.
    static let sportsResultVerbsBeforePreposition: WordSet = ["lost", "lose", "loses", "drew", "draws"]

    /// `the Hawks`, `the Red Sox`, `Penn State`: team evidence for the name at `range` when a result, a
    /// score or a record beside it says so; nil otherwise.
    func teamEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        guard (1...3).contains(range.count),
            range.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
            !isGivenName(tokens[range.lowerBound])
        else { return nil }
        // The words around first (no lookup of the name's text unless they speak of a game).
        guard let evidence = teamContext(range, in: tokens, sentence: sentence),
            knownEvidence(range, in: paragraph) == nil, gazetteer.place(named: paragraph.text(of: range)) == nil
        else { return nil }
        return evidence
    }

    /// `Leeds beat Hull 3-0`, `… drew with Derby 1-1`, `Leeds striker Ann Roe`: a town the gazetteer knows, on
    /// a side of a result with its score or before a word for a club's player, staff or fans, is the club
    /// named after it. A country or a region stays a place (national sides
    /// keep the country's name: `England`, `Wales` are regions to the gazetteer). Nil for any other name,
    /// and for a name in capitals (a headline's words).
    func clubNamedForTown(
        _ range: Range<Int>, evidence: Evidence?, in paragraph: AnalyzedArticle.AnalyzedParagraph,
        sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        guard let evidence, evidence.kind == .place, evidence.weight <= Evidence.known, (1...2).contains(range.count),
            range.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAllCaps })
        else { return nil }
        // `London beat Paris 54-50 in the final round of voting`: a vote's count is no game's score.
        let scored =
            teamContext(range, in: tokens, sentence: sentence)?.weight == Evidence.structure
            && !sentence.contains(where: { Self.voteWords.contains(tokens[$0].lower) })
        // `Vesk striker Ann Roe`, `Vesk's striker`, `Vesk fans`, `Vesk v Hull`; `meet Vesk in the Kelvar Cup`,
        // `to join Vesk`, `a 2-1 win at Vesk`.
        guard
            scored || Self.clubRoleFollows(range, in: tokens, sentence: sentence, town: true)
                || Self.clubCueAround(range, in: tokens, sentence: sentence),
            let place = gazetteer.place(named: paragraph.text(of: range)), place.kind == .city else { return nil }
        // Outweighs the town of the same name elsewhere in the article, as a results line's club does.
        return Evidence(kind: .organization, weight: Evidence.business)
    }

    /// `Tarnwick striker Ann Roe`, `Dunmore boss Tom Hale`: a club's name before a word for
    /// one of its players or staff is the club's, though it reads as a person's (`Chelsea`) or a town's;
    /// organisation evidence for the name at `range` then, nil otherwise. (Not a country: national sides
    /// keep the country's name.)
    func clubRoleEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        guard (1...3).contains(range.count),
            range.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
            // (`Ann Roe captain …` is no club; one word that is also a given name is: `Chelsea boss`.)
            range.count == 1 || !isGivenName(tokens[range.lowerBound]),
            // (`The Aussie captain`: a nation's word the gazetteer knows is the national side's, no club.)
            gazetteer.country(forDemonym: paragraph.text(of: range)) == nil,
            // (`Brazillian striker`: a nation's adjective, however spelt.)
            !["ian", "ean", "ese", "ish"].contains(where: { tokens[range.upperBound - 1].lower.hasSuffix($0) }),
            Self.clubRoleFollows(range, in: tokens, sentence: sentence, town: false),
            !Self.opensWithDescription(range, in: tokens, sentence: sentence),
            // (`Diminutive striker`, `Inspirational captain`: an adjective's ending, opening the sentence, on
            // a word no town or given name.)
            !(range.lowerBound == sentence.lowerBound && range.count == 1
                && Self.hasDescribingEnding(tokens[range.lowerBound].lower) && !isGivenName(tokens[range.lowerBound])
                && gazetteer.place(named: tokens[range.lowerBound].text) == nil),
            // (`Committee chairman`, `Premiership player`: a body's head or an event's word alone.)
            range.count > 1 || !Self.isHeadWord(tokens[range.lowerBound]),
            // The lexicon's or the gazetteer's kind stands (`Bath` is also a party's spelling there).
            knownEvidence(range, in: paragraph) == nil, knownOrganization(range, in: paragraph) == nil
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }

    /// `Diminutive scrum-half …`, `In-form Vesk …`: a word of English or one joined by a hyphen to a
    /// lowercase word, opening the sentence, describes the one named after it and names nothing itself.
    static func opensWithDescription(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        guard range.lowerBound == sentence.lowerBound else { return false }
        let first = tokens[range.lowerBound]
        return EnglishWords.bundled.partOfSpeech(of: first.lower) != nil || joinsLowercaseWord(first)
    }

    /// `In-form`, `Under-pressure`: a word joined by a hyphen to a lowercase word (a name's parts are
    /// capitalised: `Neath-Swansea`).
    static func joinsLowercaseWord(_ token: Token) -> Bool {
        token.text.split(separator: "-").dropFirst().first?.first?.isLowercase == true
    }

    /// A generic head, a role's modifier or an event's word: a word that names nothing alone.
    static func isHeadWord(_ token: Token) -> Bool {
        EnglishLexicon.organizationHeads.contains(token.text) || EntityLexicon.genericHeads.contains(token.lower)
            || EntityLexicon.roleModifiers.contains(token.text) || EntityLexicon.workHeads.contains(token.text)
    }

    /// Words for a club's players, staff and fans, after its name: `Vesk striker`, `Vesk boss`.
    static let clubRoleNouns: WordSet = [
        "striker", "strikers", "midfielder", "midfielders", "defender", "defenders", "goalkeeper", "goalkeepers",
        "keeper", "winger", "wingers", "boss", "manager", "skipper", "captain", "full-back", "fly-half",
        "scrum-half", "centre-back", "centre-half", "flanker", "playmaker", "stalwart", "team-mate", "team-mates",
        "youngster", "chairman", "left-back", "right-back", "wing-back", "centre-forward",
    ]
    /// Words that name a club's player or staff only before the one named (`Vesk coach Ann Roe`, `Vesk centre
    /// Tom Hale`; not `a Vesk coach station`, `the Vesk centre`).
    static let clubRoleNounsBeforeName: WordSet = ["coach", "centre", "wing", "prop", "lock", "hooker", "forward"]
    /// Words that say a club only after `the` and a town's name: `the Vesk side` (`the Vesk team` is as
    /// often a team of researchers there).
    static let clubBodyNouns: WordSet = ["side", "squad", "line-up"]
    /// Words after a town's name that say its club there: its fans (a club's players say so too).
    static let clubFollowersOfTown: WordSet = ["fans", "supporters"]

    /// Whether a word for a club's player or staff follows `range` (`Vesk striker`, `Vesk coach Ann Roe`);
    /// `town`: the name is a town's, which may also take `'s` before the word (`Vesk's striker`: a person's
    /// name takes it as often, `Roe's players`), its side, its fans or a match (`the Vesk side`, `Vesk fans`,
    /// `Vesk v Hull`).
    static func clubRoleFollows(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>, town: Bool) -> Bool {
        var k = range.upperBound
        if town, k < sentence.upperBound, tokens[k].lower == "'s" { k += 1 }
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].startsLowercase else { return false }
        let word = tokens[k].lower
        let nameFollows = k + 1 < sentence.upperBound && tokens[k + 1].isCapitalized && tokens[k + 1].isWord
        if clubRoleNouns.contains(word) { return true }
        if clubRoleNounsBeforeName.contains(word), nameFollows, k == range.upperBound { return true }
        guard town, k == range.upperBound else { return false }
        // (Only a town's: `the Brazilian team` is a nation's.)
        if clubBodyNouns.contains(word), range.lowerBound > sentence.lowerBound,
            tokens[range.lowerBound - 1].lower == "the"
        {
            return true
        }
        if clubFollowersOfTown.contains(word) { return true }
        // `Vesk v Hull`: a fixture.
        return ["v", "vs"].contains(word) && nameFollows
    }

    /// Words that end a competition's name: `the Kelvar Cup`, `the Champions League`, `the Premiership`.
    static let competitionHeads: WordSet = ["Cup", "League", "Trophy", "Premiership"]
    /// Nouns of a game's result, before `at` and the home side's name: `a 2-1 win at Vesk`.
    static let resultNouns: WordSet = ["win", "victory", "defeat", "draw", "loss"]
    /// Words after `to join Vesk` that leave the town a club the player moves to: `from`, `until` (or the
    /// sentence's end, or `on loan`; `to join Vesk in condemning …`, `to join Vesk, Tarn and Hull in …` may
    /// be a city's government).
    static let wordsAfterJoinedClub: WordSet = ["from", "until"]
    /// Words of a player's transfer, one of which a sentence with `to join Vesk` must hold: `signed a deal to
    /// join Vesk`, `to join Vesk on loan`.
    static let transferWords: WordSet = [
        "loan", "deal", "fee", "signed", "signing", "move", "contract", "transfer",
    ]
    /// Words of a game or a club, one of which (or a score) a sentence must hold for a town before a
    /// competition's name to be its club (`the squad face Vesk in the Kelvar Cup`): a club's body, its
    /// players' positions and these.
    static let sportsSentenceWords: WordSet = clubBodyNouns.union([
        "club", "clubs", "fixture", "fixtures", "match", "matches", "game", "games", "team", "player", "players",
        "striker", "strikers", "midfielder", "defender", "goalkeeper", "winger", "goal", "goals", "season",
        "manager", "coach", "final", "semi-final", "quarter-final",
    ])
    /// Capitalised words right before `League` that make it a body of states or parties, not a game's
    /// competition: `the Arab League`, `the Awami League`, `the Ivy League`.
    static let wordsBeforeNonSportsLeague: WordSet = ["Arab", "Muslim", "Awami", "Ivy"]

    /// A town's name as its club in a competition or a transfer, whatever the words after it (see
    /// ``clubRoleFollows(_:in:sentence:town:)`` for those): `… meet Vesk in the Kelvar Cup` (a competition's name
    /// after `in the`, in a sentence of a game; not `play at Vesk in the Kelvar League`, a ground or a town the
    /// game is at), `… to join Vesk.` (the sentence's end, `on loan`, `from` or `until` after it, in a sentence
    /// of a transfer), `the Kelvar Cup defeat at Vesk`, `a 2-1 win at
    /// Vesk` (a result at its ground, after a competition or a game's score; not `a 6-4 6-3 win at Vesk`, a
    /// tennis match's sets in the town).
    static func clubCueAround(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let end = range.upperBound, start = range.lowerBound
        if end + 2 < sentence.upperBound, tokens[end].lowerIs("in"), tokens[end + 1].lowerIs("the"),
            !Self.word(oneOf: ["at", "in"], orWithTheBefore: start, in: tokens, from: sentence.lowerBound)
        {
            var k = end + 2
            while k < min(end + 6, sentence.upperBound), tokens[k].isWord, tokens[k].isCapitalized {
                if competitionHeads.contains(tokens[k].text) {
                    return isSportsCompetition(at: k, in: tokens, from: end + 2, sentence: sentence)
                }
                k += 1
            }
        }
        if start - 2 >= sentence.lowerBound, tokens[start - 2].lowerIs("to"), tokens[start - 1].lowerIs("join") {
            // `to join Vesk.`, `to join Vesk on loan`, `… from Tarn`, `… until May`, in a sentence of a transfer.
            let endsSentence =
                end == sentence.upperBound
                || end + 1 == sentence.upperBound && tokens[end].lowerIs(oneOf: [".", "!", "?"])
            let onLoan = end + 1 < sentence.upperBound && tokens[end].lowerIs("on") && tokens[end + 1].lowerIs("loan")
            guard endsSentence || onLoan || wordsAfterJoinedClub.contains(lowerOf: tokens[end]) else { return false }
            return sentence.contains(where: { transferWords.contains(lowerOf: tokens[$0]) })
        }
        guard start - 3 >= sentence.lowerBound, tokens[start - 1].lowerIs("at"),
            resultNouns.contains(tokens[start - 2].lower)
        else { return false }
        let before = start - 3
        if competitionHeads.contains(tokens[before].text) { return true }
        // `2-1 win`: a score ending right before the noun, no set's score before it.
        guard before - 2 >= sentence.lowerBound, score(at: before - 2, in: tokens, limit: start) else { return false }
        let previous = before - 3
        return !(previous - 2 >= sentence.lowerBound && score(at: previous - 2, in: tokens, limit: start))
            && !(previous - 3 >= sentence.lowerBound && tokens[previous].isPunctuation(",")
                && score(at: previous - 3, in: tokens, limit: start))
    }

    /// Whether the competition's last word at `head` (its name opening at `first`) is a game's and its sentence
    /// speaks of a game: a score or a word of a club or a game in it (not `suspend Vesk in the Arab League`,
    /// `a seat in the League of Mayors`).
    static func isSportsCompetition(at head: Int, in tokens: [Token], from first: Int, sentence: Range<Int>) -> Bool {
        if tokens[head].text == "League" {
            if head > first, wordsBeforeNonSportsLeague.contains(tokens[head - 1].text) { return false }
            if head + 1 < sentence.upperBound, tokens[head + 1].lowerIs(oneOf: ["for", "of"]) { return false }
        }
        return sentence.contains(where: {
            sportsSentenceWords.contains(lowerOf: tokens[$0]) || score(at: $0, in: tokens, limit: sentence.upperBound)
        })
    }

    /// Words of a vote, whose counts read like scores.
    static let voteWords: WordSet = ["vote", "votes", "voting", "voted", "ballot", "ballots", "poll", "polls"]

    /// What the words around `range` say of a team: `the` and a plural with a result or a record beside
    /// it, or a result verb and a score.
    private func teamContext(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Evidence? {
        let the = range.lowerBound > sentence.lowerBound && tokens[range.lowerBound - 1].lower == "the"
        let last = tokens[range.upperBound - 1].lower
        if the, last.hasSuffix("s"), !last.hasSuffix("ss") {
            // `the Owls (3-4)`, `the Hawks beat`, `lost to the Owls`, `a win over the Owls`, `the Owls 5-4`.
            if Self.recordFollows(range.upperBound, in: tokens, limit: sentence.upperBound)
                || resultFollows(range.upperBound, in: tokens, limit: sentence.upperBound, sportsOnly: true) != nil
                || resultPrecedes(range.lowerBound - 1, in: tokens, from: sentence.lowerBound, sportsOnly: true)
                || resultWithScoreFollows(range, in: tokens, sentence: sentence)
                || Self.winOverPrecedes(range.lowerBound - 1, in: tokens, from: sentence.lowerBound)
                || Self.singleScore(at: range.upperBound, in: tokens, limit: sentence.upperBound)
                    && !sentence.contains(where: { Self.voteWords.contains(tokens[$0].lower) })
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            return nil
        }
        guard !the else { return nil }
        // `Kelvar 2-1 Dornholm`, `Kelvar 4, Dornholm 1:`: a side of a score line.
        if let sides = scoreLineSides(sentence, in: tokens), sides.0 == range || sides.1 == range {
            return Evidence(kind: .organization, weight: Evidence.structure)
        }
        // `Tarn beat Vesk 3-1`: the subject, a result verb, the other side and a score after it.
        if resultWithScoreFollows(range, in: tokens, sentence: sentence) {
            return Evidence(kind: .organization, weight: Evidence.structure)
        }
        // `… lost to Vesk 3-1`: the other side, then the score.
        if resultPrecedes(range.lowerBound, in: tokens, from: sentence.lowerBound),
            Self.singleScore(at: range.upperBound, in: tokens, limit: sentence.upperBound)
        {
            return Evidence(kind: .organization, weight: Evidence.structure)
        }
        return nil
    }

    /// Whether `win over` or `victory over` ends right before `k` (`a 3-1 win over the Owls`).
    static func winOverPrecedes(_ k: Int, in tokens: [Token], from start: Int) -> Bool {
        k - 2 >= start && tokens[k - 1].lowerIs("over")
            && tokens[k - 2].lowerIs(oneOf: ["win", "wins", "victory", "victories"])
    }

    /// Where the other side starts when a result verb follows at `k` (`beat`, `lost to`); nil otherwise.
    /// `sportsOnly`: only a verb that says a game alone.
    private func resultFollows(_ k: Int, in tokens: [Token], limit: Int, sportsOnly: Bool = false) -> Int? {
        guard k < limit, tokens[k].isWord else { return nil }
        let (verbs, verbsBeforePreposition) = Self.resultVerbs(sportsOnly: sportsOnly)
        if verbs.contains(tokens[k].text) { return k + 1 }
        if verbsBeforePreposition.contains(tokens[k].text), k + 1 < limit,
            ["to", "with"].contains(tokens[k + 1].text)
        {
            return k + 2
        }
        return nil
    }

    /// Whether a result verb, the other side and a score follow `range`: `Tarn topped Vesk 3-1`.
    private func resultWithScoreFollows(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        guard let other = resultFollows(range.upperBound, in: tokens, limit: sentence.upperBound) else { return false }
        var end = other
        if end < sentence.upperBound, tokens[end].lower == "the" { end += 1 }
        let start = end
        while end < min(start + 3, sentence.upperBound), tokens[end].isNamePart { end += 1 }
        return end > start && Self.singleScore(at: end, in: tokens, limit: sentence.upperBound)
    }

    /// Whether a result verb (`beat`, `lost to`) ends right before `k`.
    private func resultPrecedes(_ k: Int, in tokens: [Token], from start: Int, sportsOnly: Bool = false) -> Bool {
        guard k - 1 >= start, tokens[k - 1].isWord else { return false }
        let (verbs, verbsBeforePreposition) = Self.resultVerbs(sportsOnly: sportsOnly)
        if verbs.contains(tokens[k - 1].text) { return true }
        return k - 2 >= start && ["to", "with"].contains(tokens[k - 1].text)
            && verbsBeforePreposition.contains(tokens[k - 2].text)
    }

    /// The result verbs and those before `to`/`with`: all, or only those that say a game alone.
    private static func resultVerbs(sportsOnly: Bool) -> (WordSet, WordSet) {
        sportsOnly
            ? (sportsResultVerbs, sportsResultVerbsBeforePreposition) : (resultVerbs, resultVerbsBeforePreposition)
    }

    /// A score at `k`: two numbers of one to three digits joined by a hyphen or a dash (`3-1`, `78–74`).
    static func score(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k + 2 < min(limit, tokens.count) else { return false }
        let a = tokens[k], dash = tokens[k + 1], b = tokens[k + 2]
        return a.isNumber && a.text.utf8.count <= 3 && (dash.isPunctuation("-") || dash.isPunctuation("–"))
            && !dash.spaceBefore && b.isNumber && !b.spaceBefore && b.text.utf8.count <= 3
    }

    /// A score at `k` that no second score or tie-break follows: a game's, not a tennis match's sets
    /// (`6-4, 6-3`, `7-6 (7-2) 6-4`).
    static func singleScore(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard score(at: k, in: tokens, limit: limit) else { return false }
        var next = k + 3
        if next < limit, tokens[next].isPunctuation(",") || tokens[next].isPunctuation("(") { next += 1 }
        return !score(at: next, in: tokens, limit: limit)
    }

    /// `(3-4)`, `(10-2-1)`: a win-loss record in parentheses at `k`.
    static func recordFollows(_ k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k + 4 < limit, tokens[k].isPunctuation("("), score(at: k + 1, in: tokens, limit: limit) else {
            return false
        }
        if tokens[k + 4].isPunctuation(")") { return true }
        return k + 6 < limit && tokens[k + 4].isPunctuation("-") && tokens[k + 5].isNumber
            && tokens[k + 6].isPunctuation(")")
    }
}

extension EntityExtractor {
    /// Team evidence across the article: `Roe beat Hale 5-3` beside `Ann Roe` names a player (snooker,
    /// tennis, darts), not a team, so a one-word side that is a word of a person's name loses it; and
    /// `Penn State` cut to the place `Penn` elsewhere is the team again once a result names it whole.
    func teamsAcrossArticle(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var candidates = townClubsAcrossArticle(consume input, in: article)
        // Sides of results named by a score (rare: found before any article-wide set is made).
        var sides: [Int] = []
        for i in candidates.indices
        where candidates[i].kind == .organization && candidates[i].evidence?.weight == Evidence.structure {
            let paragraph = article.paragraphs[candidates[i].paragraph]
            guard let sentence = paragraph.sentence(holding: candidates[i].tokens.lowerBound),
                teamEvidence(candidates[i].tokens, in: paragraph, sentence: sentence) != nil
            else { continue }
            sides.append(i)
        }
        guard !sides.isEmpty else { return candidates }
        let personWords = Self.personNameWords(candidates)
        var teams = Set<String>()
        for i in sides {
            if candidates[i].tokens.count == 1, personWords.contains(candidates[i].name) {
                candidates[i].evidence = nil
            } else if candidates[i].tokens.count >= 2 {
                teams.insert(candidates[i].name)
            }
        }
        guard !teams.isEmpty else { return candidates }
        for i in candidates.indices where candidates[i].kind == .place {
            let tokens = article.paragraphs[candidates[i].paragraph].tokens
            let end = candidates[i].tokens.upperBound
            guard end < tokens.count, tokens[end].isCapitalized else { continue }
            let whole = candidates[i].name + " " + tokens[end].text
            guard teams.contains(whole) else { continue }
            candidates[i].name = whole
            candidates[i].tokens = candidates[i].tokens.lowerBound..<(end + 1)
            candidates[i].evidence = Evidence(kind: .organization, weight: Evidence.structure)
            candidates[i].aliases.removeAll { $0 == whole }
        }
        return candidates
    }

    /// `Leeds beat Hull 3-0` makes the town's name its club's across the article, unless the article also
    /// writes it as a place (`a flat in Leeds`): then the result's side gives way to the town (one entity
    /// per name, and an article that says `in Leeds` speaks of the town).
    private func townClubsAcrossArticle(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var candidates = consume input
        var clubs: [Int] = []
        for i in candidates.indices
        where candidates[i].kind == .organization && candidates[i].evidence?.weight == Evidence.business
            && candidates[i].tokens.count <= 2
        {
            let paragraph = article.paragraphs[candidates[i].paragraph]
            guard let sentence = paragraph.sentence(holding: candidates[i].tokens.lowerBound),
                clubNamedForTown(
                    candidates[i].tokens, evidence: Evidence(kind: .place, weight: Evidence.known), in: paragraph,
                    sentence: sentence) != nil
            else { continue }
            clubs.append(i)
        }
        guard !clubs.isEmpty else { return candidates }
        let names = Set(clubs.map { candidates[$0].name })
        var writtenAsPlace = Set<String>()
        let clubMentions = Set(clubs)
        for (i, candidate) in candidates.enumerated()
        where names.contains(candidate.name) && candidate.tokens.lowerBound > 0 && !clubMentions.contains(i) {
            let before = article.paragraphs[candidate.paragraph].tokens[candidate.tokens.lowerBound - 1]
            if EntityLexicon.placePrepositions.contains(before.lower) { writtenAsPlace.insert(candidate.name) }
        }
        for i in clubs where writtenAsPlace.contains(candidates[i].name) {
            candidates[i].evidence = Evidence(kind: .organization, weight: Evidence.structure)
        }
        return candidates
    }
}
