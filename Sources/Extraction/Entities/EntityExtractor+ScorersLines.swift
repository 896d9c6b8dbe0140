/// A match report's scorers line in wire copy: `Scorers : Vessa - Tarvo 23 , Lenz 67 ; Kelvar - Moss 80`,
/// `Kelvar - Tarvo ( 23rd minute )`, `Tarvo 23rd , Lenz 67th pen`. Each name before the minutes it was
/// scored in is a player, a person; a name before a dash is the side (a country a place, another name
/// a club, as a line-up's team is read). The minutes, not the words, say who the names are: a lone
/// name with its minute needs the label or the side before it.
extension EntityExtractor {
    /// Labels that open a scorers line.
    static let scorersLabels: WordSet = ["Scorers", "Scorer", "Goalscorers", "Goalscorer"]

    /// Lowercase words a minute may carry: an ordinal's ending, `minute`, a penalty or an own goal.
    static let minuteWords: WordSet = [
        "st", "nd", "rd", "th", "min", "mins", "minute", "minutes", "pen", "penalty", "og",
    ]

    /// A scorers line's layout: the side before a dash (if any) and the players before their minutes.
    struct ScorersLine {
        var sides: [Range<Int>] = []
        var players: [Range<Int>] = []
    }

    /// The sides and players of `sentence` when it is laid out as a scorers line; nil for any other
    /// sentence (a results line `Kelvar 2 Vessa 1` has no comma between its items, a table row more
    /// numbers than minutes). Stops at the first token out of place, so prose costs a few tokens.
    static func scorersLine(_ sentence: Range<Int>, in tokens: [Token]) -> ScorersLine? {
        let end = sentence.upperBound
        var k = sentence.lowerBound
        var line = ScorersLine()
        var labelled = false
        if k + 1 < end, tokens[k].isWord, scorersLabels.contains(tokens[k].text), tokens[k + 1].isPunctuation(":") {
            labelled = true
            k += 2
        }
        while k < end {
            // A name of one to three capitalised words (a particle between them).
            guard let name = nameRun(at: k, in: tokens, limit: end) else { return nil }
            k = name.upperBound
            if k < end, ["-", ":"].contains(tokens[k].text) {
                line.sides.append(name)
                k += 1
                continue
            }
            guard let after = minutes(from: k, in: tokens, limit: end) else { return nil }
            line.players.append(name)
            k = after
            if k < end, [",", ";"].contains(tokens[k].text) {
                k += 1
                guard k < end else { return nil }
            } else if k < end, tokens[k].isPunctuation("."), k + 1 == end {
                k += 1
            } else if k < end {
                return nil
            }
        }
        // (Two or more players with their minutes need no label: `Roe 1, Tarvo 10.` under a match report.
        // A result written with commas, `Kelvar 2 , Vessa 1`, reads the same way: a player the gazetteer knows
        // as a country or the lexicon as an organisation makes the line none in ``scorersLineNames(in:sentence:)``.)
        guard !line.players.isEmpty, labelled || !line.sides.isEmpty || line.players.count >= 2 else { return nil }
        return line
    }

    /// `Tarvo`, `Van Dalen`, `Jan de Witt`: a run of up to three capitalised words at `k` (`of` and `for`
    /// join no name: `Roe for Tarvo ( 57 )` is a substitution).
    private static func nameRun(at k: Int, in tokens: [Token], limit: Int) -> Range<Int>? {
        guard k < limit, tokens[k].isWord, tokens[k].isCapitalized else { return nil }
        var end = k + 1
        while end < limit, end - k < 4 {
            if tokens[end].isWord, tokens[end].isCapitalized {
                end += 1
            } else if end + 1 < limit, tokens[end].isWord, EnglishLexicon.nameParticles.contains(tokens[end].text),
                tokens[end].text != "of", tokens[end].text != "for", tokens[end + 1].isWord,
                tokens[end + 1].isCapitalized
            {
                end += 2
            } else {
                break
            }
        }
        guard end - k <= 3 else { return nil }
        return k..<end
    }

    /// `23`, `23rd`, `23rd minute`, `( 23rd , 67th pen )`, `23 , 67` (before the next name): the minutes
    /// after a player; the index after them, or nil when no minute stands at `k`.
    private static func minutes(from k: Int, in tokens: [Token], limit: Int) -> Int? {
        var k = k
        let bracketed = k < limit && tokens[k].isPunctuation("(")
        if bracketed { k += 1 }
        var count = 0
        while k < limit, isMinute(tokens[k]) {
            count += 1
            k += 1
            while k < limit, tokens[k].isWord, minuteWords.contains(tokens[k].text) { k += 1 }
            // Another minute of the same player: a comma, then a number (not the next name).
            guard k + 1 < limit, tokens[k].isPunctuation(","), isMinute(tokens[k + 1]) else { break }
            k += 1
        }
        guard count > 0 else { return nil }
        if bracketed {
            guard k < limit, tokens[k].isPunctuation(")") else { return nil }
            k += 1
        }
        return k
    }

    /// A minute of a match: a whole number of one to three digits.
    private static func isMinute(_ token: Token) -> Bool {
        token.isNumber && token.text.utf8.count <= 3 && token.text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// The players of a scorers line as people, and its sides as a line-up's team is read.
    func scorersLineNames(in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> [Candidate]? {
        guard let line = Self.scorersLine(sentence, in: paragraph.tokens) else { return nil }
        var names = line.sides.compactMap { lineUpTeam($0, in: paragraph) }
        // A side's name written again as a player's is no player.
        let sides = Set(line.sides.map { paragraph.text(of: $0) })
        for player in line.players where !sides.contains(paragraph.text(of: player)) {
            let written = paragraph.text(of: player)
            guard gazetteer.place(named: written)?.kind != .country, EntityLexicon.knownOrganizations[written] == nil
            else { return nil }
            names.append(wireCandidate(player, kind: .person, weight: Evidence.cue, in: paragraph))
        }
        return names.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
