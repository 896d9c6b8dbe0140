/// Totals over a stretch of time: `280,000 people have been killed since 2011`, `the war has killed
/// 12,000 over the past five years`, `in six years of war`, `so far this year`.
extension FigureParagraphReader {
    /// Marks the sentence's counts (and the wholes of its partitives) that total a stretch of time, each
    /// by the words that speak of it.
    func markRunningTotals(
        _ figures: inout [Figure], numerals: [Int], sentence: Range<Int>,
        wholes: inout [(figure: Figure, numeral: Int)]
    ) {
        // (In token order, so that whether a stretch holds a count is one binary search.)
        let counts =
            (figures.indices.filter { figures[$0].kind == .count }.map { numerals[$0] }
                + wholes.filter { $0.figure.kind == .count }.map(\.numeral)).sorted()
        // (Read once a sentence, not once a count: a sentence of thousands of counts stays linear.)
        let namesADay = !counts.isEmpty && sentence.contains(where: isDayWord)
        var namesHours: Bool?
        func hoursNamed() -> Bool {
            if let namesHours { return namesHours }
            let named = sentence.contains { tokens[$0].lowerIs("hours") }
            namesHours = named
            return named
        }
        func isTotal(_ figure: Figure, at numeral: Int) -> Bool {
            figure.kind == .count
                && (runningTotalScope(of: numeral, in: sentence, counts: counts).contains {
                    hasRunningTotalCue(in: $0, figure: numeral)
                }
                    || isLargeTollSoFar(
                        figure, numeral: numeral, in: sentence, namesADay: namesADay, namesHours: hoursNamed())
                    || isCampaignTollSoFar(figure, numeral: numeral, in: sentence, namesADay: namesADay)
                    || isHostedPopulation(figure, numeral: numeral, in: sentence)
                    || yearOfStrikes(figure, numeral: numeral, in: sentence) != nil
                    || isWorldOrYearlyToll(figure, numeral: numeral, in: sentence, counts: counts)
                    || isWeekendToll(figure, numeral: numeral, in: sentence, counts: counts))
        }
        for index in figures.indices { figures[index].isRunningTotal = isTotal(figures[index], at: numerals[index]) }
        for index in wholes.indices {
            wholes[index].figure.isRunningTotal = isTotal(wholes[index].figure, at: wholes[index].numeral)
        }
        let joined = markCountsJoinedToTotals(&figures, numerals: numerals, sentence: sentence)
        for index in figures.indices where figures[index].isRunningTotal {
            figures[index].period = periodOfTotal(at: numerals[index], in: sentence, counts: counts)
        }
        // (`120 strikes on clinics last year`: the year, when the clause gave no other stretch.)
        for index in figures.indices where figures[index].isRunningTotal && figures[index].period == nil {
            if let year = yearOfStrikes(figures[index], numeral: numerals[index], in: sentence) {
                figures[index].period = paragraph.text(of: year)
            }
        }
        // (`kills 400,000 people every year`: the words of every year, when the clause gave no other stretch.)
        for index in figures.indices where figures[index].isRunningTotal && figures[index].period == nil {
            figures[index].period = periodOfYearlyToll(at: numerals[index], in: sentence, counts: counts)
        }
        shareTotalsPeriods(&figures, joined: joined)
        for index in wholes.indices where wholes[index].figure.isRunningTotal {
            wholes[index].figure.period = periodOfTotal(at: wholes[index].numeral, in: sentence, counts: counts)
        }
        // (Read once a sentence, and only when a total is left without a period.)
        if figures.contains(where: { $0.isRunningTotal && $0.period == nil })
            || wholes.contains(where: { $0.figure.isRunningTotal && $0.figure.period == nil }),
            let war = periodOfTheWar(in: sentence)
        {
            for index in figures.indices where figures[index].isRunningTotal && figures[index].period == nil {
                figures[index].period = war
            }
            for index in wholes.indices where wholes[index].figure.isRunningTotal && wholes[index].figure.period == nil {
                wholes[index].figure.period = war
            }
        }
    }

    /// The stretches of the figure's clause that speak of it: its own stretch between commas, and the
    /// stretches that count nothing of their own (`Since 2011, 280,000 people …`, `280,000 people, including
    /// 80,000 civilians, have died since 2011`). Not another count's words (`killed 9 people on Tuesday,
    /// bringing the toll since 2011 to 4,000`: only the 4,000 is a total), nor a clause raising a toll, nor
    /// a relative clause about another noun (`live in Eastern Ghouta, which has been besieged since 2013`).
    func runningTotalScope(of numeral: Int, in sentence: Range<Int>, counts: [Int]) -> [Range<Int>] {
        var clause = self.clause(around: numeral, in: sentence)
        if let relative = relativeClauseOfAnotherNoun(after: numeral, in: clause) {
            clause = clause.lowerBound..<relative
        }
        var stretches: [Range<Int>] = []
        var start = clause.lowerBound
        for j in clause where tokens[j].isPunctuation(",") {
            stretches.append(start..<j)
            start = j + 1
        }
        stretches.append(start..<clause.upperBound)
        return stretches.compactMap { stretch in
            if stretch.contains(numeral) { return ownStretch(stretch, numeral: numeral, counts: counts) }
            guard !stretch.isEmpty, !Self.holdsACount(stretch, counts: counts),
                !FigureLexicon.tollRaisingParticiples.contains(lowerOf: tokens[stretch.lowerBound])
            else { return nil }
            return stretch
        }
    }

