/// The stretch of time a running total covers, in its clause's words: `300 killed since the push began`
/// (`since the push began`), `October was the bloodiest month, with 2,100 killed` (`October`), `so far this
/// year` (`this year`), `over the past five years` (`the past five years`), `in 2016` (`2016`), `between 2012
/// and 2014`. A total whose clause names no stretch keeps none (`the war has claimed 300,000 lives`): the
/// archive then gives it as of its article's day, as before.
extension FigureParagraphReader {
    /// The period of the total whose number stands at `numeral`, looked for in the stretches of its clause
    /// that speak of it (``runningTotalScope(of:in:counts:)``): `since …` first, then a month a superlative
    /// of months names, then `so far this year`, then a stretch up to now (`over the past five years`), then
    /// the years or months named (`in 2016`, `during March 2015`, `between 2012 and 2014`).
    func periodOfTotal(at numeral: Int, in sentence: Range<Int>, counts: [Int]) -> String? {
        let stretches = runningTotalScope(of: numeral, in: sentence, counts: counts)
        for stretch in stretches {
            if let since = sincePhrase(in: stretch, figure: numeral) { return since }
        }
        for stretch in stretches {
            if let month = monthOfBloodiestMonth(in: stretch) ?? stretchAlone(in: stretch) { return month }
        }
        for stretch in stretches {
            for i in stretch where i + 3 < stretch.upperBound && tokens[i].lowerIs("so") && tokens[i + 1].lowerIs("far")
            {
                // `so far this year`, `so far this month`: the stretch is `this year`.
                if tokens[i + 2].lowerIs("this"), Self.stretchesOfASuperlative.contains(lowerOf: tokens[i + 3]) {
                    return paragraph.text(of: (i + 2)..<(i + 4))
                }
            }
        }
        for stretch in stretches {
            for i in stretch where Self.stretchOpeners.contains(lowerOf: tokens[i]) {
                if let past = stretchOfTime(after: i + 1, in: stretch) { return paragraph.text(of: past) }
            }
        }
        // (`killed in five years`, `a conflict which has lasted six years`: a count of units alone; not a
        // record's, `the worst fighting in two decades`.)
        for stretch in stretches {
            for i in stretch where Self.countedStretchOpeners.contains(lowerOf: tokens[i]) {
                if isRecordOrOrdinal(before: i, in: stretch, figure: numeral) { continue }
                if let counted = countedStretch(after: i + 1, in: stretch) ?? severalDays(after: i + 1, in: stretch)
                    ?? theWeekend(after: i + 1, in: stretch)
                {
                    return paragraph.text(of: counted)
                }
            }
        }
        for stretch in stretches {
            if let named = namedStretch(in: stretch) { return named }
        }
        for stretch in stretches {
            if let lasting = stretchOfWhatLasts(in: stretch, figure: numeral) { return lasting }
        }
        // (`the fighting that began on Thursday`.)
        for stretch in stretches {
            for i in stretch where Self.fightingBeginnings.contains(lowerOf: tokens[i]) {
                if let fighting = fightingSinceADay(verb: i, in: stretch) { return paragraph.text(of: fighting) }
            }
        }
        return nil
    }

    /// `killed in Syria's conflict which began in 2011`: the period of each total its clause gave none, nor a
    /// total it is joined to (``shareTotalsPeriods(_:joined:)``), is the beginning of the war the sentence
    /// tells of, anywhere in it (the war's relative clause is no stretch of the total's own).
    func periodOfTheWar(in sentence: Range<Int>) -> String? {
        for i in sentence where Self.fightingBeginnings.contains(lowerOf: tokens[i]) {
            if let war = conflictSinceAYear(verb: i, in: sentence) { return paragraph.text(of: war) }
        }
        return nil
    }

    /// Words before a count of units of time a total is counted over: `in five years`, `has lasted six years`.
    static let countedStretchOpeners: WordSet = ["in", "over", "within", "during", "lasted", "lasting"]

