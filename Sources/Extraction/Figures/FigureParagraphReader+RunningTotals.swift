/// Totals over a stretch of time: `280,000 people have been killed since 2011`, `the war has killed
/// 12,000 over the past five years`, `in six years of war`, `so far this year`.
extension FigureParagraphReader {
    /// Whether the figure's clause counts over a stretch of time rather than on one occasion.
    func isRunningTotal(_ phrase: NumberPhrase, sentence: Range<Int>) -> Bool {
        let clause = self.clause(around: phrase.numeralStart, in: sentence)
        for i in clause where tokens[i].isWord {
            let word = tokens[i].lower
            let next = i + 1 < clause.upperBound ? tokens[i + 1].lower : ""
            // `since 2011`, `since the war began`, `since March`: every one from then until now.
            // (Not `the deadliest attack since 2015`: a record since then, about one occasion.)
            if word == "since", i + 1 < clause.upperBound, tokens[i + 1].isWord || tokens[i + 1].isNumber,
                !(max(clause.lowerBound, i - 3)..<i).contains(where: { isSuperlative(tokens[$0].lower) })
            {
                return true
            }
            // `so far`, `to date`, `in total`: how many until now.
            if word == "so" && next == "far" || word == "to" && next == "date" { return true }
            // `over the past five years`, `in the last decade`, `during the past 24 months`.
            if ["over", "in", "during", "throughout", "within"].contains(word),
                isStretchOfTime(after: i + 1, in: clause)
            {
                return true
            }
            // `in the conflict which started in March 2011`, `killed in the war`: the whole war's toll.
            if ["in", "during", "throughout"].contains(word), isWholeConflict(after: i + 1, in: clause) { return true }
            // `in six years of war`, `after five years of conflict`.
            if FigureLexicon.stretchUnits.contains(word), next == "of", i + 2 < clause.upperBound,
                FigureLexicon.conflictNouns.contains(tokens[i + 2].lower)
            {
                return true
            }
        }
        return false
    }

    /// `deadliest`, `worst`, `first`: a record, which `since` dates rather than totals.
    func isSuperlative(_ word: String) -> Bool {
        ["worst", "first", "most", "last", "only"].contains(word) || word.count > 5 && word.hasSuffix("est")
    }

    /// `the past five years`, `the last decade`, `the past 24 months`, `recent years`: a stretch up to now.
    func isStretchOfTime(after start: Int, in clause: Range<Int>) -> Bool {
        var k = start
        if k < clause.upperBound, tokens[k].lower == "the" { k += 1 }
        guard k < clause.upperBound, ["past", "last", "recent"].contains(tokens[k].lower) else { return false }
        k += 1
        // `the past five years`, `the past 24 months`: a number of units; `the past year` alone too.
        var scanned = 0
        var counted = false
        while k < clause.upperBound, scanned < 3 {
            let word = tokens[k].lower
            if FigureLexicon.stretchUnits.contains(word) {
                // `the past week`, `the last day`, `the past 24 hours` are one occasion's reach; a month or
                // more is a stretch, and so are several days or weeks (`in the past four days`).
                if ["hours", "hour", "night", "weekend", "day", "week"].contains(word) { return false }
                return !["days", "weeks"].contains(word) || counted
            }
            if tokens[k].isNumber || NumberWords.wordValue(word).map({ $0 > 1 }) ?? false { counted = true }
            k += 1
            scanned += 1
        }
        return false
    }

    /// `the conflict which started in 2011`, `the war.`, `the Syrian civil war, which …`, `Syria's conflict
    /// which began …`: the whole of a war (not `the war zone`, a place, nor `the fighting`, which may be
    /// one day's).
    func isWholeConflict(after start: Int, in clause: Range<Int>) -> Bool {
        guard start < clause.upperBound,
            ["the", "its", "their"].contains(tokens[start].lower) || tokens[start].isCapitalized
        else { return false }
        var k = ["the", "its", "their"].contains(tokens[start].lower) ? start + 1 : start
        while k < clause.upperBound, k - start <= 3 {
            let word = tokens[k].lower
            if ["war", "conflict", "uprising", "insurgency", "revolution"].contains(word) {
                guard k + 1 < clause.upperBound, tokens[k + 1].isWord else { return true }
                return ["which", "that", "since", "began", "started", "erupted", "in"].contains(tokens[k + 1].lower)
            }
            guard tokens[k].isWord, !tokens[k].isNumber, !FigureLexicon.phraseBreakers.contains(word) else {
                return false
            }
            k += 1
        }
        return false
    }
}
