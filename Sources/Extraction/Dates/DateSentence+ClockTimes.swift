/// Times of day: `1:45am`, `22:45 GMT`, `2.15pm`, `10 a.m.`, `0400 GMT`, `at 2245 hrs`.
extension DateSentence {
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
        // (`scored at 7:14 of the second period`: a game's elapsed clock, no time of day.)
        let preposition = DateLexicon.timePrepositions.contains(lower(i - 1)) && !readsAGameClock(at: i)
        guard
            Self.isClockTime(
                digits.form, hasMeridiem: isPM != nil, hasZone: zone != nil, hourWord: hourWord,
                preposition: preposition),
            let time = Self.clock(hour: digits.hour, minute: digits.minute, isPM: isPM, zone: zone?.name)
        else { return nil }
        return (time, k)
    }

    /// Whether a game's words stand a few words either side of the digits at `i` (`scored at 7:14`, `at 12:30
    /// of the second period`, `a goal at 19:56`): minutes and seconds of play, not a time of day.
    func readsAGameClock(at i: Int) -> Bool {
        let low = max(sentence.lowerBound, i - Self.gameClockReach)
        let high = min(sentence.upperBound, i + Self.gameClockReach + 3)
        return (low..<high).contains { k in
            guard tokens[k].isWord else { return false }
            let word = tokens[k].lower
            // (`first-period`, `second-half`: the part after the hyphen.)
            let part = word.split(separator: "-").last.map(String.init) ?? word
            return DateLexicon.gameClockWords.contains(word) || DateLexicon.gameClockWords.contains(part)
        }
    }

    /// How many words either side of a time ``readsAGameClock(at:)`` reads.
    static let gameClockReach = 6

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
}