    /// `five years`, `14 months`, `two decades` from `start`: a number above one (in digits or a word) and a
    /// plural unit of weeks or more, as written. Not what lasts (`five years of war`, read by
    /// ``stretchOfWhatLasts(in:figure:)``), a time to come or gone (`in five years' time`, `five years ago`),
    /// nor an age (`five years old`).
    func countedStretch(after start: Int, in stretch: Range<Int>) -> Range<Int>? {
        guard start + 1 < stretch.upperBound else { return nil }
        let count = tokens[start]
        guard count.isNumber ? (Double(count.text).map { $0 > 1 } ?? false)
            : (NumberWords.wordValue(count.lower).map { $0 > 1 } ?? false)
        else { return nil }
        guard Self.approximatePluralUnits.contains(lowerOf: tokens[start + 1]) else { return nil }
        let after = start + 2
        if after < stretch.upperBound,
            tokens[after].lowerIs(oneOf: ["of", "ago", "old", "time", "later", "earlier", "before", "after"])
                || tokens[after].isPunctuation("'") || tokens[after].text == "'s"
        {
            return nil
        }
        return start..<(start + 2)
    }

    /// Words before several days a count is counted over: `in two days`, `over three days`, `within 72 hours`.
    static let severalDaysOpeners: WordSet = ["in", "over", "within", "during"]
    /// The fewest hours that make a count one over several days (`the past 48 hours`), not one day's
    /// (`the past 24 hours`).
    static let severalDaysHours = 36.0

    /// `two days`, `three days`, `48 hours` from `start`: a number above one and `days`, or at least
    /// ``severalDaysHours`` and `hours`, with ``countedStretch(after:in:)``'s exclusions (not `two days ago`,
    /// `two days later`, `in two days' time`, nor what lasts: `two days of fighting`).
    func severalDays(after start: Int, in stretch: Range<Int>) -> Range<Int>? {
        guard start + 1 < stretch.upperBound else { return nil }
        let count = tokens[start]
        guard let value = count.isNumber ? Double(count.text) : NumberWords.wordValue(count.lower) else { return nil }
        let unit = tokens[start + 1]
        guard unit.lowerIs("days") && value > 1 || unit.lowerIs("hours") && value >= Self.severalDaysHours else {
            return nil
        }
        let after = start + 2
        if after < stretch.upperBound,
            tokens[after].lowerIs(oneOf: ["of", "ago", "old", "time", "later", "earlier", "before", "after"])
                || tokens[after].isPunctuation("'") || tokens[after].text == "'s"
        {
            return nil
        }
        return start..<(start + 2)
    }

    /// `the weekend` from `start` (not `the weekend of 4 and 5 June`, one named, nor `the weekend's bombing`,
    /// one happening of it): its two days.
    func theWeekend(after start: Int, in stretch: Range<Int>) -> Range<Int>? {
        guard start + 1 < stretch.upperBound, tokens[start].lowerIs("the"), tokens[start + 1].lowerIs("weekend"),
            start + 2 >= stretch.upperBound || !tokens[start + 2].lowerIs(oneOf: ["of", "'s", "\u{2019}s"])
        else { return nil }
        return start..<(start + 2)
    }

