/// Date expressions starting with a number: `2020-01-08`, `8 January 2020`, `three days ago`, `2012 through
/// 2015`, and a year where the text introduces one (`in 2019`).
extension DateSentence {
    func numberAtom(at i: Int, lenient: Bool) -> DateAtom? {
        let t = tokens[i]
        // `G20`, `F16`: digits glued to a word are part of a name.
        if !t.spaceBefore, let previous = token(i - 1), previous.isWord { return nil }
        if let iso = isoDate(at: i) { return iso }
        if let numeric = dayMonthYearNumbers(at: i) { return numeric }
        if let clock = clockTime(at: i) { return DateAtom(start: .time(clock.time), tokens: i..<clock.end) }
        if let day = dayMonth(at: i) { return day }
        if let ago = agoAtom(at: i) { return ago }
        if let range = yearRange(at: i) ?? shortYearRange(at: i) ?? decadeAtom(at: i) { return range }
        if let year = yearNumber(at: i),
            lenient || yearIsIntroduced(at: i) || isCoordinatedYear(at: i) || headsATimelineEntry(at: i)
                || followsATitle(at: i)
        {
            return DateAtom(start: .year(year), tokens: i..<(i + 1))
        }
        return nil
    }

    /// `2020-01-08` written in the text.
    func isoDate(at i: Int) -> DateAtom? {
        guard tokens[i].text.utf8.count == 4, let year = Int(tokens[i].text),
            isDash(i + 1), isAttached(i + 1), isDash(i + 3), isAttached(i + 3),
            let m = token(i + 2), m.isNumber, !m.spaceBefore, m.text.utf8.count == 2, let month = Int(m.text),
            let d = token(i + 4), d.isNumber, !d.spaceBefore, d.text.utf8.count == 2, let day = Int(d.text),
            Self.isDigits(tokens[i].text), CivilDate.isValid(year: year, month: month, day: day)
        else { return nil }
        return DateAtom(start: .calendarDay(year: year, month: month, day: day), tokens: i..<(i + 5))
    }

