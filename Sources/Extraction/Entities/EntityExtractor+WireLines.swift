/// Lines of wire copy without a lowercase word whose layout says what their names are: a dateline
/// (`SALZBURG, Austria 1997-03-14`, `OSLO Nov 4`) opens with places, and a results line or a table row
/// (`Arsenal 2 Everton 1`, `Zimbabwe 3 3 0 0 98 40 9`) names a team or a player before each score.
extension EntityExtractor {
    /// Words that end a club's name in a results line (`Manchester United`, `Bristol Rovers`).
    static let clubWords: WordSet = [
        "United", "City", "Rovers", "Athletic", "Albion", "Wanderers", "Town", "County", "FC", "Rangers", "Celtic",
        "Real", "Sporting", "Dynamo", "Dinamo", "Inter", "Olympique", "Borussia", "Ajax", "Club", "Hotspur",
    ]

    /// The names a dateline or a results line gives, with the kinds their places in the line say; empty
    /// for any other sentence.
    func wireLineNames(in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> [Candidate] {
        let tokens = paragraph.tokens
        let sentence = Self.withoutResultNote(sentence, in: tokens)
        let lowercase = sentence.contains { tokens[$0].isWord && tokens[$0].startsLowercase }
        let runs = Self.nameRuns(in: tokens, sentence: sentence)
        guard let firstRun = runs.first else { return [] }
        if !lowercase, paragraph.position <= 3, firstRun.lowerBound == sentence.lowerBound,
            let date = datelineDate(in: tokens, sentence: sentence, runs: runs)
        {
            return runs.filter { $0.upperBound <= date }.map { wireCandidate($0, kind: .place, in: paragraph) }
        }
        if let sides = scoreLineNames(in: paragraph, sentence: sentence) { return sides }
        if let scorers = scorersLineNames(in: paragraph, sentence: sentence) { return scorers }
        // `Subs not used : Tarvel , Oskin .`: lowercase words in its label only.
        if lowercase, Self.isSquadLine(sentence, in: tokens) {
            return lineUpPlayers(in: paragraph, sentence: sentence, runs: runs)
        }
        if lowercase, Self.isBattingLine(sentence, in: tokens) {
            return battingLineNames(in: paragraph, sentence: sentence)
        }
        let venue = Self.venue(of: sentence, in: tokens, runs: runs)
        let line = venue.map { ($0.upperBound + 1)..<sentence.upperBound } ?? sentence
        let teams = venue == nil ? runs[...] : runs.dropFirst()
        guard !lowercase || Self.onlyConnectors(in: tokens, sentence: line),
            Self.isResultsLine(tokens, sentence: line, runs: Array(teams))
        else {
            guard !lowercase else { return [] }
            if let official = matchOfficial(in: paragraph, sentence: sentence, runs: runs) { return [official] }
            let listed = listedPeople(in: paragraph, sentence: sentence, runs: runs)
            return listed.isEmpty ? lineUpPlayers(in: paragraph, sentence: sentence, runs: runs) : listed
        }
        var names = venue.map { [wireCandidate($0, kind: .place, in: paragraph)] } ?? []
        for run in teams {
            guard let kind = resultsLineKind(run, in: paragraph) else { continue }
            // A club before its score outweighs the town the gazetteer knows by its name (`Porto 3`).
            let weight = kind == .organization ? Evidence.business : Evidence.known
            names.append(wireCandidate(run, kind: kind, weight: weight, in: paragraph))
        }
        return names
    }

    /// `WASHINGTON (Reuters) -`: a news agency in parentheses after a dateline's place, then a dash, is
    /// the agency's credit, no other name for the place.
    static func holdsAgencyCredit(after open: Int, in tokens: [Token]) -> Bool {
        guard open + 3 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 1].isWord else { return false }
        var close = open + 2
        while close < min(tokens.count, open + 5), tokens[close].isWord { close += 1 }
        guard close + 1 < tokens.count, tokens[close].isPunctuation(")"),
            ["-", "\u{2013}", "\u{2014}"].contains(tokens[close + 1].text)
        else { return false }
        let written = tokens[(open + 1)..<close].map(\.text).joined(separator: " ")
        return EntityLexicon.knownOrganizations[written].map { EntityLexicon.newsAgencies.contains($0) } ?? false
    }

    /// Lowercase words a results line holds between its names and scores: `Kent 210 v Surrey 98`,
    /// `Essex 198 and 45-1`.
    static let resultsLineConnectors: WordSet = ["v", "vs", "and"]