    /// `the conflict which began in 2011`, `a war that started in March 2011`, `the civil war broke out in
    /// Syria in 2011`: a war's noun (``FigureLexicon/conflictNouns``), `that` or `which` (or none), the verb
    /// of beginning at `verb` (`broke out`) and, within a few words without a break, `in` and the year or
    /// month it began: the range from the noun to the year, as the period of a total of that war.
    func conflictSinceAYear(verb: Int, in sentence: Range<Int>) -> Range<Int>? {
        var k = verb - 1
        if k > sentence.lowerBound, tokens[k].lowerIs(oneOf: ["that", "which"]) {
            k -= 1
            // (`Syria's war, which began in 2011`.)
            if k > sentence.lowerBound, tokens[k].isPunctuation(",") { k -= 1 }
        }
        guard k >= sentence.lowerBound, FigureLexicon.conflictNouns.contains(lowerOf: tokens[k]),
            !FigureLexicon.conflictNounsNamingNoWar.contains(lowerOf: tokens[k])
        else { return nil }
        let noun = k
        var j = verb + 1
        if tokens[verb].lowerIs("broke") {
            guard j < sentence.upperBound, tokens[j].lowerIs("out") else { return nil }
            j += 1
        }
        while j + 1 < sentence.upperBound, j - verb <= 6, tokens[j].isWord {
            if tokens[j].lowerIs("in"), let year = monthOrYear(at: j + 1, in: j..<sentence.upperBound),
                year.upperBound > year.lowerBound, tokens[year.upperBound - 1].isNumber
            {
                return noun..<year.upperBound
            }
            if tokens[j].lowerIs(oneOf: ["and", "but", "or", "has", "have", "which", "that", "when"]) { return nil }
            j += 1
        }
        return nil
    }

    /// `in two days of clashes` (`two days of clashes`), `after more than three years of war` (`more than
    /// three years of war`), `Seven days of air strikes have killed 75` (`Seven days of air strikes`), `a year
    /// of war`: the units of time of what lasts (``unitsOfWhatLasts(at:in:figure:)``) with the words that
    /// count them, as written.
    func stretchOfWhatLasts(in stretch: Range<Int>, figure numeral: Int) -> String? {
        for i in stretch where FigureLexicon.stretchUnits.contains(lowerOf: tokens[i]) {
            guard let units = unitsOfWhatLasts(at: i, in: stretch, figure: numeral) else { continue }
            var start = i
            let before = i - 1
            if before >= stretch.lowerBound, before != numeral,
                tokens[before].isNumber || NumberWords.wordValue(tokens[before].lower) != nil
                    || Self.severalWords.contains(lowerOf: tokens[before])
                    || tokens[before].lowerIs(oneOf: ["a", "an", "few"])
            {
                start = before
                // (`more than three years`, `nearly two weeks`, `a few days`.)
                while start - 1 >= stretch.lowerBound, i - start < 4,
                    Self.wordsBeforeACountOfUnits.contains(lowerOf: tokens[start - 1])
                {
                    start -= 1
                }
            }
            return paragraph.text(of: start..<units.upperBound)
        }
        return nil
    }

    /// Words of approximation before a count of units of time: `more than three years`, `nearly two weeks`,
    /// `a few days`.
    static let wordsBeforeACountOfUnits: WordSet = [
        "more", "than", "over", "nearly", "almost", "about", "some", "around", "least", "at", "a",
    ]

    /// `Since 2011, 300,000 people have been killed and millions displaced`, `300,000 have been killed since
    /// the war began and millions have been forced to flee`: a count joined to the total before it
    /// (``markCountsJoinedToTotals(_:numerals:sentence:)``, whose indices `joined` are) shares that total's
    /// verb, and so its stretch of time, when its own words name none.
    /// (`joined` is in the figures' order: one pass, carrying the last total along, not a look back per count.)
    func shareTotalsPeriods(_ figures: inout [Figure], joined: [Int]) {
        guard !joined.isEmpty else { return }
        var nextJoined = joined.startIndex
        var lastTotal: Int?
        for index in figures.indices {
            while nextJoined < joined.endIndex, joined[nextJoined] < index { nextJoined += 1 }
            if nextJoined < joined.endIndex, joined[nextJoined] == index, figures[index].period == nil,
                let total = lastTotal
            {
                figures[index].period = figures[total].period
            }
            if figures[index].kind == .count && figures[index].isRunningTotal { lastTotal = index }
        }
    }