    /// `26.11.2014` (one number as the tokenizer reads it) and `26-11-2014` (numbers glued by dashes): day,
    /// month and a year of four digits, as European datelines write them. Not a month above 12 (`11-26-2014`
    /// is no such date), nor a day its month does not have. Dashes read day first only when no other reading
    /// is possible (`26-11-2014`, `04-04-2016`) or the day-first reading is the article's publication date (a
    /// dateline, `05-07-2015 Jets kill 12`, that the reader took as the date the page states): `04-10-2015` is
    /// 4 October in Europe but April 10 in the US, and which the page meant stays unsaid (precision first).
    /// Dots are European only.
    func dayMonthYearNumbers(at i: Int) -> DateAtom? {
        let parts: [Substring]
        let end: Int
        let dotted = tokens[i].text.utf8.contains(UInt8(ascii: "."))
        if dotted {
            parts = tokens[i].text.split(separator: ".", omittingEmptySubsequences: false)
            end = i + 1
        } else if isDash(i + 1), isAttached(i + 1), let m = token(i + 2), m.isNumber, !m.spaceBefore, isDash(i + 3),
            isAttached(i + 3), let y = token(i + 4), y.isNumber, !y.spaceBefore
        {
            parts = [Substring(tokens[i].text), Substring(m.text), Substring(y.text)]
            end = i + 5
        } else {
            return nil
        }
        guard parts.count == 3, parts[0].utf8.count <= 2, parts[1].utf8.count <= 2, parts[2].utf8.count == 4,
            parts.allSatisfy({ Self.isDigits(String($0)) }), let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2]), (1900...2099).contains(year),
            CivilDate.isValid(year: year, month: month, day: day),
            dotted || day > 12 || day == month || anchor == CivilDate(year: year, month: month, day: day)
        else { return nil }
        // (Another number glued after it is no part of a date: `26-11-2014-3`.)
        if let next = token(end), !next.spaceBefore, next.isNumber || isDash(end) { return nil }
        return DateAtom(start: .calendarDay(year: year, month: month, day: day), tokens: i..<end)
    }

    /// A day of the month: `8`, `8th`.
    func dayNumber(at j: Int) -> (value: Int, end: Int)? {
        guard let t = token(j), t.isNumber, t.text.utf8.count <= 2, Self.isDigits(t.text),
            let value = Int(t.text), (1...31).contains(value)
        else { return nil }
        var end = j + 1
        if let suffix = token(end), suffix.isWord, !suffix.spaceBefore, ["st", "nd", "rd", "th"].contains(suffix.lower)
        {
            end += 1
        }
        return (value, end)
    }

    /// A month name, and whether it is abbreviated (`Jan`): capitalized, as lower case `march` and `may`
    /// are words.
    func monthName(at j: Int) -> (month: Int, abbreviated: Bool)? {
        guard let t = token(j), t.isWord, t.isCapitalized else { return nil }
        if let month = EnglishLexicon.months[t.lower] { return (month, false) }
        if let month = EnglishLexicon.monthAbbreviations[t.lower] { return (month, true) }
        return nil
    }

    /// `8 January`, `8 January 2020`, `8-10 January`, `8th of January`, `8 Jan.`
    func dayMonth(at i: Int) -> DateAtom? {
        guard let first = dayNumber(at: i) else { return nil }
        var k = first.end
        var endDay: Int?
        if isDash(k), let second = dayNumber(at: k + 1), second.value > first.value, monthName(at: second.end) != nil {
            endDay = second.value
            k = second.end
        }
        if lower(k) == "of", first.end > i + 1 || lower(i - 1) == "the" { k += 1 }
        guard let (month, year, end) = monthAndYear(at: k) else { return nil }
        return calendarAtom(year: year, month: month, day: first.value, endDay: endDay, tokens: i..<end)
    }

    func calendarAtom(year: Int?, month: Int, day: Int, endDay: Int?, tokens: Range<Int>) -> DateAtom? {
        // Without a year, 29 February is allowed: resolution finds a leap year.
        let days = CivilDate.daysIn(month: month, year: year ?? 2000)
        guard day <= days, (endDay ?? day) <= days else { return nil }
        return DateAtom(
            start: .calendarDay(year: year, month: month, day: day),
            end: endDay.map { .calendarDay(year: year, month: month, day: $0) }, tokens: tokens
        )
    }

    /// `three days ago`, `2 weeks ago`, `a year ago`, `a decade ago` (ten years, at a year's grain).
    func agoAtom(at i: Int) -> DateAtom? {
        guard lower(i + 2) == "ago" else { return nil }
        let t = tokens[i]
        guard let count = t.isNumber ? (Self.isDigits(t.text) ? Int(t.text) : nil) : DateLexicon.counts[t.lower],
            count > 0, count < 1000
        else { return nil }
        let reference: DateReference
        switch lower(i + 1) {
        case "day", "days": reference = .relativeDay(-count)
        case "week", "weeks": reference = .relativeWeek(-count)
        case "month", "months": reference = .relativeMonth(-count)
        case "year", "years": reference = .relativeYear(-count)
        case "decade", "decades": reference = .relativeYear(-10 * count)
        default: return nil
        }
        return DateAtom(start: reference, tokens: i..<(i + 3))
    }

    /// A four-digit number that can be a year: not `1990s`, `2019-20`, `2000m`.
    func yearNumber(at j: Int) -> Int? {
        guard let t = token(j), t.isNumber, t.text.utf8.count == 4, Self.isDigits(t.text),
            let year = Int(t.text), (1100...2199).contains(year)
        else { return nil }
        if let next = token(j + 1), !next.spaceBefore {
            if next.isWord { return nil }
            if next.lower == "'", lower(j + 2) == "s" { return nil }
            if next.text == "%" { return nil }
            // `2019-20`, `2019/20`; `2004-2014` is a range.
            if isDash(j + 1) || next.text == "/", isAttached(j + 2), let after = token(j + 2), after.isNumber,
                after.text.utf8.count != 4
            {
                return nil
            }
        }
        return year
    }

    /// `2012 through 2015`, `2004–2014`, `2004 – 2014`; not `1500 to 2000 people` or `up 1500 to 2000`.
    func yearRange(at i: Int) -> DateAtom? {
        guard let start = yearNumber(at: i),
            isDash(i + 1) || ["to", "through", "thru", "until"].contains(lower(i + 1)),
            let end = yearNumber(at: i + 2), end > start, end - start <= 200,
            // Counts run `to` and dash, not `through`: `the 2012 through 2015 models`.
            ["through", "thru", "until"].contains(lower(i + 1)) || !isCounted(i + 3),
            !DateLexicon.trendWords.contains(lower(i - 1))
        else { return nil }
        return DateAtom(start: .year(start), end: .year(end), tokens: i..<(i + 3))
    }

    /// `2015-16`, `the 2003/04 season`, `1999-00`, `1965-71`: a year and the last two digits of a later one, a
    /// season, a financial year or a span of years: a range of years. Not `2013-02` (no later year: a month),
    /// nor one glued to more digits or words (`2013/02/05`, `1998-99m`), nor after a number (`0800 2003-04`).
    func shortYearRange(at i: Int) -> DateAtom? {
        guard tokens[i].text.utf8.count == 4, Self.isDigits(tokens[i].text), let start = Int(tokens[i].text),
            (1800...2099).contains(start), isDash(i + 1) || token(i + 1)?.text == "/", isAttached(i + 1),
            isAttached(i + 2), let short = token(i + 2), short.isNumber, short.text.utf8.count == 2,
            Self.isDigits(short.text), let digits = Int(short.text)
        else { return nil }
        if let previous = token(i - 1), previous.isNumber || !tokens[i].spaceBefore && previous.isWord { return nil }
        if let next = token(i + 3), !next.spaceBefore, next.isWord || next.isNumber || isDash(i + 3) || next.text == "/"
        {
            return nil
        }
        let century = start / 100 * 100
        let end: Int
        if digits > start % 100 {
            end = century + digits
        } else if start % 100 >= 90, digits < 10 {
            end = century + 100 + digits
        } else {
            return nil
        }
        return DateAtom(start: .year(start), end: .year(end), tokens: i..<(i + 3))
    }

    /// `in 2019`, `since 2011`, `mid-2019`, `the end of 2019`, `the 2013 attack`; `from`/`by` not after a word
    /// of change
    /// (`down from 2000`, `increased by 2000`) nor before a counted noun.
    func yearIsIntroduced(at i: Int) -> Bool {
        let previous = lower(i - 1)
        // `the 2013 chemical attack`, `the 2013 Ghouta massacre`: the year of a happening named after it.
        // (`the 2004 Olympics`, `the 2006 World Cup`: the year of an occasion named after it.)
        if previous == "the", sentence.contains(i + 1),
            ArticleExtractor.headsAHappening(from: i + 1, in: tokens)
                || ArticleExtractor.headsANamedOccasion(from: i + 1, in: tokens)
        {
            return true
        }
        // `his 2005 campaign`, `the party's 2001 election defeat`, `the historic 1997 election`, `a 2005 poll`:
        // another determiner, a possessive or a describing word after `the` before the year of a happening or
        // an occasion; not a count (`its 1500 strikes`).
        if opensNounPhraseBeforeYear(at: i), sentence.contains(i + 1), !isCounted(i + 1),
            ArticleExtractor.headsAHappening(from: i + 1, in: tokens)
                || ArticleExtractor.headsANamedOccasion(from: i + 1, in: tokens)
        {
            return true
        }
        // `the 2010 Space Act`, `a 2003 bond deal`, `the 1994 Energy Charter Treaty`: a year of this or the last
        // century after `the` or `a`, before the name or the noun it modifies; not a count (`the 1500 troops`,
        // `a 2000 pound bomb`, `the 1200 wounded`).
        if previous == "the" || DateLexicon.yearModifyingDeterminers.contains(previous), isModifyingYear(at: i) {
            return true
        }
        if isDash(i - 1), isAttached(i), lower(i - 2) == "mid" { return true }
        // `the Kelvar Open 2031`, `at Dornholm Festival 2030`: the year a capitalised occasion's name ends with.
        if let before = token(i - 1), before.isWord, before.isCapitalized,
            ArticleExtractor.namedOccasionNouns.contains(before.lower), !isCounted(i + 1)
        {
            return true
        }
        if isSubjectYear(at: i) { return true }
        // `dating back to 1997`; `from the early 1990s to 1997` (a range from a decade).
        if previous == "to", !isCounted(i + 1), lower(i - 2) == "back" || followsDecadeAfterFrom(to: i - 1) {
            return true
        }
        if previous == "of" { return DateLexicon.ofYearHeads.contains(lower(i - 2)) && !isCounted(i + 1) }
        guard DateLexicon.yearIntroducers.contains(previous) else { return false }
        if DateLexicon.countableYearIntroducers.contains(previous) {
            // `from 1500 to 2000 people`: the range would have been taken had it been one of years.
            if ["and", "to", "-", "\u{2013}"].contains(lower(i + 1)), token(i + 2)?.isNumber == true { return false }
            return !DateLexicon.trendWords.contains(lower(i - 2)) && !isCounted(i + 1)
        }
        return true
    }

    /// `2030 was a hard year`, `Without doubt, 2030 has been a landmark year`: a year of this or the last century
    /// opening a clause (the sentence's start, a comma or a quotation mark before it) as the subject of `was`,
    /// `is`, `has been` or `will be` and a describing phrase whose noun is a year or a season (not `2000 was
    /// the toll`).
    func isSubjectYear(at i: Int) -> Bool {
        guard let year = Int(tokens[i].text), (1900...2099).contains(year) else { return false }
        if let before = token(i - 1), before.kind != .punctuation || !DateLexicon.clauseOpeningMarks.contains(before.text) {
            return false
        }
        // The verb: `was`, `is`, `has been`, `had been`, `will be`.
        let verb = lower(i + 1)
        let k: Int
        if verb == "was" || verb == "is" {
            k = i + 2
        } else if (verb == "has" || verb == "had") && lower(i + 2) == "been" || verb == "will" && lower(i + 2) == "be" {
            k = i + 3
        } else {
            return false
        }
        guard ["a", "an", "the", "another"].contains(lower(k)) else { return false }
        for j in (k + 1)..<(k + 5) {
            guard let t = token(j), t.isWord else { return false }
            if DateLexicon.yearNouns.contains(t.lower) { return true }
        }
        return false
    }

    /// Whether the year at `i` (1900 to 2099) stands before a name or a noun it modifies: a capitalised word
    /// (`the 2010 Space Act`), or a lowercase noun that is no counted thing, unit or describing word of a
    /// count (`a 2003 bond deal`; not `the 1950 troops`, `a 2000 pound bomb`, `the 1950 wounded`, `the 1950
    /// who fled`).
    func isModifyingYear(at i: Int) -> Bool {
        guard let year = Int(tokens[i].text), (1900...2099).contains(year), let next = token(i + 1), next.isWord,
            next.spaceBefore
        else { return false }
        // A law's, a document's or a show's name (`the 2010 Space Act`); a model's name before the kind of
        // product it is (`the 2021 Vesko Orbix sedan`), dated by the year as a model's kind is (`the 2021
        // model`); and a model's name alone (`the 2020 Vesko Orbix`, `a 2016 Kestrel Pro`): the year is the
        // model's, a date mention (it dates no figure: ArticleExtractor+ModelYears).
        if next.isCapitalized {
            var k = i + 1
            while k < sentence.upperBound, k - i <= 4, tokens[k].isWord {
                if DateLexicon.datedNameHeads.contains(tokens[k].lower) { return true }
                if !tokens[k].isCapitalized {
                    // (`the 2000 Tarnak drones it sold`: a count of products, no model year.)
                    if k > i + 1, tokens[k].startsLowercase, !isCounted(k),
                        EntityProductWords.nouns.contains(tokens[k].lower)
                            || EntityLexicon.wholeProductNouns.contains(tokens[k].lower)
                    {
                        return true
                    }
                    break
                }
                k += 1
            }
            return namesAModel(year: i, nameEnd: k)
        }
        let word = next.lower
        // (`a 2018 analysis`, `the 2004 crisis`, `a 2001 bonus`: singular nouns ending in `s`.)
        let plural = isCounted(i + 1) && !word.hasSuffix("ss") && !word.hasSuffix("is") && !word.hasSuffix("us")
        // `the 1997 and 2001 elections`: the year joined to the next one that modifies a noun.
        if word == "and" || word == "or", yearNumber(at: i + 2) != nil, sentence.contains(i + 3) {
            return isModifyingYear(at: i + 2) || ArticleExtractor.headsAHappening(from: i + 3, in: tokens)
                || ArticleExtractor.headsANamedOccasion(from: i + 3, in: tokens)
        }
        return !plural && !FigureLexicon.phraseBreakers.contains(word)
            && !DateLexicon.wordsAfterACount.contains(word) && !FigureLexicon.casualtyWords.contains(word)
            && !FigureLexicon.yearLikeCountNouns.contains(word) && !word.hasSuffix("ed")
    }

    /// `… 2006 and 2007`, `in 2011 or 2012`, `2010, 2011 and 2012`, `into 2005, even 2006`, `late 2016, and more
    /// likely 2017`, `of 2015, or even 2016`: a year of this or the last century joined to a year before it
    /// that is a date (introduced, joined so itself, or after its month), at most 30 years apart, and no count
    /// (`in 2004 and 2005 people`). After a comma alone only inside a list that goes on (`2010, 2011 and`).
    func isCoordinatedYear(at i: Int, depth: Int = 0) -> Bool {
        guard depth < Self.coordinatedYearsReach, let year = yearNumber(at: i), (1900...2099).contains(year) else {
            return false
        }
        // (`the 1997 and 2001 elections`: a plural that names what happened then is no count.)
        if isCounted(i + 1), !ArticleExtractor.headsAHappening(from: i + 1, in: tokens),
            !ArticleExtractor.headsANamedOccasion(from: i + 1, in: tokens)
        {
            return false
        }
        var k = i - 1
        var joined = false
        while k > sentence.lowerBound, i - k <= 5 {
            if tokens[k].isPunctuation(",") {
                k -= 1
            } else if tokens[k].isWord, DateLexicon.yearCoordinators.contains(tokens[k].lower) {
                joined = true
                k -= 1
            } else {
                break
            }
        }
        guard k >= sentence.lowerBound, k < i - 1, let earlier = yearNumber(at: k), abs(year - earlier) <= 30 else {
            return false
        }
        if !joined {
            let next = lower(i + 1)
            guard next == "," || next == "and" || next == "or", yearNumber(at: i + 2) != nil else { return false }
        }
        return yearIsIntroduced(at: k) || monthName(at: k - 1) != nil || isCoordinatedYear(at: k, depth: depth + 1)
    }

    /// How many years of a list are followed back to the one a date introduces.
    static let coordinatedYearsReach = 6

    /// Whether `from` and a decade (`1990s`) stand a few words before the `to` at `to`: `from the early 1990s to`.
    func followsDecadeAfterFrom(to: Int) -> Bool {
        var k = to - 1
        while k > sentence.lowerBound, to - k <= 4 {
            if tokens[k].isNumber, tokens[k].text.utf8.count == 4, lower(k + 1) == "s", isAttached(k + 1) {
                var j = k - 1
                while j >= sentence.lowerBound, k - j <= 3, lower(j) != "from" { j -= 1 }
                return lower(j) == "from" && !DateLexicon.trendWords.contains(lower(j - 1))
            }
            k -= 1
        }
        return false
    }

    /// Whether the words before the year at `i` open a noun phrase it modifies: a possessive (`his`, `their`,
    /// `the party's`), `a`, or `the` and one describing word (`the historic`, `the expected`).
    func opensNounPhraseBeforeYear(at i: Int) -> Bool {
        let previous = lower(i - 1)
        if DateLexicon.yearModifyingDeterminers.contains(previous) { return true }
        if previous == "'s" || previous == "\u{2019}s" { return token(i - 2)?.isWord == true }
        guard lower(i - 2) == "the", let word = token(i - 1), word.isWord, !word.isCapitalized else { return false }
        return !EnglishLexicon.beForms.contains(previous) && !FigureLexicon.englishFunctionWords.contains(previous)
            && !DateLexicon.trendWords.contains(previous) && NumberWords.wordValue(previous) == nil
    }

    /// Whether token `k` looks like a counted noun (`people`, `votes`), so the number before it is a count.
    func isCounted(_ k: Int) -> Bool {
        guard let t = token(k), t.isWord, !t.isCapitalized else { return false }
        let word = t.lower
        if ["people", "men", "women", "children", "police", "troops", "personnel", "staff"].contains(word) {
            return true
        }
        return word.utf8.count > 3 && word.hasSuffix("s") && !DateLexicon.notCountedNouns.contains(word)
    }

    /// A month's name at token `k` (an abbreviation with its full stop: `Sept.`) and the year right after it,
    /// if any: the month, the year and the token after them (`14 May 2016`, `12 and 14 of May`).
    func monthAndYear(at k: Int) -> (month: Int, year: Int?, end: Int)? {
        guard let name = monthName(at: k) else { return nil }
        var end = k + 1
        if name.abbreviated, let dot = token(end), dot.isPunctuation("."), !dot.spaceBefore { end += 1 }
        guard let year = yearNumber(at: end) else { return (name.month, nil, end) }
        return (name.month, year, end + 1)
    }
}