    /// Whether one of the sentence's counts (token indexes in order) stands in `range`: one binary search, so a
    /// sentence of thousands of counts between commas stays within its square, not its cube.
    static func holdsACount(_ range: Range<Int>, counts: [Int]) -> Bool {
        let first = counts.partitionPoint { $0 >= range.lowerBound }
        return first < counts.endIndex && counts[first] < range.upperBound
    }

    /// The figure's own stretch, from the `and` that opens its count when another count stands before it
    /// there: `… have been killed since 2011 and 12 died on Tuesday` (the 12 has its own clause; whether it
    /// shares the total's verb is ``markCountsJoinedToTotals(_:numerals:sentence:)``'s to say).
    func ownStretch(_ stretch: Range<Int>, numeral: Int, counts: [Int]) -> Range<Int> {
        var k = numeral - 1
        while k > stretch.lowerBound, numeral - k <= 4, FigureLexicon.wordsOpeningACount.contains(lowerOf: tokens[k]) {
            k -= 1
        }
        guard k > stretch.lowerBound, tokens[k].lowerIs("and"),
            Self.holdsACount(stretch.lowerBound..<k, counts: counts), hasOwnVerb(after: numeral, in: stretch)
        else { return stretch }
        return k..<stretch.upperBound
    }

    /// Whether a verb of the count's own follows it within a few words: `12 died`, `12 were killed` (not
    /// `and one rescue worker`, `and 16 fighters dead`, `and thousands trapped under siege`: the list goes on).
    func hasOwnVerb(after numeral: Int, in stretch: Range<Int>) -> Bool {
        var j = numeral + 1
        while j < stretch.upperBound, j - numeral <= 4, tokens[j].isWord {
            let word = tokens[j].lower
            if EnglishLexicon.beForms.contains(word) || ["have", "has", "had"].contains(word) { return true }
            if FigureVocabulary.eventWords[word] != nil, word.hasSuffix("ed") { return true }
            j += 1
        }
        return false
    }

    /// The words that open a relative clause in ``relativeClauseOfAnotherNoun(after:in:)`` (beside `and that`).
    static let relativeOpeners: WordSet = ["which", "who", "whose", "where"]

    /// Where a relative clause (`which`, `who`, `where`, `and that`) opens after the figure about another
    /// noun than the figure's own (`300 soldiers who have died since May` is the figure's own).
    func relativeClauseOfAnotherNoun(after numeral: Int, in clause: Range<Int>) -> Int? {
        for r in (numeral + 1)..<max(numeral + 1, clause.upperBound) where tokens[r].isWord {
            let word = tokens[r].lower
            let opensRelative =
                Self.relativeOpeners.contains(word) || word == "that" && tokens[r - 1].lowerIs(oneOf: ["and", "but"])
            guard opensRelative else { continue }
            // (`died in clashes which erupted Friday`: the fighting's day it began, which makes the count a
            // total, ``fightingSinceADay(verb:in:)``.)
            if word == "which", fightingSinceADay(verb: r + 1, in: clause) != nil { return nil }
            var end = r
            if tokens[end - 1].isPunctuation(",") { end -= 1 }
            let between = (numeral + 1)..<end
            let isOwn =
                between.count <= 4
                && between.allSatisfy {
                    tokens[$0].isWord && !FigureLexicon.phraseBreakers.contains(lowerOf: tokens[$0])
                }
            return isOwn ? nil : (word == "that" ? r - 1 : r)
        }
        return nil
    }