    /// `in 2016`, `during March 2015`, `throughout 2014`, `in October`, `between 2012 and 2014`, `from 2012 to
    /// 2014`, `in 2014 and 2015`: years or months a total is counted over, as written (without `in`,
    /// `during`). Not after a verb of beginning in the stretch (`the war, which began in 2011, has killed …`,
    /// `the war broke out in Syria in 2011`: when the war began), nor right after a verb of saying (`the agency
    /// said in 2016 that …`: when it said so).
    func namedStretch(in stretch: Range<Int>) -> String? {
        var begins = false
        for i in stretch {
            let word = tokens[i].lower
            // (`…, the UN said in a report in April`, `according to a report released in 2016`: when it was
            // said, not the stretch counted.)
            if isBeginningOrSaying(word) { begins = true }
            guard !begins, Self.namedStretchOpeners.contains(word) else { continue }
            let before = i > stretch.lowerBound ? tokens[i - 1].lower : ""
            guard i + 1 < stretch.upperBound, !EnglishLexicon.speechVerbs.contains(before) else { continue }
            guard let first = monthOrYear(at: i + 1, in: stretch) else { continue }
            if tokens[i].lowerIs(oneOf: ["between", "from"]) {
                // `between 2012 and 2014`, `from 2012 to 2014`: both ends, with the words between them.
                guard let range = yearsOrMonthsRange(at: i, in: stretch) else { continue }
                return paragraph.text(of: range)
            }
            // (`in 2014 and 2015`: both years.)
            let link = first.upperBound
            if link + 1 < stretch.upperBound, tokens[link].lowerIs("and"),
                let second = monthOrYear(at: link + 1, in: stretch)
            {
                return paragraph.text(of: first.lowerBound..<second.upperBound)
            }
            return paragraph.text(of: first)
        }
        return nil
    }

    /// A month's name (capitalized) with its year, a month alone, or a year alone (four digits from 1900 to
    /// 2099) at `start`; not a day (`3 March`, `March 3`).
    func monthOrYear(at start: Int, in stretch: Range<Int>) -> Range<Int>? {
        let isYear = { (k: Int) -> Bool in
            k < stretch.upperBound && self.tokens[k].isNumber && self.tokens[k].text.count == 4
                && Int(self.tokens[k].text).map { (1900...2099).contains($0) } ?? false
        }
        if isYear(start) { return start..<(start + 1) }
        guard start < stretch.upperBound, EnglishLexicon.isCapitalizedMonth(tokens[start].text) else { return nil }
        if isYear(start + 1) { return start..<(start + 2) }
        // (`March 3`: a day.)
        guard start + 1 == stretch.upperBound || !tokens[start + 1].isNumber else { return nil }
        return start..<(start + 1)
    }

    /// Words before the years or months a total is counted over: `in 2016`, `during March`, `between 2012 and …`.
    static let namedStretchOpeners: WordSet = ["in", "during", "throughout", "between", "from"]
    /// Verbs of beginning, before which a year tells when something began: `began in 2011`, `broke out in 2011`.
    static let beginningVerbs: WordSet = [
        "began", "begun", "started", "erupted", "flared", "broke", "launched", "founded", "established",
        "born", "formed", "created", "opened", "published",
    ]

    /// Words of a report that dates itself rather than the toll: what follows them is when it was said.
    static let attributionWords: WordSet = [
        "according", "report", "reports", "reported", "released", "statement", "study", "survey", "estimate",
        "estimated", "issued",
    ]

    /// Words that end a `since` clause: another clause, an auxiliary of the main verb, an attribution, or
    /// the place of the toll.
    static let sincePhraseEnds: WordSet = [
        "and", "but", "or", "according", "said", "says", "when", "while", "as", "who", "which", "with",
        "including", "across", "in", "at", "on", "to", "from", "for", "has", "have", "had", "is", "are", "was",
        "were", "will", "more", "than", "killed",
    ]
    /// Words of a moment that may follow `since` and its day: `since Tuesday morning`, `since then`.
    static let momentWords: WordSet = [
        "then", "yesterday", "dawn", "morning", "afternoon", "evening", "night", "midnight", "noon", "early", "late",
        "mid", "last",
    ]
    /// Past tenses not ending in `-ed` that follow an adverbial `since`: `has since paid`, `has since left`.
    static let pastVerbs: WordSet = ["paid", "left", "made", "become", "been", "gone", "won", "lost", "sold", "held"]

