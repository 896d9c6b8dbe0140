/// Reading date expressions off a sentence's tokens: one left-to-right pass, each expression tried at
/// the token it can start with.
extension DateSentence {
    // MARK: Scanning

    /// Date expressions of the sentence, left to right, not overlapping.
    func scan() -> [DateAtom] {
        var atoms: [DateAtom] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if let atom = rangeAtom(at: i) ?? atom(at: i, lenient: false) {
                atoms.append(atom)
                i = atom.tokens.upperBound
            } else {
                i += 1
            }
        }
        return atoms
    }

    /// `between 1:45am and 2:15am`, `from Monday to Wednesday`, `between 2015 and 2019`.
    func rangeAtom(at i: Int) -> DateAtom? {
        guard let t = token(i), t.isWord else { return nil }
        let connectors: Set<String>
        switch t.lower {
        case "between": connectors = ["and"]
        case "from": connectors = ["to", "until", "till", "through", "-"]
        default: return nil
        }
        guard var pair = pair(from: i + 1, connectors: connectors) else {
            // `from 2004 – 2014`: a range of its own.
            guard t.lower == "from", var range = yearRange(at: i + 1) else { return nil }
            range.tokens = i..<range.tokens.upperBound
            return range
        }
        if pair.start.category == .year, t.lower == "from", DateLexicon.trendWords.contains(lower(i - 1)) { return nil }
        pair.tokens = i..<pair.tokens.upperBound
        return pair
    }

    /// A date expression at `i`, with a dashed range (`10am-2pm`, `Monday–Wednesday`, `1:45-2:15am`).
    /// `lenient` takes bare years and month names that need an introducer, as the second half of a range.
    func atom(at i: Int, lenient: Bool) -> DateAtom? {
        guard let t = token(i), t.kind != .punctuation else { return nil }
        if let single = singleAtom(at: i, lenient: lenient) {
            if single.end == nil, isDash(single.tokens.upperBound),
                single.start.category == .time || single.start.category == .day,
                let pair = pair(from: i, connectors: ["-"])
            {
                return pair
            }
            return single
        }
        if t.isNumber, let pair = pair(from: i, connectors: ["-"]), pair.start.category == .time { return pair }
        return nil
    }

    /// `A <connector> B` from token `j`, both of one kind. A may be a bare hour or a time without am/pm
    /// when B has one (`between 10 and 11am`, `1:45-2:15am`).
    func pair(from j: Int, connectors: Set<String>) -> DateAtom? {
        var a: DateReference
        var aEnd: Int
        if let single = singleAtom(at: j, lenient: true), single.end == nil {
            a = single.start
            aEnd = single.tokens.upperBound
        } else if let bare = bareTime(at: j) {
            a = .time(bare.time)
            aEnd = bare.end
        } else {
            return nil
        }
        guard let connector = token(aEnd),
            connectors.contains(connector.lower) || (connectors.contains("-") && isDash(aEnd))
        else { return nil }
        let bStart = aEnd + 1
        var b: DateReference
        var bEnd: Int
        if let single = singleAtom(at: bStart, lenient: true), single.end == nil {
            b = single.start
            bEnd = single.tokens.upperBound
        } else if case .calendarDay(let year, let month, let day, _) = a, let next = dayNumber(at: bStart),
            next.value > day,
            next.value <= CivilDate.daysIn(month: month, year: year ?? 2000)
        {
            // `from January 8 to 10`
            b = .calendarDay(year: year, month: month, day: next.value)
            bEnd = next.end
        } else {
            return nil
        }
        switch (a, b) {
        case (.time(var start), .time(let end)):
            if start.isPM == nil, let pm = end.isPM {
                // The end's am/pm covers a start written without one: `between 1:45 and 2:15pm`.
                if pm, start.hour < 12, start.hour + 12 <= end.hour { start.hour += 12 }
                start.isPM = pm
            } else if start.isPM == nil, start.minute == nil {
                // A bare number is an hour only with am or pm: not `between 10 and 12:30`.
                return nil
            }
            if start.zone == nil { start.zone = end.zone }
            a = .time(start)
        case (.year(let start), .year(let end)):
            guard end > start, !isCounted(bEnd) else { return nil }
        default:
            guard a.category == b.category else { return nil }
        }
        return DateAtom(start: a, end: b, tokens: j..<bEnd)
    }

    func singleAtom(at i: Int, lenient: Bool) -> DateAtom? {
        guard let t = token(i) else { return nil }
        switch t.kind {
        case .number: return numberAtom(at: i, lenient: lenient)
        case .word: return wordAtom(at: i, lenient: lenient)
        case .punctuation: return nil
        }
    }

    // MARK: Expressions starting with a number

    func numberAtom(at i: Int, lenient: Bool) -> DateAtom? {
        let t = tokens[i]
        // `G20`, `F16`: digits glued to a word are part of a name.
        if !t.spaceBefore, let previous = token(i - 1), previous.isWord { return nil }
        if let iso = isoDate(at: i) { return iso }
        if let clock = clockTime(at: i) { return DateAtom(start: .time(clock.time), tokens: i..<clock.end) }
        if let day = dayMonth(at: i) { return day }
        if let ago = agoAtom(at: i) { return ago }
        if let range = yearRange(at: i) { return range }
        if let year = yearNumber(at: i), lenient || yearIsIntroduced(at: i) {
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

    /// `1:45am`, `22:45 GMT`, `2.15pm`, `10 a.m.`, `0400 GMT`, `at 2245 hrs`, `at 22:45`.
    func clockTime(at i: Int) -> (time: ClockTime, end: Int)? {
        guard let digits = clockDigits(at: i) else { return nil }
        var k = digits.end
        let isPM = meridiem(at: k)
        if isPM != nil { k += 1 }
        let zone = timeZone(at: k)
        if let zone { k = zone.end }
        var hourWord = false
        if isPM == nil, zone == nil, digits.form == .military || digits.form == .colon,
            DateLexicon.hourWords.contains(lower(k))
        {
            hourWord = true
            k += 1
        }
        let preposition = DateLexicon.timePrepositions.contains(lower(i - 1))
        guard
            Self.isClockTime(
                digits.form, hasMeridiem: isPM != nil, hasZone: zone != nil, hourWord: hourWord,
                preposition: preposition),
            let time = Self.clock(hour: digits.hour, minute: digits.minute, isPM: isPM, zone: zone?.name)
        else { return nil }
        return (time, k)
    }

    /// How the digits of a clock time are written.
    enum ClockForm { case bare, colon, dot, military, compact }

    /// The digits of a clock time at `i`: `10`, `1:45` (`1:45:30`), `2.15`, `2245`, `1130` before am/pm;
    /// the hour and minute they give (99 where unreadable, for ``clock(hour:minute:isPM:zone:)`` to refuse)
    /// and the token after them.
    func clockDigits(at i: Int) -> (form: ClockForm, hour: Int, minute: Int?, end: Int)? {
        let text = tokens[i].text
        if text.contains(ascii: ".") {
            let parts = text.split(separator: ".")
            guard parts.count == 2, parts[0].utf8.count <= 2, parts[1].utf8.count == 2,
                let h = Int(parts[0]), let m = Int(parts[1])
            else { return nil }
            return (.dot, h, m, i + 1)
        }
        guard Self.isDigits(text) else { return nil }
        if text.utf8.count <= 2, let colon = token(i + 1), colon.isPunctuation(":"), !colon.spaceBefore,
            let m = token(i + 2), m.isNumber, !m.spaceBefore, m.text.utf8.count == 2, Self.isDigits(m.text)
        {
            var end = i + 3
            if let colon = token(end), colon.isPunctuation(":"), !colon.spaceBefore,
                let s = token(end + 1), s.isNumber, !s.spaceBefore, s.text.utf8.count == 2
            {
                end += 2
            }
            return (.colon, Int(text) ?? 99, Int(m.text) ?? 99, end)
        }
        if text.utf8.count == 3 || text.utf8.count == 4, let m = token(i + 1), m.isWord,
            DateLexicon.meridiems[m.lower] != nil
        {
            // `1130 am`, `715 pm`: text that lost its colons.
            return (.compact, Int(text.dropLast(2)) ?? 99, Int(text.suffix(2)) ?? 99, i + 1)
        }
        if text.utf8.count == 4 { return (.military, Int(text.prefix(2)) ?? 99, Int(text.suffix(2)) ?? 99, i + 1) }
        if text.utf8.count <= 2 { return (.bare, Int(text) ?? 99, nil, i + 1) }
        return nil
    }

    /// `am`, `p.m.` at `k`: whether it is pm.
    func meridiem(at k: Int) -> Bool? {
        guard let m = token(k), m.isWord else { return nil }
        return DateLexicon.meridiems[m.lower]
    }

    /// A time zone at `k`: `GMT`, `GMT+3`, `local time`, and the token after it.
    func timeZone(at k: Int) -> (name: String, end: Int)? {
        if let z = token(k), z.isWord, DateLexicon.timeZones.contains(z.text) {
            // `GMT+3`
            if let sign = token(k + 1), !sign.spaceBefore, sign.text == "+" || sign.text == "-",
                let offset = token(k + 2), offset.isNumber, !offset.spaceBefore
            {
                return (z.text + sign.text + offset.text, k + 3)
            }
            return (z.text, k + 1)
        }
        if lower(k) == "local", lower(k + 1) == "time" { return ("local", k + 2) }
        return nil
    }

    /// Whether digits written in `form` make a clock time with the words around them: bare and compact
    /// digits need am/pm, a dotted time am/pm or a zone, a colon any of those, an hour word or a preposition
    /// before it, and military digits a zone or both an hour word and a preposition (`at 2245 hrs`).
    static func isClockTime(_ form: ClockForm, hasMeridiem: Bool, hasZone: Bool, hourWord: Bool, preposition: Bool)
        -> Bool
    {
        switch form {
        case .bare, .compact: return hasMeridiem
        case .dot: return hasMeridiem || hasZone
        case .colon: return hasMeridiem || hasZone || hourWord || preposition
        case .military: return hasZone || (hourWord && preposition)
        }
    }

    /// Checks and converts a written hour: `12am` is 0, `2pm` is 14.
    static func clock(hour: Int, minute: Int?, isPM: Bool?, zone: String?) -> ClockTime? {
        if let minute, !(0...59).contains(minute) { return nil }
        var hour = hour
        if let isPM {
            guard (1...12).contains(hour) else { return nil }
            if isPM && hour < 12 { hour += 12 } else if !isPM && hour == 12 { hour = 0 }
        } else {
            guard (0...23).contains(hour) else { return nil }
        }
        return ClockTime(hour: hour, minute: minute, isPM: isPM, zone: zone)
    }

    /// The start of a time range written without am/pm: `10` in `between 10 and 11am`, `1:45` in `1:45-2:15am`.
    func bareTime(at j: Int) -> (time: ClockTime, end: Int)? {
        guard let t = token(j), t.isNumber, !(token(j - 1)?.isWord == true && !t.spaceBefore) else { return nil }
        if Self.isDigits(t.text), t.text.utf8.count <= 2, let hour = Int(t.text), (1...12).contains(hour) {
            if let colon = token(j + 1), colon.isPunctuation(":"), !colon.spaceBefore,
                let m = token(j + 2), m.isNumber, !m.spaceBefore, m.text.utf8.count == 2, let minute = Int(m.text)
            {
                guard let time = Self.clock(hour: hour, minute: minute, isPM: nil, zone: nil) else { return nil }
                return (time, j + 3)
            }
            return (ClockTime(hour: hour, minute: nil, isPM: nil, zone: nil), j + 1)
        }
        let parts = t.text.split(separator: ".")
        if parts.count == 2, parts[1].utf8.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            let time = Self.clock(hour: hour, minute: minute, isPM: nil, zone: nil)
        {
            return (time, j + 1)
        }
        return nil
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
        guard let name = monthName(at: k) else { return nil }
        k += 1
        if name.abbreviated, let dot = token(k), dot.isPunctuation("."), !dot.spaceBefore { k += 1 }
        var year: Int?
        if let y = yearNumber(at: k) {
            year = y
            k += 1
        }
        return calendarAtom(year: year, month: name.month, day: first.value, endDay: endDay, tokens: i..<k)
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

    /// `three days ago`, `2 weeks ago`, `a year ago`.
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

    /// `in 2019`, `since 2011`, `mid-2019`, `the end of 2019`; `from`/`by` not after a word of change
    /// (`down from 2000`, `increased by 2000`) nor before a counted noun.
    func yearIsIntroduced(at i: Int) -> Bool {
        let previous = lower(i - 1)
        if isDash(i - 1), isAttached(i), lower(i - 2) == "mid" { return true }
        if previous == "of" { return DateLexicon.ofYearHeads.contains(lower(i - 2)) && !isCounted(i + 1) }
        guard DateLexicon.yearIntroducers.contains(previous) else { return false }
        if DateLexicon.countableYearIntroducers.contains(previous) {
            // `from 1500 to 2000 people`: the range would have been taken had it been one of years.
            if ["and", "to", "-", "\u{2013}"].contains(lower(i + 1)), token(i + 2)?.isNumber == true { return false }
            return !DateLexicon.trendWords.contains(lower(i - 2)) && !isCounted(i + 1)
        }
        return true
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

    // MARK: Expressions starting with a word

    func wordAtom(at i: Int, lenient: Bool) -> DateAtom? {
        let t = tokens[i]
        let word = t.lower
        // Most words start no date: one look-up, and a byte check for `mid-`, before the look-ups below.
        guard DateLexicon.atomWords.contains(word) || word.utf8.starts(with: "mid-".utf8) else { return nil }
        switch word {
        case "last", "next", "this": return modifiedAtom(at: i)
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
            var end = i + 1
            if word != "tonight", DateLexicon.partsOfDay.contains(lower(end)) { end += 1 }
            return DateAtom(start: .relativeDay(offset), tokens: i..<end)
        }
        if let weekday = EnglishLexicon.weekdays[word], t.isCapitalized { return weekdayAtom(weekday, at: i) }
        if monthName(at: i) != nil { return monthAtom(at: i, lenient: lenient) }
        if word.hasPrefix("mid-"), let month = EnglishLexicon.months[String(word.dropFirst(4))] {
            // `mid-January`, `mid-January 2020`
            if let year = yearNumber(at: i + 1) {
                return DateAtom(start: .namedMonth(month: month, year: year, .none), tokens: i..<(i + 2))
            }
            return DateAtom(start: .namedMonth(month: month, year: nil, .none), tokens: i..<(i + 1))
        }
        if DateLexicon.counts[word] != nil { return agoAtom(at: i) }
        return nil
    }

    /// `last week`, `next month`, `this year`, `last night`, `this morning`, `last Wednesday`, `next March`.
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
        case "night":
            guard modifier != .next else { return nil }
            reference = .relativeDay(step)
        case "morning", "afternoon", "evening":
            guard modifier != .next else { return nil }
            reference = .relativeDay(step)
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
        guard lenient || introducers.contains(lower(i - 1)) else { return nil }
        return DateAtom(start: .namedMonth(month: name.month, year: nil, .none), tokens: i..<(i + 1))
    }
}