    /// Whether these words count over a stretch of time rather than on one occasion.
    func hasRunningTotalCue(in clause: Range<Int>, figure numeral: Int) -> Bool {
        // (Whether a verb of beginning or saying stood before: see ``isBeginningOrSaying(_:)``.)
        var afterBeginningOrSaying = false
        for i in clause where tokens[i].isWord {
            let word = tokens[i].lower
            defer { if isBeginningOrSaying(word) { afterBeginningOrSaying = true } }
            // (Each cue below opens on one of these words: one look-up passes every other word.)
            guard Self.runningTotalCueOpeners.contains(word) else { continue }
            let next = i + 1 < clause.upperBound ? tokens[i + 1].lower : ""
            // `since 2011`, `since the war began`, `since March`: every one from then until now.
            // (Not `the deadliest attack since 2015`: a record since then, about one occasion.)
            // (Not `since dawn`, `since this morning`: one day's toll so far, of that day's incident.)
            if word == "since", i + 1 < clause.upperBound, tokens[i + 1].isWord || tokens[i + 1].isNumber,
                !isRecord(before: i, in: clause, figure: numeral), !isSinceEarlierToday(at: i, in: clause)
            {
                return true
            }
            // `the bloodiest month`, `the deadliest week of the war`: a stretch's toll (not `the deadliest
            // day`, `the deadliest attack`: one occasion).
            if Self.superlativesOfToll.contains(word), Self.stretchesOfASuperlative.contains(next) { return true }
            // `in October alone`, `last month alone`: a month's toll; `the monthly death toll`: one too.
            if next == "alone", isStretchAlone(at: i + 1, in: clause) { return true }
            if Self.periodicAdjectives.contains(word), Self.periodicTollWords.contains(next) { return true }
            // `so far`, `to date`, `in total`: how many until now.
            if word == "so" && next == "far" || word == "to" && next == "date" { return true }
            // `over the past five years`, `in the last decade`, `during the past 24 months`, `over the past
            // week` (not `A bomb killed 15 over the past week`: one incident within it), `over less than a
            // month` (not `the first rain in more than a month`: a record).
            if Self.stretchOpeners.contains(word), let stretch = stretchOfTime(after: i + 1, in: clause),
                !tokens[stretch.upperBound - 1].lowerIs("week") || !tellsOfOneIncident(in: clause, before: numeral),
                !isApproximateStretch(stretch) || !isRecordOrOrdinal(before: i, in: clause, figure: numeral)
            {
                return true
            }
            // `killed 70 rebels in two days`, `40 raids over three days`, `within 72 hours`: a count over
            // several days (not `the second attack in two days`: a record).
            if Self.severalDaysOpeners.contains(word), severalDays(after: i + 1, in: clause) != nil,
                !isRecordOrOrdinal(before: i, in: clause, figure: numeral)
            {
                return true
            }
            // `Between March 2011 and January 2017, 6,200 people were detained`: a count over months or years.
            if word == "between" || word == "from", yearsOrMonthsRange(at: i, in: clause) != nil,
                !afterBeginningOrSaying
            {
                return true
            }
            // `killed in the fighting that began on Thursday`, `clashes which erupted Friday`: a toll of
            // fighting from that day on, no one day's incident.
            if Self.fightingBeginnings.contains(word), fightingSinceADay(verb: i, in: clause) != nil,
                !raisesAnotherToll(between: numeral, and: i)
            {
                return true
            }
            // `in the conflict which started in March 2011`, `killed in the war`: the whole war's toll.
            if Self.conflictOpeners.contains(word), isWholeConflict(after: i + 1, in: clause) { return true }
            if next == "of", unitsOfWhatLasts(at: i, in: clause, figure: numeral) != nil,
                !tokens[i].lowerIs("hours") || !raisesAnotherToll(between: numeral, and: i)
            {
                return true
            }
        }
        return false
    }

    /// The units of time and what lasts through them when the unit at `i` opens them: `six days of bombing
    /// have killed 40`, `after three weeks of clashes`, `days of air strikes` (several units of what lasts),
    /// `in six years of war`, `a year of war` (not `a day of fighting`, `a night of violence`: one occasion's
    /// reach, as in `the past day`). The range runs from the unit to the noun (`days of air strikes`).
    func unitsOfWhatLasts(at i: Int, in clause: Range<Int>, figure numeral: Int) -> Range<Int>? {
        guard i + 2 < clause.upperBound, tokens[i + 1].lowerIs("of") else { return nil }
        if isSeveralUnits(at: i, in: clause, figure: numeral) {
            if FigureLexicon.sustainedEventNouns.contains(lowerOf: tokens[i + 2]) { return i..<(i + 3) }
            if tokens[i + 2].lowerIs("air"), i + 3 < clause.upperBound, tokens[i + 3].lowerIs("strikes") {
                return i..<(i + 4)
            }
        }
        let unit = tokens[i].lower
        if FigureLexicon.stretchUnits.contains(unit), !FigureLexicon.occasionUnits.contains(unit),
            FigureLexicon.conflictNouns.contains(lowerOf: tokens[i + 2])
        {
            return i..<(i + 3)
        }
        return nil
    }

    /// `since dawn`, `since this morning`, `since early morning`, `since midnight`: the `since` at `i` counts
    /// from an earlier hour of the day the text tells of, not from an earlier day (`since Tuesday morning`,
    /// `since yesterday` count over days).
    func isSinceEarlierToday(at i: Int, in clause: Range<Int>) -> Bool {
        var k = i + 1
        while k < clause.upperBound, k - i <= 2, tokens[k].lowerIs(oneOf: ["early", "this", "the"]) { k += 1 }
        guard k < clause.upperBound else { return false }
        if tokens[k].lowerIs("first"), k + 1 < clause.upperBound, tokens[k + 1].lowerIs("light") { return true }
        guard Self.earlierHoursOfTheDay.contains(lowerOf: tokens[k]) else { return false }
        // (`since the morning of March 3`, `since midnight on Friday`: the hour of a day it names, a stretch.)
        let next = k + 1 < clause.upperBound ? tokens[k + 1] : nil
        return !(next?.lowerIs(oneOf: ["of", "on"]) ?? false)
    }

