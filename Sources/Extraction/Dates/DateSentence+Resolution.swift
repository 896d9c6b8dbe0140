/// A resolved date at some grain.
struct DateResolution {
    var value: String?
    var grain: DateMention.Grain
    var day: CivilDate?
    /// year × 12 + month − 1, for month ranges.
    var monthIndex: Int?

    static func unresolved(_ grain: DateMention.Grain) -> DateResolution { DateResolution(value: nil, grain: grain) }
    static func day(_ date: CivilDate) -> DateResolution {
        DateResolution(value: date.iso, grain: .day, day: date, monthIndex: date.year * 12 + date.month - 1)
    }
    static func month(year: Int, month: Int) -> DateResolution {
        DateResolution(
            value: CivilDate.isoMonth(year: year, month: month), grain: .month, monthIndex: year * 12 + month - 1)
    }
}

/// Turning what the text says into calendar values, against the publication date.
extension DateSentence {
    // MARK: Resolution

    /// Resolves a date against the publication date: the most recent such date not after it, or the next
    /// one on or after it when `future`. With `start`, the end of a range: the first such date on or after
    /// the start.
    func resolve(_ reference: DateReference, future: Bool, from start: DateResolution? = nil) -> DateResolution {
        switch reference {
        case .time:
            return .unresolved(.minute)
        case .weekday(let weekday, let modifier):
            return resolveWeekday(weekday, modifier, future: future, from: start)
        case .relativeDay(let offset):
            guard let anchor else { return .unresolved(.day) }
            return .day(anchor.adding(days: offset))
        case .presentEra:
            return .unresolved(.day)
        case .weekendSaturday(let weeks):
            guard let anchor else { return .unresolved(.day) }
            return .day(anchor.adding(days: 6 - anchor.weekday + 7 * weeks))
        case .calendarDay(let year, let month, let day, let weekday):
            return resolveCalendarDay(year: year, month: month, day: day, weekday: weekday, future: future, from: start)
        case .relativeWeek(let offset):
            guard let anchor else { return .unresolved(.week) }
            return DateResolution(value: CivilDate.isoWeek(of: anchor.adding(days: 7 * offset)), grain: .week)
        case .relativeMonth(let offset):
            guard let anchor else { return .unresolved(.month) }
            let moved = CivilDate.month(year: anchor.year, month: anchor.month, adding: offset)
            return .month(year: moved.year, month: moved.month)
        case .namedMonth(let month, let year, let modifier):
            return resolveNamedMonth(month, year: year, modifier, future: future, from: start)
        case .year(let year):
            return DateResolution(value: CivilDate.isoYear(year), grain: .year)
        case .relativeYear(let offset):
            guard let anchor else { return .unresolved(.year) }
            return DateResolution(value: CivilDate.isoYear(anchor.year + offset), grain: .year)
        }
    }

    /// `Wednesday`, `last Wednesday`: the day it names from the publication date, or the first such day on
    /// or after `start`.
    func resolveWeekday(_ weekday: Int, _ modifier: DateModifier, future: Bool, from start: DateResolution?)
        -> DateResolution
    {
        if modifier == .none, let from = start?.day {
            return .day(from.adding(days: (weekday - from.weekday + 7) % 7))
        }
        guard let anchor else { return .unresolved(.day) }
        let back = (anchor.weekday - weekday + 7) % 7
        let forward = (weekday - anchor.weekday + 7) % 7
        switch modifier {
        case .none: return .day(anchor.adding(days: future ? forward : -back))
        case .last: return .day(anchor.adding(days: -(back == 0 ? 7 : back)))
        case .next: return .day(anchor.adding(days: forward == 0 ? 7 : forward))
        case .this: return .day(anchor.adding(days: weekday - anchor.weekday))
        }
    }

    /// `8 January 2020`, `8 January`, `Wednesday, January 8`: a month-day without a year takes the year that
    /// puts it after `start`, or gives its weekday, or puts it nearest the publication date that way.
    func resolveCalendarDay(
        year: Int?, month: Int, day: Int, weekday: Int?, future: Bool,
        from start: DateResolution?
    ) -> DateResolution {
        if let year {
            guard CivilDate.isValid(year: year, month: month, day: day) else { return .unresolved(.day) }
            return .day(CivilDate(year: year, month: month, day: day))
        }
        if let from = start?.day {
            return Self.yearless(month: month, day: day, from: from, forward: true)
        }
        guard let anchor else { return .unresolved(.day) }
        if let weekday, let named = Self.yearless(month: month, day: day, weekday: weekday, near: anchor) {
            return named
        }
        return Self.yearless(month: month, day: day, from: anchor, forward: future)
    }

    /// `January 2020`, `in January`, `last March`: a month without a year takes the year that puts it after
    /// `start`, or the one its modifier or the publication date gives.
    func resolveNamedMonth(
        _ month: Int, year: Int?, _ modifier: DateModifier, future: Bool,
        from start: DateResolution?
    ) -> DateResolution {
        if let year { return .month(year: year, month: month) }
        if let from = start?.monthIndex {
            let fromMonth = from % 12 + 1, fromYear = from / 12
            return .month(year: month >= fromMonth ? fromYear : fromYear + 1, month: month)
        }
        guard let anchor else { return .unresolved(.month) }
        let year: Int
        switch modifier {
        case .none:
            year =
                future
                ? (month >= anchor.month ? anchor.year : anchor.year + 1)
                : (month <= anchor.month ? anchor.year : anchor.year - 1)
        case .last: year = month < anchor.month ? anchor.year : anchor.year - 1
        case .next: year = month > anchor.month ? anchor.year : anchor.year + 1
        case .this: year = anchor.year
        }
        return .month(year: year, month: month)
    }

    /// A month-day without a year whose weekday the text gives (`Friday, Dec. 6`): the year, of the one
    /// before, of and after `anchor`'s, in which it falls on that weekday, nearest to `anchor`.
    static func yearless(month: Int, day: Int, weekday: Int, near anchor: CivilDate) -> DateResolution? {
        var best: CivilDate?
        for year in (anchor.year - 1)...(anchor.year + 1) where CivilDate.isValid(year: year, month: month, day: day) {
            let date = CivilDate(year: year, month: month, day: day)
            guard date.weekday == weekday else { continue }
            if best.map({ abs(date.dayNumber - anchor.dayNumber) < abs($0.dayNumber - anchor.dayNumber) }) ?? true {
                best = date
            }
        }
        return best.map { .day($0) }
    }

    /// A month-day without a year: the latest on or before `from`, or the earliest on or after it.
    static func yearless(month: Int, day: Int, from: CivilDate, forward: Bool) -> DateResolution {
        var year: Int
        if forward {
            year = (month, day) >= (from.month, from.day) ? from.year : from.year + 1
        } else {
            year = (month, day) <= (from.month, from.day) ? from.year : from.year - 1
        }
        // 29 February: the nearest leap year that way.
        for _ in 0..<8 where !CivilDate.isValid(year: year, month: month, day: day) {
            year += forward ? 1 : -1
        }
        guard CivilDate.isValid(year: year, month: month, day: day) else { return .unresolved(.day) }
        return .day(CivilDate(year: year, month: month, day: day))
    }
}