    /// Whether every lowercase word of the sentence joins a results line's items.
    private static func onlyConnectors(in tokens: [Token], sentence: Range<Int>) -> Bool {
        !sentence.contains {
            tokens[$0].isWord && tokens[$0].startsLowercase && !resultsLineConnectors.contains(tokens[$0].text)
                && !joinsNameInLine(at: $0, in: tokens, sentence: sentence)
        }
    }

    /// `Vasco da Gama 2`, `Jan van Drunen ( Netherlands )`: a lowercase particle of a person's or a club's
    /// name between two capitalised words of it (`of` and `for` join no name in a results line).
    static func joinsNameInLine(at k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        k > sentence.lowerBound && k + 1 < sentence.upperBound && tokens[k].isWord && tokens[k].startsLowercase
            && EnglishLexicon.nameParticles.contains(tokens[k].text) && tokens[k].text != "of"
            && tokens[k].text != "for" && tokens[k - 1].isNamePart && tokens[k - 1].isCapitalized
            && tokens[k + 1].isNamePart && tokens[k + 1].isCapitalized
    }

    /// Whether a sentence with lowercase words is still a results line (`Kent 210 v Surrey 98`, or a
    /// scorecard's batting line): every lowercase word a connector, scores after the names. Stops at the first other lowercase word, so
    /// a sentence of prose costs a few tokens.
    static func isConnectedResultsLine(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        let sentence = withoutResultNote(sentence, in: tokens)
        if isBattingLine(sentence, in: tokens) || scorersLine(sentence, in: tokens) != nil { return true }
        guard onlyConnectors(in: tokens, sentence: sentence) else { return false }
        let runs = nameRuns(in: tokens, sentence: sentence)
        guard !runs.isEmpty else { return false }
        let venue = venue(of: sentence, in: tokens, runs: runs)
        let line = venue.map { ($0.upperBound + 1)..<sentence.upperBound } ?? sentence
        return isResultsLine(tokens, sentence: line, runs: Array(venue == nil ? runs[...] : runs.dropFirst()))
    }

    /// `At Taunton : Somerset 198 …`: the ground a results line opens with, `At` and a name before a colon.
    private static func venue(of sentence: Range<Int>, in tokens: [Token], runs: [Range<Int>]) -> Range<Int>? {
        guard let first = runs.first, first.lowerBound == sentence.lowerBound, first.count >= 2,
            tokens[first.lowerBound].lower == "at", first.upperBound < sentence.upperBound,
            tokens[first.upperBound].isPunctuation(":")
        else { return nil }
        return (first.lowerBound + 1)..<first.upperBound
    }

