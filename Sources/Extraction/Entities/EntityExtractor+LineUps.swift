/// A team's line-up in wire copy, players by surname alone: `Italy - Peruzzi ; Ferrara , Costacurta ,
/// Maldini , Nesta ; Di Matteo , Zola ( 75 Casiraghi ) .` — the team before a dash or a colon, then
/// names of one to three capitalised words split by commas and semicolons, a substitute in parentheses
/// after the player replaced (`( 75 Casiraghi )` or `(Casiraghi 75)`). A bowling line lists bowlers the
/// same way, each with figures: `Bowling : Ambrose 12-3-30-1 , Walsh 10-2-25-1 , Bishop 8-1-22-0`. A squad's
/// line may be short and say its players did not play (`Subs not used: Tarvel, Oskin.`). A match report
/// that drops the team's name keeps the players as a paragraph of their own (`Vessan, Orrick (Tamber 70),
/// …, Kelmor.`): seven names or more open it, a line-up's length. The layout, not the words, says they are
/// people (a surname may be a town's name too); a list naming a country or a known organisation is none.
extension EntityExtractor {
    /// The label of a scorecard's bowling line.
    static let bowlingLabel = "Bowling"
    /// Labels of a squad's players (`Subs : …`): the list names players whatever their surnames.
    static let squadLabels: WordSet = ["Subs", "Substitutes", "Replacements", "Reserves", "Bench", "Squad"]

    /// The fewest names of a line-up without its team's name before it: a side's starting players or
    /// a rugby squad's replacements, never a short list of anything else.
    static let unlabelledLineUpLength = 7

    /// Where the names of a squad's line start (past `Subs :`, `Subs Not Used :`, `Substitutes not used -`);
    /// nil for any other sentence.
    static func squadListStart(_ sentence: Range<Int>, in tokens: [Token]) -> Int? {
        let first = sentence.lowerBound
        guard first < sentence.upperBound, tokens[first].isWord, squadLabels.contains(tokens[first].text) else {
            return nil
        }
        var k = first + 1
        if k + 1 < sentence.upperBound, tokens[k].lower == "not", tokens[k + 1].lower == "used" { k += 2 }
        guard k + 1 < sentence.upperBound, [":", "-"].contains(tokens[k].text) else { return nil }
        return k + 1
    }

    /// `Subs not used : Tarvel , Oskin .`: a squad's line whose only lowercase words are its label's.
    static func isSquadLine(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        guard let start = squadListStart(sentence, in: tokens) else { return false }
        return !(start..<sentence.upperBound).contains { tokens[$0].isWord && tokens[$0].startsLowercase }
    }

