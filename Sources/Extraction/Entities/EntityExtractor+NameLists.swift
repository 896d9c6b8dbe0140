/// Lines of wire copy that list people, a squad or a line-up in title case: `Goalkeepers - Gianluca
/// Bruni , Marco Fontana .`: names of two to four words split by commas or semicolons, after an
/// optional label and its dash or colon, most of them opening with a given name. A leaderboard's row
/// opens with the score its players share instead (`67 Tarquin Ashby , Colm Dunleavy ( Ireland )`):
/// one player is enough there, told by a given name or a country in parentheses.
extension EntityExtractor {
    /// The people (and the countries in parentheses after them) a list line names; empty for any other
    /// sentence.
    func listedPeople(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, runs: [Range<Int>]
    ) -> [Candidate] {
        let tokens = paragraph.tokens
        var next = runs.startIndex
        var k = sentence.lowerBound
        // `Goalkeepers -`, `Squad :`: a label before the list.
        if let label = runs.first, label.lowerBound == k, label.upperBound < sentence.upperBound,
            ["-", ":"].contains(tokens[label.upperBound].text)
        {
            k = label.upperBound + 1
            next += 1
        }
        // `67 Tarquin Ashby ,`: a score the row's players share, right before the first name; `7 - Jan
        // Rostow ( Kelvar )`: a count of goals and a dash, as leading scorers are listed.
        let dashed =
            k == sentence.lowerBound && k + 2 < sentence.upperBound && tokens[k].isNumber
            && tokens[k + 1].isPunctuation("-")
        let scored =
            k == sentence.lowerBound && k + 1 < sentence.upperBound && tokens[k].isNumber
            && Self.isScore(tokens[k].text) && next < runs.count && runs[next].lowerBound == k + (dashed ? 2 : 1)
        if scored { k += dashed ? 2 : 1 }
        var people: [Range<Int>] = []
        var countries: [Range<Int>] = []
        var clubs: [Candidate] = []
        var fromCountries = 0
        // (A one-word player only in a scored row, before the club or country in parentheses: `5 - Tarvelli ( Maresk )`.)
        func bracketFollows(_ item: Range<Int>) -> Bool {
            item.upperBound + 2 < sentence.upperBound && tokens[item.upperBound].isPunctuation("(")
        }
        while next < runs.count, runs[next].lowerBound == k,
            (2...4).contains(runs[next].count) || scored && runs[next].count == 1 && bracketFollows(runs[next])
        {
            let item = runs[next]
            people.append(item)
            next += 1
            k = item.upperBound
            // `Anna Berg ( Norway )`: where the player comes from.
            if k + 2 < sentence.upperBound, tokens[k].isPunctuation("("), next < runs.count,
                runs[next].lowerBound == k + 1, runs[next].upperBound < sentence.upperBound,
                tokens[runs[next].upperBound].isPunctuation(")")
            {
                let place = gazetteer.place(named: paragraph.text(of: runs[next]))
                if place.map(Self.isNationalSide) ?? false {
                    countries.append(runs[next])
                } else if scored, runs[next].count <= 3 {
                    // `7 - Jan Rostow ( Kelvar )`: in a scored row, the club the player scores for (a town
                    // or a word the club is named after is left to what the article says of it).
                    if let club = lineUpTeam(runs[next], in: paragraph), club.kind == .organization {
                        clubs.append(club)
                    }
                } else {
                    break
                }
                if !isGivenName(tokens[item.lowerBound]) { fromCountries += 1 }
                k = runs[next].upperBound + 1
                next += 1
            }
            guard k < sentence.upperBound, [",", ";"].contains(tokens[k].text) else { break }
            k += 1
        }
        // The list is the whole line (a closing full stop aside), of two names or more.
        let end = k < sentence.upperBound && tokens[k].isPunctuation(".") ? k + 1 : k
        let given = people.filter { isGivenName(tokens[$0.lowerBound]) }.count
        let told = scored ? given + fromCountries : given
        guard end == sentence.upperBound, people.count >= (scored ? 1 : 2), told > 0, told * 2 >= people.count
        else { return [] }
        // `Charles Bolden , NASA Administrator`: a signature, a name and the office held, is no list.
        let office = people.contains { item in
            item.contains { EnglishLexicon.titles.contains(tokens[$0].text) || tokens[$0].isAllCaps }
                || EntityLexicon.roleNouns.contains(tokens[item.upperBound - 1].text)
        }
        guard !office else { return [] }
        // Not a place the gazetteer knows (`Victoria Falls`), nor a name with a place's or an organisation's head.
        let named = people.filter { item in
            let head = tokens[item.upperBound - 1].text
            return gazetteer.place(named: paragraph.text(of: item)) == nil
                && !EnglishLexicon.organizationHeads.contains(head) && !EntityLexicon.placeNameHeads.contains(head)
        }
        var names = named.map { wireCandidate($0, kind: .person, in: paragraph) }
        names += countries.map { wireCandidate($0, kind: .place, in: paragraph) }
        names += clubs
        return names.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
