/// Date expressions starting with a word: `Wednesday night`, `January 8, 2020`, `last week`, `this morning`.
extension DateSentence {
    func wordAtom(at i: Int, lenient: Bool) -> DateAtom? {
        let t = tokens[i]
        // Most words start no date: one look-up read from the token's own words, and for a word that may open
        // `mid-`, `late-` or `early-` a byte check, before any lowercase string is made and the look-ups below.
        guard DateLexicon.atomWords.contains(lowerOf: t) || Self.mayOpenPartOfAMonth(t) else { return nil }
        let word = t.lower
        switch word {
        case "last", "next", "this": return pastWeekAtom(at: i) ?? modifiedAtom(at: i)
        case "past": return pastWeekAtom(at: i)
        case "coming": return comingAtom(at: i)
        case "noon", "midday":
            // Not `Jamie Noon`.
            guard !t.isCapitalized || DateLexicon.timePrepositions.contains(lower(i - 1)) else { return nil }
            return DateAtom(start: .time(ClockTime(hour: 12, minute: 0, isPM: true, zone: nil)), tokens: i..<(i + 1))
        default: break
        }
        if let offset = DateLexicon.relativeDays[word] {
            // `the Today programme`
            if word == "today", lower(i - 1) == "the" || ["programme", "program", "show"].contains(lower(i + 1)) {
                return nil
            }
            // `USA Today`
            if t.isCapitalized, let previous = token(i - 1), previous.isWord, previous.isCapitalized { return nil }
            // `today's children`, `is today one of`: the present era, no day (DateSentence+PresentEra).
            if word == "today", namesThePresentEra(at: i) { return DateAtom(start: .presentEra, tokens: i..<(i + 1)) }
            var end = i + 1
            if word != "tonight", DateLexicon.partsOfDay.contains(lower(end)) { end += 1 }
            return DateAtom(start: .relativeDay(offset), tokens: i..<end)
        }
        if let offset = DateLexicon.relativeDaysLosingTheirApostrophe[word] {
            return possessiveRelativeDayAtom(offset, at: i)
        }
        if let weekday = EnglishLexicon.weekdays[word], t.isCapitalized { return weekdayAtom(weekday, at: i) }
        if let weekday = DateLexicon.weekdaysLosingTheirApostrophe[word], t.isCapitalized {
            return possessiveWeekdayAtom(weekday, at: i)
        }
        if monthName(at: i) != nil { return monthAtom(at: i, lenient: lenient) }
        if let dash = word.firstIndex(of: "-"), DateLexicon.partsOfAMonth.contains(String(word[..<dash])),
            let month = EnglishLexicon.months[String(word[word.index(after: dash)...])]
        {
            // `mid-January`, `mid-January 2020`, `late-March`, `early-May`: the month.
            if let year = yearNumber(at: i + 1) {
                return DateAtom(start: .namedMonth(month: month, year: year, .none), tokens: i..<(i + 2))
            }
            return DateAtom(start: .namedMonth(month: month, year: nil, .none), tokens: i..<(i + 1))
        }
        if DateLexicon.counts[word] != nil { return agoAtom(at: i) }
        return nil
    }

    /// Whether the token's lowercase form starts with `mid-`, `late-` or `early-` (`mid-January`). The text's
    /// first byte is read first: an ASCII byte other than `m`, `l`, `e` (either case) lowercases to none of
    /// them, so only those and bytes outside ASCII go on to the lowercase form.
    @inline(__always)
    static func mayOpenPartOfAMonth(_ t: Token) -> Bool {
        guard let first = t.text.utf8.first else { return false }
        if first < 0x80 {
            let folded = first | 0x20
            guard folded == UInt8(ascii: "m") || folded == UInt8(ascii: "l") || folded == UInt8(ascii: "e") else {
                return false
            }
        }
        let word = t.lower
        return word.utf8.starts(with: "mid-".utf8) || word.utf8.starts(with: "late-".utf8)
            || word.utf8.starts(with: "early-".utf8)
    }

