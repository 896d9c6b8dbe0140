/// A clock time as written: `1:45am` is 1:45 with `isPM` false, `22:45 GMT` has no am/pm.
struct ClockTime: Equatable {
    /// 0–23, am/pm already applied.
    var hour: Int
    var minute: Int?
    var isPM: Bool?
    var zone: String?
}

enum DateModifier: Equatable {
    case none, last, next, this
}

/// One date expression before it is resolved against the publication date.
enum DateReference: Equatable {
    case time(ClockTime)
    case weekday(Int, DateModifier)
    /// Days from the publication date: `yesterday` is -1, `tonight` 0.
    case relativeDay(Int)
    /// `today` meaning nowadays (`today's children`, `is today one of`, `even today`): no day of the calendar.
    case presentEra
    /// `weekday` when the text names it too (`Friday, Dec. 6`), to pick the year.
    case calendarDay(year: Int?, month: Int, day: Int, weekday: Int? = nil)
    case relativeWeek(Int)
    /// The Saturday of the publication's week moved by `weeks`: where `this weekend` (0) and `last weekend`
    /// (-1) start.
    case weekendSaturday(weeks: Int)
    case relativeMonth(Int)
    case namedMonth(month: Int, year: Int?, DateModifier)
    case year(Int)
    case relativeYear(Int)

    enum Category { case time, day, week, month, year }

    var category: Category {
        switch self {
        case .time: return .time
        case .weekday, .relativeDay, .calendarDay, .weekendSaturday, .presentEra: return .day
        case .relativeWeek: return .week
        case .relativeMonth, .namedMonth: return .month
        case .year, .relativeYear: return .year
        }
    }
}

/// A date expression and the tokens it covers; `end` is set for ranges.
struct DateAtom {
    var start: DateReference
    var end: DateReference?
    var tokens: Range<Int>
}