    /// The players a line-up, a squad's line or a bowling line names, and the team before the dash (a
    /// country is a place, another name a club); empty for any other sentence.
    func lineUpPlayers(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, runs: [Range<Int>]
    ) -> [Candidate] {
        let tokens = paragraph.tokens
        let end = sentence.upperBound
        var label: Range<Int>?
        var k: Int
        let squadStart = Self.squadListStart(sentence, in: tokens)
        if let squadStart {
            k = squadStart
        } else if let first = runs.first, first.lowerBound == sentence.lowerBound, first.count <= 3,
            first.upperBound < end, ["-", ":"].contains(tokens[first.upperBound].text)
        {
            label = first
            k = first.upperBound + 1
        } else if sentence.lowerBound == 0,
            end == tokens.count || Self.squadListStart(end..<tokens.count, in: tokens) != nil
        {
            // A paragraph of names alone (a squad's line may follow it).
            k = sentence.lowerBound
        } else {
            return []
        }
        let squad =
            squadStart != nil
            || label.map { $0.count == 1 && Self.squadLabels.contains(tokens[$0.lowerBound].text) } ?? false
        let unlabelled = squadStart == nil && label == nil
        let bowling = label.map { $0.count == 1 && tokens[$0.lowerBound].text == Self.bowlingLabel } ?? false
        var players: [Range<Int>] = []
        var items = 0, figured = 0
        var next = runs.firstIndex { $0.lowerBound >= k } ?? runs.count
        while next < runs.count, runs[next].lowerBound == k, runs[next].count <= 3 {
            players.append(runs[next])
            items += 1
            k = runs[next].upperBound
            next += 1
            // `Ambrose 12-3-30-1`: a bowler's figures.
            if k < end, tokens[k].isNumber {
                figured += 1
                k += 1
                while k + 1 < end, tokens[k].isPunctuation("-"), tokens[k + 1].isNumber { k += 2 }
            }
            // `Zola ( 75 Casiraghi )`: the substitute and the minute he came on. Without its label, or in a
            // squad's line, a name in parentheses with no minute (`Tarvel (Kelmshire)`) is a club's or a
            // county's: no line-up of players.
            if k < end, tokens[k].isPunctuation("(") {
                var j = k + 1
                var minute = false
                while j < end, j <= k + 6, !tokens[j].isPunctuation(")") {
                    if tokens[j].isNumber {
                        minute = true
                        j += 1
                        continue
                    }
                    guard next < runs.count, runs[next].lowerBound == j, runs[next].count <= 3 else { return [] }
                    players.append(runs[next])
                    j = runs[next].upperBound
                    next += 1
                }
                guard j < end, tokens[j].isPunctuation(")"), minute || label != nil else { return [] }
                k = j + 1
            }
            guard k < end, [",", ";"].contains(tokens[k].text) else { break }
            k += 1
        }
        let last = k < end && tokens[k].isPunctuation(".") ? k + 1 : k
        let fewest = bowling ? 3 : squad ? 1 : unlabelled ? Self.unlabelledLineUpLength : 5
        guard last == end, next == runs.count, items >= fewest, bowling ? figured == items : figured == 0 else {
            return []
        }
        // A list of countries or of known organisations (`Qualified - Italy , Spain , …`) is no line-up;
        // nor is one where over a third of the names are places or plain words (`Venues : Wembley , Cardiff , …`,
        // `Sections - News , Sport , Weather , …`), unless its label is a squad's (`Subs :`): a surname
        // may be a town's or a word (`Weir`, `Little`), not most of a team's.
        var unlikely = 0, plainWords = 0
        for player in players {
            let written = paragraph.text(of: player)
            let place = gazetteer.place(named: written)
            if place?.kind == .country || EntityLexicon.knownOrganizations[written] != nil { return [] }
            if place != nil
                || player.count == 1 && EnglishWords.bundled.partOfSpeech(of: tokens[player.lowerBound].lower) != nil
            {
                unlikely += 1
            }
            if player.count == 1, EnglishWords.bundled.partOfSpeech(of: tokens[player.lowerBound].lower) != nil {
                plainWords += 1
            }
        }
        // A short squad's line (`Subs : None .`) is read only when none of its names is a plain word.
        guard squad ? players.count >= 3 || plainWords == 0 : unlikely * 3 <= players.count else { return [] }
        var names = players.map { wireCandidate($0, kind: .person, weight: Evidence.cue, in: paragraph) }
        if !bowling, !squad, let label, let team = lineUpTeam(label, in: paragraph) { names.insert(team, at: 0) }
        return names
    }

    /// `Italy -` opening a line-up: a country is a place, a name the gazetteer does not know a club; any
    /// other place (`England`, a region, or a town its club is named after) is left to what the article
    /// says of it elsewhere, and a common word (`Substitutes -`, `Squad :`) names no team.
    func lineUpTeam(_ label: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Candidate? {
        let tokens = paragraph.tokens
        let name = Self.foldedCapitals(label, in: paragraph) ?? paragraph.text(of: label)
        if let place = gazetteer.place(named: name) {
            return Self.isNationalSide(place) ? wireCandidate(label, kind: .place, in: paragraph) : nil
        }
        guard !label.contains(where: { EnglishWords.bundled.partOfSpeech(of: tokens[$0].lower) != nil }) else {
            return nil
        }
        return wireCandidate(label, kind: .organization, weight: Evidence.business, in: paragraph)
    }
}