    /// `during the last week`, `over the past week`, `in the past week`: the seven days up to the report,
    /// which run from the week before the publication's into its own (a range of those two weeks). Only after
    /// a word that opens a stretch, and not `the last week of March` (one week named).
    func pastWeekAtom(at i: Int) -> DateAtom? {
        guard lower(i - 1) == "the", DateLexicon.pastWeekOpeners.contains(lower(i - 2)),
            DateLexicon.namesThePastWeek(modifier: tokens[i].lower, unit: lower(i + 1), next: token(i + 2)?.lower)
        else { return nil }
        return DateAtom(start: .relativeWeek(-1), end: .relativeWeek(0), tokens: (i - 1)..<(i + 2))
    }

    /// `in the coming year`, `over the coming week`: the next year, week or month, as `next year` is; not a
    /// plural (`the coming years`, a stretch), nor `the coming year's` read otherwise than as its own date.
    func comingAtom(at i: Int) -> DateAtom? {
        guard lower(i - 1) == "the", let unit = token(i + 1), unit.isWord else { return nil }
        let reference: DateReference
        switch unit.lower {
        case "year": reference = .relativeYear(1)
        case "month": reference = .relativeMonth(1)
        case "week": reference = .relativeWeek(1)
        default: return nil
        }
        return DateAtom(start: reference, tokens: (i - 1)..<(i + 2))
    }

    /// `last week`, `next month`, `this year`, `last night`, `this morning`, `last Wednesday`, `next March`,
    /// `this weekend`.
    /// Not `the last year` or `the next week`, which are spans of time.
    func modifiedAtom(at i: Int) -> DateAtom? {
        guard let next = token(i + 1), next.isWord, lower(i - 1) != "the" else { return nil }
        let modifier: DateModifier
        let step: Int
        switch tokens[i].lower {
        case "last": (modifier, step) = (.last, -1)
        case "next": (modifier, step) = (.next, 1)
        default: (modifier, step) = (.this, 0)
        }
        let reference: DateReference
        var end = i + 2
        switch next.lower {
        case "week": reference = .relativeWeek(step)
        case "month": reference = .relativeMonth(step)
        case "year": reference = .relativeYear(step)
        case "years":
            // `this years' edition`: a possessive whose apostrophe slipped after the `s`.
            guard let apostrophe = token(i + 2), !apostrophe.spaceBefore, apostrophe.text == "'" || apostrophe.text == "\u{2019}"
            else { return nil }
            reference = .relativeYear(step)
            end = i + 3
        case "night":
            guard modifier != .next else { return nil }
            reference = .relativeDay(step)
        case "morning", "afternoon", "evening":
            guard modifier != .next else { return nil }
            reference = .relativeDay(step)
        case "weekend":
            // `this weekend`, `last weekend`: the Saturday and Sunday of the publication's week, or of the week
            // before or after it.
            return DateAtom(start: .weekendSaturday(weeks: step), end: .weekday(7, .none), tokens: i..<end)
        default:
            if next.isCapitalized, let weekday = EnglishLexicon.weekdays[next.lower] {
                reference = .weekday(weekday, modifier)
                if DateLexicon.partsOfDay.contains(lower(end)) { end += 1 }
            } else if next.isCapitalized, let month = EnglishLexicon.months[next.lower] {
                reference = .namedMonth(month: month, year: nil, modifier)
            } else {
                return nil
            }
        }
        return DateAtom(start: reference, tokens: i..<end)
    }