    /// Hours of the day a `since` counts from within that day: `since dawn`, `since this morning`.
    static let earlierHoursOfTheDay: WordSet = ["dawn", "daybreak", "sunrise", "morning", "midnight", "noon", "midday"]

    /// Whether the `alone` at `i` follows a month's or a stretch's name: `in October alone`, `in March 2016
    /// alone`, `last month alone`, `this year alone` (not `on 3 March alone`: one day; not `the march alone`).
    func isStretchAlone(at i: Int, in clause: Range<Int>) -> Bool {
        guard i - 2 >= clause.lowerBound else { return false }
        var k = i - 1
        if tokens[k].isNumber, tokens[k].text.count == 4 { k -= 1 }  // `March 2016 alone`
        if EnglishLexicon.isCapitalizedMonth(tokens[k].text) {
            return k - 1 < clause.lowerBound || !tokens[k - 1].isNumber
        }
        return k - 1 >= clause.lowerBound && Self.stretchesOfASuperlative.contains(lowerOf: tokens[k])
            && Self.stretchDeterminers.contains(lowerOf: tokens[k - 1])
    }

    /// `last month alone`, `this year alone`, `that week alone`.
    static let stretchDeterminers: WordSet = ["last", "this", "that", "past"]

    /// `bloodiest`, `deadliest` before `month`, `week`, `year` in ``hasRunningTotalCue(in:figure:)``.
    static let superlativesOfToll: WordSet = ["bloodiest", "deadliest"]
    static let stretchesOfASuperlative: WordSet = ["month", "week", "year"]
    /// `monthly`, `weekly` before `toll`, `death`, `casualty`: `the monthly death toll`.
    static let periodicAdjectives: WordSet = ["monthly", "weekly"]
    static let periodicTollWords: WordSet = ["toll", "death", "casualty"]
    /// `over the past five years`, `in the last decade`.
    static let stretchOpeners = DateLexicon.stretchOpeners
    /// `in the conflict which started in March 2011`, `killed in the war`.
    static let conflictOpeners: WordSet = ["in", "during", "throughout"]
    /// The words a cue of ``hasRunningTotalCue(in:figure:)`` opens on: `since`, `so far`, `to date`, the
    /// words above, the months and stretches before `alone`, and the units of a stretch (`six days of
    /// bombing`, `in six years of war`).
    static let runningTotalCueOpeners = WordSet(["since", "so", "to", "between", "from"]).union(superlativesOfToll).union(stretchOpeners)
        .union(fightingBeginnings)
        .union(stretchesOfASuperlative).union(periodicAdjectives).union(EnglishLexicon.months.keys)
        .union(FigureLexicon.stretchUnits)

    /// `170,000 people have been killed`, `millions have been displaced`, `more than 50,000 have died`: a
    /// toll of tens of thousands or more in the present perfect, with no day in its sentence, is the toll
    /// until now, not one occasion's.
    /// So is one after such a verb (`the war has claimed more than 300,000 lives`, `has killed over 20,000`).
    /// So is a vague plural in the present perfect (`strikes have also claimed hundreds of civilian lives`,
    /// `the campaign has killed hundreds`), which counts no one occasion either.
    /// (Whether the sentence names a day, `namesADay`, or `hours`, `namesHours`, is read once a sentence by
    /// the caller: a sentence of thousands of such tolls stays linear.)
    func isLargeTollSoFar(
        _ figure: Figure, numeral: Int, in sentence: Range<Int>, namesADay: Bool,
        namesHours: @autoclosure () -> Bool
    ) -> Bool {
        let isVaguePlural = FigureLexicon.vagueTollPlurals.contains(lowerOf: tokens[numeral])
        guard figure.value >= 10_000 || isVaguePlural, figure.of == nil else { return false }
        let isToll =
            isPresentPerfectTollAfter(figure, in: sentence)
            || isPresentPerfectTollBefore(numeral, in: sentence, verbs: Self.largeTollVerbs)
        return isToll && !namesADay && !(isVaguePlural && namesHours())
            && !isOneDisastersToll(numeral, in: sentence)
    }

