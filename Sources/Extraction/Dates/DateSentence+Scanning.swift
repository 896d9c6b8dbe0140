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
            // `between 12 and 14 May`: the days of one month the end names.
            if var days = daysOfTheEndsMonth(from: i + 1, connectors: connectors),
                !(t.lower == "from" && DateLexicon.trendWords.contains(lower(i - 1)))
            {
                days.tokens = i..<days.tokens.upperBound
                return days
            }
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

    /// `between 12 and 14 May`, `from 3 to 5 May 2016`, `between 12 and 14 of May`: a bare day number, a
    /// connector and a later day of a month (and year) that both days share, from token `j`. (`8-10 January`
    /// is ``dayMonth(at:)``'s; `between May 8 and 9` is ``pair(from:connectors:)``'s.)
    func daysOfTheEndsMonth(from j: Int, connectors: Set<String>) -> DateAtom? {
        guard let first = dayNumber(at: j), let connector = token(first.end), connector.isWord,
            connectors.contains(connector.lower), let second = dayNumber(at: first.end + 1),
            second.value > first.value
        else { return nil }
        var k = second.end
        if lower(k) == "of" { k += 1 }
        guard let (month, year, end) = monthAndYear(at: k) else { return nil }
        return calendarAtom(year: year, month: month, day: first.value, endDay: second.value, tokens: j..<end)
    }

    func singleAtom(at i: Int, lenient: Bool) -> DateAtom? {
        guard let t = token(i) else { return nil }
        switch t.kind {
        case .number: return numberAtom(at: i, lenient: lenient)
        case .word: return wordAtom(at: i, lenient: lenient)
        case .punctuation: return nil
        }
    }
}