    /// `Wednesday`, `Wednesday night`, `Wednesday, January 8`; not `Bloody Sunday` or `the Sunday Times`.
    func weekdayAtom(_ weekday: Int, at i: Int) -> DateAtom? {
        if DateLexicon.weekdayBlockers.contains(lower(i - 1)) { return nil }
        if isInAName(at: i) { return nil }
        if lower(i - 1) == "on", lower(i - 2) == "mail" { return nil }
        if let next = token(i + 1), next.isWord, next.isCapitalized, DateLexicon.titleFollowers.contains(next.lower) {
            return nil
        }
        if DateLexicon.partsOfDay.contains(lower(i + 1)) {
            return DateAtom(start: .weekday(weekday, .none), tokens: i..<(i + 2))
        }
        // A weekday before the full date it names: `Wednesday, January 8, 2020`, `Wednesday 8 January`.
        let j = token(i + 1)?.isPunctuation(",") == true ? i + 2 : i + 1
        let calendar =
            token(j)?.isNumber == true
            ? dayMonth(at: j) : (monthName(at: j) != nil ? monthAtom(at: j, lenient: false) : nil)
        if let calendar, calendar.end == nil, case .calendarDay(let year, let month, let day, _) = calendar.start {
            return DateAtom(
                start: .calendarDay(year: year, month: month, day: day, weekday: weekday),
                tokens: i..<calendar.tokens.upperBound
            )
        }
        return DateAtom(start: .weekday(weekday, .none), tokens: i..<(i + 1))
    }

    /// A day name inside a name: a surname after a given name (`Mike Friday`), or a title after a possessive
    /// or `the` with more capitalised words of it after (`Radio Tarn's Sunday Live programme`, `the Saturday
    /// Night Takeaway`), outside a headline in title case (where every word is capitalised).
    func isInAName(at i: Int) -> Bool {
        if let previous = token(i - 1), previous.isWord, previous.isCapitalized, i - 1 > sentence.lowerBound,
            EntityGivenNames.common.contains(previous.lower),
            // (A place spelt like a given name is no person's: `killed in Chad Tuesday`.)
            !["in", "at", "near", "from", "to", "outside", "across"].contains(lower(i - 2))
        {
            return true
        }
        guard lower(i - 1) == "the" || lower(i - 1) == "'s",
            let next = token(i + 1), next.isWord, next.isCapitalized, next.spaceBefore,
            EnglishLexicon.months[next.lower] == nil, EnglishLexicon.monthAbbreviations[next.lower] == nil,
            !paragraph.isTitleCase
        else { return false }
        // (A part of the day is a title's only with more of the title after it: `the Saturday Night Takeaway`.)
        if DateLexicon.partsOfDay.contains(next.lower) {
            return token(i + 2).map { $0.isWord && $0.isCapitalized } ?? false
        }
        return true
    }

    /// `Thursdays air strikes`, `among Fridays victims`, `during Tuesdays debate`: a day name whose possessive
    /// lost its apostrophe, before the noun it owns; not a plural (`on Thursdays`, `most Sundays`, `Tuesdays
    /// and Fridays`, `Sundays are quiet`), nor a name (`Happy Mondays star`).
    func possessiveWeekdayAtom(_ weekday: Int, at i: Int) -> DateAtom? {
        guard let next = token(i + 1), next.isWord, !next.isCapitalized, !next.isNumber,
            !DateLexicon.wordsAfterAPluralWeekday.contains(next.lower)
        else { return nil }
        if DateLexicon.habitualWeekdayOpeners.contains(lower(i - 1)) || DateLexicon.weekdayBlockers.contains(lower(i - 1))
        {
            return nil
        }
        // (`Happy Mondays star`: a capitalized word before it, other than a sentence's opening preposition.)
        if let previous = token(i - 1), previous.isWord, previous.isCapitalized,
            !DateLexicon.monthIntroducers.contains(previous.lower) && !["among", "following"].contains(previous.lower)
        {
            return nil
        }
        return DateAtom(start: .weekday(weekday, .none), tokens: i..<(i + 1))
    }