    /// `since the push began`, `since 2011`, `since 21 May`, `Since Tuesday` (before a main clause with no
    /// comma: `Since Tuesday shelling has killed 44`): after a moment, only its day, month, year and time of
    /// day; after an event, at most six words, up to a word that ends the clause. Not `the deadliest attack
    /// since 2015` (a record), nor `has since killed` (an adverb).
    func sincePhrase(in stretch: Range<Int>, figure numeral: Int) -> String? {
        for i in stretch where tokens[i].lowerIs("since") && !isRecord(before: i, in: stretch, figure: numeral) {
            guard i + 1 < stretch.upperBound, tokens[i + 1].isWord || tokens[i + 1].isNumber else { continue }
            // (`has since killed`, `have since paid`, `has since intermittently clashed`: an adverb.)
            let next = tokens[i + 1].lower
            if tokens[i + 1].isWord, !isMomentWord(at: i + 1),
                next.hasSuffix("ed") || next.hasSuffix("ly") || Self.pastVerbs.contains(next)
            {
                continue
            }
            var end = i + 1
            // (`since Sept. 19`: an abbreviated month before its day is a moment too.)
            // (`since January last year`: a stretch's unit after `last`/`this` is a moment's word too.)
            let isMoment = { (k: Int) in
                self.isMomentWord(at: k)
                    || k > i + 1 && Self.stretchesOfASuperlative.contains(lowerOf: self.tokens[k])
                        && self.tokens[k - 1].lowerIs(oneOf: ["last", "this"])
                    || EnglishLexicon.isCapitalizedMonth(self.tokens[k].text) && k + 2 < stretch.upperBound
                        && self.tokens[k + 1].isPunctuation(".") && self.tokens[k + 2].isNumber
            }
            if isMoment(i + 1) {
                // (`since 1997 10 …`: a second number after a number is no part of the day.)
                // (A number is a day next to its month, or a year; `Since Tuesday 44 people …`: the 44 is
                // the count, no part of the day.)
                while end < stretch.upperBound, end - i <= 4, end != numeral, isMoment(end),
                    !tokens[end].isNumber || isDayOrYear(at: end)
                {
                    end += 1
                    // (`since Sept. 19`: an abbreviated month's full stop, before its day.)
                    if end + 1 < stretch.upperBound, tokens[end].isPunctuation("."), !tokens[end].spaceBefore,
                        EnglishLexicon.isCapitalizedMonth(tokens[end - 1].text), tokens[end + 1].isNumber
                    {
                        end += 1
                    }
                }
            } else if let moment = momentOfABeginning(after: i, in: stretch, figure: numeral) {
                // (`since the start of the revolt against the king in March 2014`: since March 2014.)
                return "since " + paragraph.text(of: moment)
            } else {
                // (`Since the siege began hundreds have starved`: a number word opens the count.)
                while end < stretch.upperBound, end - i <= 6, end != numeral, tokens[end].isWord,
                    !Self.sincePhraseEnds.contains(lowerOf: tokens[end]), !NumberWords.startsNumeral(tokens[end])
                {
                    end += 1
                }
            }
            // `since the start of the …`, `since it …`: words that cannot end the phrase are left off.
            while end > i + 1, Self.sincePhraseOpenEnds.contains(lowerOf: tokens[end - 1]) { end -= 1 }
            if end > i + 1 { return paragraph.text(of: i..<end) }
        }
        return nil
    }