    /// Maximal runs of capitalised words in a sentence; an initial and its full stop join the name after
    /// them (`T. Marsden`).
    static func nameRuns(in tokens: [Token], sentence: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard tokens[k].isNamePart, tokens[k].isCapitalized else { k += 1; continue }
            var end = k + 1
            while end < sentence.upperBound {
                if tokens[end].isNamePart {
                    end += 1
                } else if joinsNameInLine(at: end, in: tokens, sentence: sentence) {
                    end += 2
                } else if isInitial(at: end - 1, in: tokens, limit: sentence.upperBound) {
                    end += 2
                } else {
                    break
                }
            }
            if !isScoreNote(k..<end, in: tokens) { runs.append(k..<end) }
            k = end
        }
        return runs
    }

    /// `Boston 101 Chicago 95 ( OT )`: a short abbreviation in parentheses after a score says how it was
    /// won (overtime, extra time, shoot-out); it names nothing.
    private static func isScoreNote(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        run.count == 1 && tokens[run.lowerBound].isAllCaps && tokens[run.lowerBound].text.utf8.count <= 3
            && run.lowerBound >= 2 && tokens[run.lowerBound - 1].isPunctuation("(")
            && tokens[run.lowerBound - 2].isNumber && run.upperBound < tokens.count
            && tokens[run.upperBound].isPunctuation(")")
    }

    /// `T.` before a capitalised name: one capital letter, its full stop written against it.
    private static func isInitial(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        k + 2 < limit && tokens[k].isWord && tokens[k].text.utf8.count == 1 && tokens[k].isCapitalized
            && tokens[k + 1].isPunctuation(".") && !tokens[k + 1].spaceBefore && tokens[k + 2].isNamePart
            && tokens[k + 2].isCapitalized
    }

    /// Where the date of a dateline starts: places separated by commas from the line's start, then a
    /// year (`1997-03-14`) or a month and a day (`Nov 4`).
    private func datelineDate(in tokens: [Token], sentence: Range<Int>, runs: [Range<Int>]) -> Int? {
        var k = runs[0].upperBound
        var run = 1
        while k < sentence.upperBound {
            let token = tokens[k]
            if token.isPunctuation(","), run < runs.count, runs[run].lowerBound == k + 1, run < 3 {
                k = runs[run].upperBound
                run += 1
                continue
            }
            if token.isNumber, token.text.utf8.count == 4, let year = Int(token.text), (1900...2099).contains(year) {
                return k
            }
            if token.isWord, EnglishLexicon.month(token.lower) != nil, k + 1 < sentence.upperBound,
                tokens[k + 1].isNumber, run >= 1, runs[run - 1].upperBound == k || runs[run - 1].contains(k)
            {
                return k
            }
            return nil
        }
        return nil
    }

    /// Every name followed by a score (a country in parentheses, then a team, may come between), at least
    /// two scores in all, and nothing but names, scores and their punctuation. A score is short: points,
    /// or a time or a distance with its decimals (`27:12.45`), never a year.
    private static func isResultsLine(_ tokens: [Token], sentence: Range<Int>, runs: [Range<Int>]) -> Bool {
        let numbers = sentence.filter { tokens[$0].isNumber }
        // `2. Ria Kessel ( Austria ) 3,913`: a ranking's row may give points in thousands.
        let ranked = opensWithRank(sentence, in: tokens)
        // The rank's full stop may end a sentence of its own: the rank is still the line's first number,
        // when the one number left is a ranking's points (`1. Paris 3` is a numbered list's item).
        let rankBefore = ranked && !tokens[sentence.lowerBound].isNumber
        guard numbers.count >= 2
            || rankBefore && numbers.count == 1
                && (isPointsInThousands(tokens[numbers[0]].text) || isTimeInHundredths(tokens[numbers[0]].text)),
            !runs.isEmpty, runs.count <= 8,
            numbers.allSatisfy({ isScore(tokens[$0].text) || ranked && isPointsInThousands(tokens[$0].text) }),
            sentence.allSatisfy({ tokens[$0].isWord || tokens[$0].isNumber || "-.():,;/".contains(tokens[$0].text) })
        else { return false }
        var k = 0
        while k < runs.count {
            let run = runs[k]
            guard run.count <= 4, !runs[k].contains(where: { EnglishLexicon.month(tokens[$0].lower) != nil })
            else { return false }
            var next = run.upperBound
            // `Ivan Petrov (Russia) 6-3`: the player's country in parentheses.
            if next < sentence.upperBound, tokens[next].isPunctuation("("), k + 1 < runs.count,
                runs[k + 1].lowerBound == next + 1, runs[k + 1].upperBound < sentence.upperBound,
                tokens[runs[k + 1].upperBound].isPunctuation(")")
            {
                next = runs[k + 1].upperBound + 1
                k += 1
                // `Anna Berg ( Norway ) Team Veloce 4:35:12`: a rider's team after the country.
                if k + 1 < runs.count, runs[k + 1].lowerBound == next, runs[k + 1].upperBound < sentence.upperBound,
                    tokens[runs[k + 1].upperBound].isNumber
                {
                    next = runs[k + 1].upperBound
                    k += 1
                }
            }
            if next >= sentence.upperBound || !tokens[next].isNumber {
                // `Kent 298-7 ( J. Roe 110 ) v Surrey`: the side yet to bat, last after `v`, has no score yet.
                let before = run.lowerBound - 1
                guard k == runs.count - 1, before > sentence.lowerBound, tokens[before].isWord,
                    ["v", "vs"].contains(tokens[before].text),
                    next == sentence.upperBound || next + 1 == sentence.upperBound && tokens[next].isPunctuation(".")
                else { return false }
            }
            k += 1
        }
        return true
    }

    /// `1.`: a place in a ranking opening the line, its full stop written against it (the sentence may
    /// start after that full stop, or at the number).
    private static func opensWithRank(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        let first = sentence.lowerBound == 2 ? 0 : sentence.lowerBound
        guard first + 2 < sentence.upperBound, tokens[first].isNumber, tokens[first].text.utf8.count <= 3 else {
            return false
        }
        return tokens[first + 1].isPunctuation(".") && !tokens[first + 1].spaceBefore
    }

    /// `4,851`: points in thousands, a comma before the last three digits, below a million.
    private static func isPointsInThousands(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (5...7).contains(bytes.count), bytes[bytes.count - 4] == UInt8(ascii: ",") else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == bytes.count - 4 || (48...57).contains($0.element) }
    }

    /// `47.92`, `9.87`: a time (or a mark) given to hundredths, one to three digits, a full stop and two
    /// digits, the one number of a ranking's row (`2. Ann Roe ( Kenya ) 47.92`).
    private static func isTimeInHundredths(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (4...6).contains(bytes.count), bytes[bytes.count - 3] == UInt8(ascii: ".") else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == bytes.count - 3 || (48...57).contains($0.element) }
    }

    /// `3`, `102`, `12.45` (the seconds of `27:12.45`), `8.05`: no year and no figure in thousands.
    static func isScore(_ text: String) -> Bool {
        let length = text.utf8.count
        return length <= 3 || length <= 6 && text.utf8.contains(UInt8(ascii: "."))
    }

    /// A country is a place (`Kenya 21 Uganda 18`); a player's name after a given name or before a
    /// country in parentheses is a person; any other name before a score is a club, an organisation.
    func resultsLineKind(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> ExtractedEntity.Kind?
    {
        let tokens = paragraph.tokens
        let name = Self.foldedCapitals(run, in: paragraph) ?? paragraph.text(of: run)
        if let place = gazetteer.place(named: name), Self.isNationalSide(place) { return .place }
        // `( U.S. )`, `( UK )`: an initialism in capitals is looked up as written (folded, `U.s.` and `Uk`
        // are no names).
        if isInitialism(run, in: tokens), gazetteer.place(named: tokens[run.lowerBound].text)?.kind == .country {
            return .place
        }
        if run.lowerBound > 0, tokens[run.lowerBound - 1].isPunctuation("("), gazetteer.place(named: name) != nil {
            return .place
        }
        if run.count >= 2, isGivenName(tokens[run.lowerBound]) { return .person }
        // `T. Marsden 110`: an initial before a name.
        if Self.isInitial(at: run.lowerBound, in: tokens, limit: run.upperBound + 1) { return .person }
        if run.upperBound < tokens.count, tokens[run.upperBound].isPunctuation("("), run.count >= 2 { return .person }
        // `NEW YORK 74 58 .561`: a town of several words names its team, though one word (`New`) alone
        // would name nothing; every row of the table reads alike.
        if run.count >= 2, gazetteer.place(named: name) != nil { return .organization }
        if run.contains(where: { EnglishLexicon.notNames.contains(Self.capitalizedForm(tokens[$0].text)) }) {
            return nil
        }
        // `Halftime 1-0`, `Attendance 12 000`: a word of the report, no team.
        if run.count == 1, Self.resultsLineWords.contains(Self.capitalizedForm(tokens[run.lowerBound].text)) {
            return nil
        }
        // `Ajax 2 ( Lindqvist 23 , Moreau 56 )`: the scorers in parentheses after a team's score.
        if insideScorers(run, in: tokens) { return .person }
        return .organization
    }

    /// `U.S.`, `UK`: one word with full stops in it, or a country's initials of two or three capitals
    /// (`ROME`, `RIO` are names in capitals, folded).
    func isInitialism(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        guard run.count == 1 else { return false }
        let token = tokens[run.lowerBound]
        if token.text.contains(".") { return true }
        return token.isAllCaps && (2...3).contains(token.text.utf8.count)
            && gazetteer.place(named: token.text)?.kind == .country
    }

    /// Words that label a results line rather than name a team.
    static let resultsLineWords: WordSet = [
        "Halftime", "Attendance", "Scorers", "Scorer", "Result", "Results", "Score", "Scores", "Total", "Totals",
        "Points", "Played", "Round", "Group", "Division", "League", "Standings", "Stage", "Heat", "Final", "Week",
    ]

    /// Whether the run stands inside parentheses opened right after a score (past other scorers).
    private func insideScorers(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        var k = run.lowerBound - 1
        while k >= 0, k >= run.lowerBound - 12 {
            if tokens[k].isPunctuation(")") { return false }
            if tokens[k].isPunctuation("(") { return k > 0 && tokens[k - 1].isNumber }
            k -= 1
        }
        return false
    }

    func wireCandidate(
        _ run: Range<Int>, kind: ExtractedEntity.Kind, weight: Int = Evidence.known,
        in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Candidate {
        let written = paragraph.text(of: run)
        // `U.S.`, `UK`: an initialism keeps its capitals (folded, `U.s.` is no name).
        let folded = isInitialism(run, in: paragraph.tokens) ? nil : Self.foldedCapitals(run, in: paragraph)
        var candidate = Candidate(
            paragraph: paragraph.position, tokens: run, name: folded ?? written,
            evidence: Evidence(kind: kind, weight: weight), sentenceInitial: false)
        if folded != nil { candidate.aliases = [written] }
        return candidate
    }
}