    /// `yesterdays attack`, `todays shelling`: a relative day whose possessive lost its apostrophe, before the
    /// lowercase noun it owns; capitalised only to open the sentence (not a name, `the band Yesterdays`).
    func possessiveRelativeDayAtom(_ offset: Int, at i: Int) -> DateAtom? {
        guard let next = token(i + 1), next.isWord, !next.isCapitalized,
            !DateLexicon.wordsAfterAPluralWeekday.contains(next.lower)
        else { return nil }
        if tokens[i].isCapitalized, i > sentence.lowerBound { return nil }
        // `todays children`: the present era's.
        if offset == 0, ownsAPresentEraNoun(from: i + 1) { return DateAtom(start: .presentEra, tokens: i..<(i + 1)) }
        return DateAtom(start: .relativeDay(offset), tokens: i..<(i + 1))
    }

    /// `January 8`, `Jan. 8, 2020`, `April 19 2017`, `January 8-10`, `January 2020`, `January of 2020`, and a
    /// bare month after a word that makes it one (`in January`, `since March`, not `May said`).
    func monthAtom(at i: Int, lenient: Bool) -> DateAtom? {
        guard let name = monthName(at: i) else { return nil }
        var j = i + 1
        if name.abbreviated, let dot = token(j), dot.isPunctuation("."), !dot.spaceBefore { j += 1 }
        if let first = dayNumber(at: j) {
            var k = first.end
            var endDay: Int?
            if isDash(k), let second = dayNumber(at: k + 1), second.value > first.value {
                endDay = second.value
                k = second.end
            }
            var year: Int?
            var y = k
            if token(y)?.isPunctuation(",") == true { y += 1 }
            if let found = yearNumber(at: y) {
                year = found
                k = y + 1
            }
            return calendarAtom(year: year, month: name.month, day: first.value, endDay: endDay, tokens: i..<k)
        }
        if let year = yearNumber(at: j) {
            return DateAtom(start: .namedMonth(month: name.month, year: year, .none), tokens: i..<(j + 1))
        }
        if lower(j) == "of", let year = yearNumber(at: j + 1) {
            return DateAtom(start: .namedMonth(month: name.month, year: year, .none), tokens: i..<(j + 2))
        }
        guard !name.abbreviated else { return nil }
        let introducers = name.month == 5 ? DateLexicon.mayIntroducers : DateLexicon.monthIntroducers
        guard lenient || introducers.contains(lower(i - 1)) || isModifyingMonth(at: i) else { return nil }
        // `the end of March last year`: the month of the year named after it (which stays a date of its own).
        if let anchor, ["last", "this", "next"].contains(lower(i + 1)), lower(i + 2) == "year" {
            let offset = lower(i + 1) == "last" ? -1 : lower(i + 1) == "next" ? 1 : 0
            let reference = DateReference.namedMonth(month: name.month, year: anchor.year + offset, .none)
            return DateAtom(start: reference, tokens: i..<(i + 1))
        }
        // `next year in March`, `last year in October`: the month of the year named right before it.
        if let anchor, lower(i - 1) == "in", lower(i - 2) == "year", ["last", "this", "next"].contains(lower(i - 3)),
            lower(i - 4) != "the"
        {
            let offset = lower(i - 3) == "last" ? -1 : lower(i - 3) == "next" ? 1 : 0
            let reference = DateReference.namedMonth(month: name.month, year: anchor.year + offset, .none)
            return DateAtom(start: reference, tokens: i..<(i + 1))
        }
        return DateAtom(start: .namedMonth(month: name.month, year: nil, .none), tokens: i..<(i + 1))
    }

    /// `a March hearing`, `the January vote`, `its December report`: a month (not `May`, also a name) after `a`,
    /// `the` or a possessive, before a lowercase noun it modifies (not `the March on Rome`, `the July to
    /// September quarter`).
    func isModifyingMonth(at i: Int) -> Bool {
        let previous = lower(i - 1)
        guard tokens[i].lower != "may", previous == "the" || DateLexicon.yearModifyingDeterminers.contains(previous),
            let next = token(i + 1), next.isWord, next.startsLowercase, next.spaceBefore
        else { return false }
        return !FigureLexicon.phraseBreakers.contains(next.lower)
            && !DateLexicon.wordsAfterACount.contains(next.lower)
    }
}