    /// `The tragedy has left at least 25,000 people dead`, `the quake has killed 12,000`: the toll of one
    /// disaster (its noun, singular, the subject right before `has`), however large, not a total over a
    /// stretch (as a war's or an epidemic's is).
    func isOneDisastersToll(_ numeral: Int, in sentence: Range<Int>) -> Bool {
        var k = numeral - 1
        while k > sentence.lowerBound, numeral - k <= 5, Self.wordsBeforeATollsNumber.contains(lowerOf: tokens[k]) {
            k -= 1
        }
        var auxiliary = k - 1
        if auxiliary > sentence.lowerBound, FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[auxiliary]) {
            auxiliary -= 1
        }
        guard auxiliary > sentence.lowerBound, tokens[auxiliary].lowerIs("has") else { return false }
        return Self.oneDisasterNouns.contains(lowerOf: tokens[auxiliary - 1])
    }

    /// Nouns of one disaster, whose toll is that one occasion's: `the tragedy`, `the tsunami`.
    static let oneDisasterNouns: WordSet = [
        "tragedy", "disaster", "catastrophe", "earthquake", "quake", "tsunami", "cyclone", "hurricane", "typhoon",
        "eruption", "landslide", "avalanche", "stampede",
    ]

    /// `170,000 people have been killed`, `50,000 have died`, `millions have also been displaced`, `170,000
    /// have reportedly been killed` (past an adverb).
    func isPresentPerfectTollAfter(_ figure: Figure, in sentence: Range<Int>) -> Bool {
        let end = figure.tokenEnd(in: paragraph)
        guard end + 1 < sentence.upperBound, tokens[end].lowerIs(oneOf: ["have", "has"]) else { return false }
        var verb = end + 1
        if verb + 1 < sentence.upperBound, isAdverbOfAReport(tokens[verb]) { verb += 1 }
        let isPassive = tokens[verb].lowerIs("been") && verb + 1 < sentence.upperBound
        if isPassive { verb += 1 }
        let word = tokens[verb].lower
        return isPassive
            ? FigureLexicon.casualtyParticiples.contains(word) : ["died", "fled", "perished"].contains(word)
    }

    /// The verbs of taking lives ``isPresentPerfectTollBefore(_:in:verbs:)`` reads by default.
    static let tollTakingVerbs: WordSet = ["killed", "claimed", "displaced", "cost", "taken"]
    /// The verbs of a large toll so far (``isLargeTollSoFar(_:numeral:in:namesADay:namesHours:)``): those of taking lives, and
    /// those of leaving the dead or driving people out (`the war has left 220,000 dead`, `has caused more than
    /// 400,000 deaths`, `the fighting has forced tens of thousands to flee`).
    static let largeTollVerbs: WordSet = tollTakingVerbs.union(["left", "caused", "forced", "driven", "uprooted"])
    /// Words of approximation between such a verb and the number: `more than`, `the lives of`, `an
    /// estimated`.
    static let wordsBeforeATollsNumber: WordSet = [
        "more", "than", "over", "at", "least", "about", "nearly", "almost", "some", "around", "the", "lives", "of",
        "an", "estimated",
    ]

    /// An adverb between `have` and the participle of a toll: `have also been displaced`, `have reportedly
    /// been killed`.
    func isAdverbOfAReport(_ token: Token) -> Bool {
        FigureLexicon.adverbsBeforeReport.contains(token.lower)
            || token.isWord && token.lower.count > 6 && token.lower.hasSuffix("edly")
    }

    /// `has claimed more than 300,000 lives`, `have killed at least 20,000 people`, `has claimed the lives
    /// of 12,000`: `has`/`have` and a verb of taking lives, then only words of approximation before the number.
    func isPresentPerfectTollBefore(
        _ numeral: Int, in sentence: Range<Int>, verbs: WordSet = tollTakingVerbs
    ) -> Bool {
        var k = numeral - 1
        while k > sentence.lowerBound, numeral - k <= 5, Self.wordsBeforeATollsNumber.contains(lowerOf: tokens[k]) {
            k -= 1
        }
        // (`have also claimed`: past an adverb.)
        var auxiliary = k - 1
        if auxiliary > sentence.lowerBound, FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[auxiliary]) {
            auxiliary -= 1
        }
        guard k > sentence.lowerBound, tokens[auxiliary].lowerIs(oneOf: ["has", "have"]) else { return false }
        return verbs.contains(tokens[k].lower)
    }

    /// `the deadliest attack since 2015`, `the deadliest day for the city since March`, `the biggest single
    /// loss of life for its forces since they began operations`: a superlative in the noun phrase before
    /// `since` (at most ten words back, after the figure's own number, with no verb of a clause between)
    /// makes a record rather than a total (`… have been killed since 2011` is read past no verb).
    func isRecord(before since: Int, in clause: Range<Int>, figure numeral: Int) -> Bool {
        var k = since - 1
        while k >= max(clause.lowerBound, since - 10), k != numeral {
            let word = tokens[k].lower
            if isSuperlative(word) { return true }
            if EnglishLexicon.beForms.contains(word) || ["have", "has", "had"].contains(word) { return false }
            k -= 1
        }
        return false
    }

    /// `deadliest`, `worst`, `first`: a record, which `since` dates rather than totals (not `unrest`).
    func isSuperlative(_ word: String) -> Bool {
        ["worst", "first", "most", "last", "only"].contains(word)
            || word.count > 5 && word.hasSuffix("est") && !FigureLexicon.notSuperlatives.contains(word)
    }

    /// `six days`, `three weeks`, `several months`: a plural unit of time after a number above one that is
    /// not the figure's own.
    func isSeveralUnits(at i: Int, in clause: Range<Int>, figure numeral: Int) -> Bool {
        guard i - 1 >= clause.lowerBound, i - 1 != numeral else { return false }
        let before = tokens[i - 1]
        // `in 24 hours of fighting`, `48 hours of bombardment`: a day and more of what lasts runs past one
        // day's incident (not `three hours of clashes`, one occasion; `the past 24 hours` is no unit of what
        // lasts).
        if tokens[i].lowerIs("hours") {
            let hours = before.isNumber ? Double(before.text) : NumberWords.wordValue(before.lower)
            return hours.map { $0 >= 24 } ?? false
        }
        guard Self.pluralUnits.contains(lowerOf: tokens[i]) else { return false }
        if Self.severalWords.contains(lowerOf: before) { return true }
        // `after weeks of shelling`, `in months of fighting`: a bare plural of the unit is several of them.
        if Self.openersOfBarePlurals.contains(lowerOf: before) { return true }
        return before.isNumber || NumberWords.wordValue(before.lower).map { $0 > 1 } ?? false
    }

    static let pluralUnits: WordSet = ["days", "weeks", "months", "years"]
    static let severalWords: WordSet = ["several", "many"]
    static let openersOfBarePlurals: WordSet = ["after", "following", "in", "through", "amid", "during"]

    /// `the past five years`, `the last decade`, `the past 24 months`, `recent years`, `the past week` (not
    /// `the last week of March`: one week named), and a length up to now (``approximateStretch(after:in:)``:
    /// `less than a month`): a stretch up to now, from `start` to its unit (nil when the words there are none).
    func stretchOfTime(after start: Int, in clause: Range<Int>) -> Range<Int>? {
        var k = start
        if let ages = stretchOfAges(after: start, in: clause) { return ages }
        if k < clause.upperBound, tokens[k].lowerIs("the") { k += 1 }
        guard k < clause.upperBound, tokens[k].lowerIs(oneOf: ["past", "last", "recent"]) else {
            return approximateStretch(after: start, in: clause)
        }
        // `the past week`, `the last week` (the seven days up to the report; not `the last week of March`).
        if k + 1 < clause.upperBound,
            DateLexicon.namesThePastWeek(
                modifier: tokens[k].lower, unit: tokens[k + 1].lower,
                next: k + 2 < clause.upperBound ? tokens[k + 2].lower : nil)
        {
            return start..<(k + 2)
        }
        // `in recent days`, `in recent weeks`: several of them, as `the past few days` is.
        var counted = tokens[k].lowerIs("recent")
        k += 1
        // `the past five years`, `the past 24 months`: a number of units; `the past year` alone too.
        var scanned = 0
        while k < clause.upperBound, scanned < 3 {
            let word = tokens[k].lower
            if FigureLexicon.stretchUnits.contains(word) {
                // `the past week`, `the last day`, `the past 24 hours` are one occasion's reach; a month or
                // more is a stretch, and so are several days or weeks (`in the past four days`).
                if FigureLexicon.occasionUnits.contains(word) || word == "hours" { return nil }
                return !["days", "weeks"].contains(word) || counted ? start..<(k + 1) : nil
            }
            if tokens[k].isNumber || NumberWords.wordValue(word).map({ $0 > 1 }) ?? false
                || ["few", "several", "couple"].contains(word)
            {
                counted = true
            }
            k += 1
            scanned += 1
        }
        return nil
    }

    /// `less than a month`, `under three weeks`, `just over two years`, `more than a year`: words of
    /// approximation, one or a number of units of a month or more (or weeks), from `start` to the unit. Not a
    /// day or hours (one occasion's reach), nor a unit followed by `of` or `'s` (`in less than a month's
    /// time`, `more than a year of war` is what lasts).
    func approximateStretch(after start: Int, in clause: Range<Int>) -> Range<Int>? {
        var k = start
        if k < clause.upperBound, tokens[k].lowerIs("just") { k += 1 }
        guard k + 2 < clause.upperBound else { return nil }
        if tokens[k].lowerIs(oneOf: ["less", "more", "fewer"]), tokens[k + 1].lowerIs("than") {
            k += 2
        } else if tokens[k].lowerIs(oneOf: ["under", "over", "nearly", "almost"]) {
            k += 1
        } else {
            return nil
        }
        guard k + 1 < clause.upperBound else { return nil }
        let count = tokens[k]
        let isOne = count.lowerIs(oneOf: ["a", "an", "one"])
        guard isOne || count.isNumber || NumberWords.wordValue(count.lower).map({ $0 > 1 }) ?? false else {
            return nil
        }
        let unit = tokens[k + 1].lower
        let units: WordSet = isOne ? Self.approximateSingleUnits : Self.approximatePluralUnits
        guard units.contains(unit) else { return nil }
        if k + 2 < clause.upperBound, tokens[k + 2].lowerIs("of") || tokens[k + 2].isPunctuation("'") { return nil }
        return start..<(k + 2)
    }

    static let approximateSingleUnits: WordSet = ["week", "month", "year", "decade"]
    static let approximatePluralUnits: WordSet = ["weeks", "months", "years", "decades"]

    /// Whether the stretch is one of ``approximateStretch(after:in:)``'s (`less than a month`).
    func isApproximateStretch(_ stretch: Range<Int>) -> Bool {
        !tokens[stretch.lowerBound].lowerIs(oneOf: ["the", "past", "last", "recent"])
    }

    /// `the first time in more than a year`, `the third attack in less than a week`, `its highest level in
    /// almost three months`: a record or an ordinal before the stretch's opener at `i` (at most ten words
    /// back, past no verb of a clause and not past the figure) dates a record, no total.
    func isRecordOrOrdinal(before i: Int, in clause: Range<Int>, figure numeral: Int) -> Bool {
        var k = i - 1
        while k >= max(clause.lowerBound, i - 10), k != numeral {
            let word = tokens[k].lower
            if isSuperlative(word) || Self.ordinalWords.contains(word) || Self.unmatchedWords.contains(word) {
                return true
            }
            // (`a toll not seen in more than a year`, `never seen in a decade`)
            if word == "seen", k - 1 >= clause.lowerBound, tokens[k - 1].lowerIs(oneOf: ["not", "never"]) {
                return true
            }
            if EnglishLexicon.beForms.contains(word) || ["have", "has", "had"].contains(word) { return false }
            k -= 1
        }
        return false
    }

    /// `a toll unseen in more than a year`, `unprecedented in a decade`: a record, as a superlative is.
    static let unmatchedWords: WordSet = ["unseen", "unprecedented", "unmatched", "unequalled", "unequaled"]

    static let ordinalWords: WordSet = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "2nd", "3rd",
    ]

    /// `bombs killed 49 people over the weekend`, `22 were killed during the weekend`: a casualty or strike
    /// count over its two days, no one day's, the weekend within a few words of the count (not `a car bomb
    /// killed 15 over the weekend` nor `12 were killed when a bus crashed over the weekend`: one incident within
    /// it; nor another count, `forty bands will perform over the weekend`; nor `45 were killed in the last 24
    /// hours, with talks over the weekend failing`).
    func isWeekendToll(_ figure: Figure, numeral: Int, in sentence: Range<Int>, counts: [Int]) -> Bool {
        guard figure.kind == .count, let event = figure.event,
            FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil
        else { return false }
        return runningTotalScope(of: numeral, in: sentence, counts: counts).contains { clause in
            // (Only the words within reach of the count: a sentence of many counts stays linear.)
            let low = max(clause.lowerBound, numeral - Self.weekendReach)
            let high = max(low, min(clause.upperBound, numeral + Self.weekendReach + 1))
            return (low..<high).contains { i in
                Self.severalDaysOpeners.contains(lowerOf: tokens[i]) && theWeekend(after: i + 1, in: clause) != nil
            } && !tellsOfOneIncident(in: clause, before: numeral)
                && !Self.tellsOfOneIncident(around: numeral, in: clause, tokens: tokens)
        }
    }

    /// The most tokens between a toll and `over the weekend` that dates it.
    static let weekendReach = 10

    /// `A car bomb killed 15 people over the weekend`, `12 people were killed when a bus crashed near Vessa
    /// over the weekend`: within ``weekendReach`` tokens either side of the count, `a` or `an` before a noun of
    /// an incident, or after the count `when` and its happening, tell of one incident within the days, whose
    /// count is no total.
    static func tellsOfOneIncident(around numeral: Int, in clause: Range<Int>, tokens: [Token]) -> Bool {
        let low = max(clause.lowerBound, numeral - weekendReach)
        let high = max(low, min(clause.upperBound, numeral + weekendReach + 1))
        return (low..<high).contains { k in
            tokens[k].lowerIs(oneOf: ["a", "an"])
                && incidentNounFollows(k, within: 3, before: clause.upperBound, in: tokens)
                || k > numeral && tokens[k].lowerIs("when")
        }
    }

    /// `A bomb killed 15 people over the past week`, `an attack …`: an article before a noun of an incident
    /// before the figure tells of one incident within the stretch, whose count is no total. (A stretch after
    /// the figure, `Jets killed 19 people, over the past week`, has no words before it.)
    func tellsOfOneIncident(in clause: Range<Int>, before numeral: Int) -> Bool {
        (clause.lowerBound..<max(clause.lowerBound, min(numeral, clause.upperBound))).contains { k in
            tokens[k].lowerIs(oneOf: ["a", "an"]) && incidentNounFollows(k, within: 3, before: clause.upperBound)
        }
    }

    /// `between 2012 and 2014`, `from March 2011 to January 2017`: the years or months from `i` (`between`
    /// or `from`) to the second's end.
    func yearsOrMonthsRange(at i: Int, in stretch: Range<Int>) -> Range<Int>? {
        guard i + 1 < stretch.upperBound, let first = monthOrYear(at: i + 1, in: stretch) else { return nil }
        let link = first.upperBound
        guard link + 1 < stretch.upperBound,
            tokens[link].lower == (tokens[i].lowerIs("between") ? "and" : "to"),
            let last = monthOrYear(at: link + 1, in: stretch)
        else { return nil }
        return i..<last.upperBound
    }

    /// Whether the word is a verb of beginning, a report's word or a verb of saying: a `between`/`from`
    /// after one (`the war, which began between …`, `the agency said between …`) dates that, no total
    /// (see ``namedStretch(in:)``).
    func isBeginningOrSaying(_ word: String) -> Bool {
        Self.beginningVerbs.contains(word) || Self.attributionWords.contains(word)
            || EnglishLexicon.speechVerbs.contains(word)
    }

    /// `the conflict which started in 2011`, `the war.`, `the Syrian civil war, which …`, `Syria's conflict
    /// which began …`: the whole of a war (not `the war zone`, a place, nor `the fighting`, which may be
    /// one day's).
    func isWholeConflict(after start: Int, in clause: Range<Int>) -> Bool {
        guard start < clause.upperBound,
            tokens[start].lowerIs(oneOf: ["the", "its", "their"]) || tokens[start].isCapitalized
        else { return false }
        var k = tokens[start].lowerIs(oneOf: ["the", "its", "their"]) ? start + 1 : start
        while k < clause.upperBound, k - start <= 3 {
            let word = tokens[k].lower
            if ["war", "conflict", "uprising", "insurgency", "revolution"].contains(word) {
                guard k + 1 < clause.upperBound, tokens[k + 1].isWord else { return true }
                return tokens[k + 1].lowerIs(oneOf: ["which", "that", "since", "began", "started", "erupted", "in"])
            }
            guard tokens[k].isWord, !tokens[k].isNumber, !FigureLexicon.phraseBreakers.contains(word) else {
                return false
            }
            k += 1
        }
        return false
    }

    /// Verbs by which fighting begins on a day: `the fighting that began on Thursday`.
    static let fightingBeginnings: WordSet = ["began", "started", "erupted", "broke"]

    /// `the fighting that began on Thursday`, `clashes which erupted Friday`, `the offensive that started on
    /// 3 May`: what lasts (``FigureLexicon/sustainedEventNouns``), `that` or `which`, the verb of beginning at
    /// `verb` (`broke out`) and the day it began (a weekday or a month's day): the range from the noun to
    /// the day. Nil for anything else (`the war that began in 2011` is the whole conflict's, see
    /// ``isWholeConflict(after:in:)``; `the assault that began at dawn` names no day).
    func fightingSinceADay(verb: Int, in clause: Range<Int>) -> Range<Int>? {
        // (`died in clashes which` at a text's end: no verb follows the relative word.)
        guard verb < clause.upperBound else { return nil }
        var k = verb - 1
        if k > clause.lowerBound, tokens[k].isPunctuation(",") { k -= 1 }
        guard k - 1 >= clause.lowerBound, tokens[k].lowerIs(oneOf: ["that", "which"]) else { return nil }
        let noun = k - 1
        guard FigureLexicon.sustainedEventNouns.contains(lowerOf: tokens[noun]) else { return nil }
        var day = verb + 1
        if tokens[verb].lowerIs("broke") {
            guard day < clause.upperBound, tokens[day].lowerIs("out") else { return nil }
            day += 1
        }
        if day < clause.upperBound, tokens[day].lowerIs("on") { day += 1 }
        guard day < clause.upperBound, tokens[day].isWord else { return nil }
        if EnglishLexicon.weekdays[tokens[day].lower] != nil { return noun..<(day + 1) }
        // (`on 3 May`, `on May 3`: a month's day.)
        if tokens[day].isNumber, day + 1 < clause.upperBound, EnglishLexicon.isCapitalizedMonth(tokens[day + 1].text) {
            return noun..<(day + 2)
        }
        if EnglishLexicon.isCapitalizedMonth(tokens[day].text), day + 1 < clause.upperBound, tokens[day + 1].isNumber {
            return noun..<(day + 2)
        }
        return nil
    }

    /// Whether a participle raising a toll stands between the figure and a cue after it (`killed 12 on Monday
    /// bringing to 45 the number killed in 24 hours of bombardment`): the cue is the raised toll's, not the
    /// day's count's (in a text that lost its commas, one stretch holds both).
    func raisesAnotherToll(between numeral: Int, and cue: Int) -> Bool {
        guard numeral < cue else { return false }
        return (numeral..<cue).contains { FigureLexicon.tollRaisingParticiples.contains(lowerOf: tokens[$0]) }
    }
}
