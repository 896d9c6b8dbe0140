/// A team's line-up in wire copy, players by surname alone: `Italy - Peruzzi ; Ferrara , Costacurta ,
/// Maldini , Nesta ; Di Matteo , Zola ( 75 Casiraghi ) .` — the team before a dash or a colon, then
/// names of one to three capitalised words split by commas and semicolons, a substitute in parentheses
/// after the player replaced. A bowling line lists bowlers the same way, each with figures: `Bowling :
/// Ambrose 12-3-30-1 , Walsh 10-2-25-1 , Bishop 8-1-22-0`. The layout, not the words, says they are
/// people (a surname may be a town's name too); a list naming a country or a known organisation is none.
extension EntityExtractor {
    /// The label of a scorecard's bowling line.
    static let bowlingLabel = "Bowling"
    /// Labels of a squad's players (`Subs : …`): the list names players whatever their surnames.
    static let squadLabels: WordSet = ["Subs", "Substitutes", "Replacements", "Reserves", "Bench", "Squad"]

    /// The players a line-up or a bowling line names, and the team before the dash (a country is a
    /// place, another name a club); empty for any other sentence.
    func lineUpPlayers(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, runs: [Range<Int>]
    ) -> [Candidate] {
        let tokens = paragraph.tokens
        let end = sentence.upperBound
        guard let label = runs.first, label.lowerBound == sentence.lowerBound, label.count <= 3,
            label.upperBound < end, ["-", ":"].contains(tokens[label.upperBound].text)
        else { return [] }
        let bowling = label.count == 1 && tokens[label.lowerBound].text == Self.bowlingLabel
        var players: [Range<Int>] = []
        var items = 0, figured = 0
        var next = 1
        var k = label.upperBound + 1
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
            // `Zola ( 75 Casiraghi )`: the substitute and the minute he came on.
            if k < end, tokens[k].isPunctuation("(") {
                var j = k + 1
                while j < end, j <= k + 6, !tokens[j].isPunctuation(")") {
                    if tokens[j].isNumber {
                        j += 1
                        continue
                    }
                    guard next < runs.count, runs[next].lowerBound == j, runs[next].count <= 3 else { return [] }
                    players.append(runs[next])
                    j = runs[next].upperBound
                    next += 1
                }
                guard j < end, tokens[j].isPunctuation(")") else { return [] }
                k = j + 1
            }
            guard k < end, [",", ";"].contains(tokens[k].text) else { break }
            k += 1
        }
        let last = k < end && tokens[k].isPunctuation(".") ? k + 1 : k
        guard last == end, next == runs.count,
            bowling ? items >= 3 && figured == items : items >= 5 && figured == 0
        else { return [] }
        // A list of countries or of known organisations (`Qualified - Italy , Spain , …`) is no line-up;
        // nor is one where over a third of the names are places or plain words (`Venues : Wembley , Cardiff , …`,
        // `Sections - News , Sport , Weather , …`), unless its label is a squad's (`Subs :`): a surname
        // may be a town's or a word (`Weir`, `Little`), not most of a team's.
        var unlikely = 0
        for player in players {
            let written = paragraph.text(of: player)
            let place = gazetteer.place(named: written)
            if place?.kind == .country || EntityLexicon.knownOrganizations[written] != nil { return [] }
            if place != nil
                || player.count == 1 && EnglishWords.bundled.partOfSpeech(of: tokens[player.lowerBound].lower) != nil
            {
                unlikely += 1
            }
        }
        let squad = label.count == 1 && Self.squadLabels.contains(tokens[label.lowerBound].text)
        guard squad || unlikely * 3 <= players.count else { return [] }
        var names = players.map { wireCandidate($0, kind: .person, weight: Evidence.cue, in: paragraph) }
        if !bowling, let team = lineUpTeam(label, in: paragraph) { names.insert(team, at: 0) }
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
