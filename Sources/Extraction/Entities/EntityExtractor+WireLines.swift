/// Lines of wire copy without a lowercase word whose layout says what their names are: a dateline
/// (`SALZBURG, Austria 1997-03-14`, `OSLO Nov 4`) opens with places, and a results line or a table row
/// (`Arsenal 2 Everton 1`, `Zimbabwe 3 3 0 0 98 40 9`) names a team or a player before each score.
extension EntityExtractor {
    /// Words that end a club's name in a results line (`Manchester United`, `Bristol Rovers`).
    static let clubWords: Set<String> = [
        "United", "City", "Rovers", "Athletic", "Albion", "Wanderers", "Town", "County", "FC", "Rangers", "Celtic",
        "Real", "Sporting", "Dynamo", "Dinamo", "Inter", "Olympique", "Borussia", "Ajax", "Club", "Hotspur",
    ]

    /// The names a dateline or a results line gives, with the kinds their places in the line say; empty
    /// for any other sentence.
    func wireLineNames(in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> [Candidate] {
        let tokens = paragraph.tokens
        guard !sentence.contains(where: { tokens[$0].isWord && tokens[$0].startsLowercase }) else { return [] }
        let runs = nameRuns(in: tokens, sentence: sentence)
        guard let firstRun = runs.first else { return [] }
        if paragraph.position <= 3, firstRun.lowerBound == sentence.lowerBound,
            let date = datelineDate(in: tokens, sentence: sentence, runs: runs)
        {
            return runs.filter { $0.upperBound <= date }.map { wireCandidate($0, kind: .place, in: paragraph) }
        }
        guard isResultsLine(tokens, sentence: sentence, runs: runs) else { return [] }
        return runs.compactMap { run in
            let kind = resultsLineKind(run, in: paragraph)
            return kind.map { wireCandidate(run, kind: $0, in: paragraph) }
        }
    }

    /// Maximal runs of capitalised words in a sentence.
    private func nameRuns(in tokens: [Token], sentence: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard tokens[k].isNamePart, tokens[k].isCapitalized else { k += 1; continue }
            var end = k + 1
            while end < sentence.upperBound, tokens[end].isNamePart { end += 1 }
            runs.append(k..<end)
            k = end
        }
        return runs
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

    /// Every name followed by a score (a country in parentheses may come between), at least two scores
    /// in all, and nothing but names, scores and their punctuation.
    private func isResultsLine(_ tokens: [Token], sentence: Range<Int>, runs: [Range<Int>]) -> Bool {
        let numbers = sentence.filter { tokens[$0].isNumber }
        guard numbers.count >= 2, runs.count <= 6,
            numbers.allSatisfy({ tokens[$0].text.utf8.count <= 3 }),
            sentence.allSatisfy({ tokens[$0].isWord || tokens[$0].isNumber || "-.():,;".contains(tokens[$0].text) })
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
            }
            guard next < sentence.upperBound, tokens[next].isNumber else { return false }
            k += 1
        }
        return true
    }

    /// A country is a place (`Kenya 21 Uganda 18`); a player's name after a given name or before a
    /// country in parentheses is a person; any other name before a score is a club, an organisation.
    private func resultsLineKind(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> ExtractedEntity.Kind?
    {
        let tokens = paragraph.tokens
        let name = Self.foldedCapitals(run, in: paragraph) ?? paragraph.text(of: run)
        if let place = gazetteer.place(named: name), place.kind == .country { return .place }
        if run.lowerBound > 0, tokens[run.lowerBound - 1].isPunctuation("("), gazetteer.place(named: name) != nil {
            return .place
        }
        if run.count >= 2, isGivenName(tokens[run.lowerBound]) { return .person }
        if run.upperBound < tokens.count, tokens[run.upperBound].isPunctuation("("), run.count >= 2 { return .person }
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

    /// Words that label a results line rather than name a team.
    static let resultsLineWords: Set<String> = [
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

    private func wireCandidate(
        _ run: Range<Int>, kind: ExtractedEntity.Kind, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Candidate {
        let written = paragraph.text(of: run)
        let folded = Self.foldedCapitals(run, in: paragraph)
        var candidate = Candidate(
            paragraph: paragraph.position, tokens: run, name: folded ?? written,
            evidence: Evidence(kind: kind, weight: Evidence.known), sentenceInitial: false)
        if folded != nil { candidate.aliases = [written] }
        return candidate
    }
}