    /// `since the start of the revolt in March 2014`, `since the outbreak of the war against the king in 2014`:
    /// after `since` at `since`, `the` and a noun of a beginning and `of`, the month or year written after
    /// `in` within ``beginningReach`` words, with no number between (the figure's or any other).
    func momentOfABeginning(after since: Int, in stretch: Range<Int>, figure numeral: Int) -> Range<Int>? {
        guard since + 3 < stretch.upperBound, tokens[since + 1].lowerIs("the"),
            Self.beginningNouns.contains(lowerOf: tokens[since + 2]), tokens[since + 3].lowerIs("of")
        else { return nil }
        var k = since + 4
        while k + 1 < min(stretch.upperBound, since + 4 + Self.beginningReach), k != numeral, !tokens[k].isNumber {
            if tokens[k].lowerIs("in"), let moment = monthOrYear(at: k + 1, in: stretch),
                tokens[moment.upperBound - 1].isNumber
            {
                return moment
            }
            k += 1
        }
        return nil
    }

    /// Nouns of a beginning in `since the start of …`.
    static let beginningNouns: WordSet = ["start", "beginning", "outbreak", "onset"]
    /// How many words after `since the start of` the moment's `in` may stand.
    static let beginningReach = 10

    /// Function words a `since` phrase cut short may end on: `since the start of the`, `since it`.
    static let sincePhraseOpenEnds: WordSet = [
        "the", "a", "an", "of", "its", "their", "his", "her", "it", "they", "he", "she", "this", "that", "these",
        "those", "being",
    ]

    /// Whether the number at `i` is a year (four digits) or a day beside its month (`21 May`, `May 21`,
    /// `Sept. 19`).
    func isDayOrYear(at i: Int) -> Bool {
        let text = tokens[i].text
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        guard text.count <= 2 else { return false }
        let isMonth = { (k: Int) in
            k >= 0 && k < self.tokens.count && EnglishLexicon.isCapitalizedMonth(self.tokens[k].text)
        }
        return isMonth(i - 1) || isMonth(i + 1) || i >= 2 && tokens[i - 1].isPunctuation(".") && isMonth(i - 2)
    }

    /// A number, a month, a weekday or a word of a moment (`mid-February` too).
    func isMomentWord(at i: Int) -> Bool { Self.isMomentWord(tokens[i]) }

    /// ``isMomentWord(at:)`` of one token.
    static func isMomentWord(_ token: Token) -> Bool {
        if token.isNumber { return true }
        guard token.isWord else { return false }
        let word = token.lower
        let last = word.split(separator: "-").last.map(String.init) ?? word
        return EnglishLexicon.months[last] != nil || EnglishLexicon.weekdays[last] != nil
            || momentWords.contains(word) || word.hasPrefix("mid-")
    }

    /// `October was the bloodiest month`, `March 2016 was the deadliest month of the war`: the month (and its
    /// year) before `bloodiest`/`deadliest month` within a few words.
    func monthOfBloodiestMonth(in stretch: Range<Int>) -> String? {
        for i in stretch where Self.superlativesOfToll.contains(lowerOf: tokens[i]) {
            guard i + 1 < stretch.upperBound, tokens[i + 1].lowerIs("month") else { continue }
            var k = i - 1
            while k >= stretch.lowerBound, i - k <= 5 {
                let token = tokens[k]
                if token.isWord, token.isCapitalized, EnglishLexicon.months[token.lower] != nil {
                    let hasYear =
                        k + 1 < i && tokens[k + 1].isNumber && tokens[k + 1].text.count == 4
                    return paragraph.text(of: k..<(k + (hasYear ? 2 : 1)))
                }
                k -= 1
            }
        }
        return nil
    }

    /// `in October alone` (`October`), `in March 2016 alone` (`March 2016`), `last month alone` (`last
    /// month`): the stretch before `alone` that ``isStretchAlone(at:in:)`` accepts.
    func stretchAlone(in stretch: Range<Int>) -> String? {
        for i in stretch where tokens[i].lowerIs("alone") && isStretchAlone(at: i, in: stretch) {
            var start = i - 1
            if tokens[start].isNumber, start - 1 >= stretch.lowerBound { start -= 1 }  // `March 2016 alone`
            if Self.stretchesOfASuperlative.contains(lowerOf: tokens[start]) { start -= 1 }  // `last month alone`
            return paragraph.text(of: start..<i)
        }
        return nil
    }
}
