/// A day of the proleptic Gregorian calendar, with the arithmetic date resolution needs. No time zones
/// and no clock: the same on every machine.
struct CivilDate: Equatable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `year-month-day` names a real day.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The date an ISO 8601 string starts with: `2020-01-08`, `2020-01-08T14:30:00Z`, `2020-01-08 14:30`.
    /// The date is taken as written, whatever zone follows.
    init?(iso text: String) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            Self.isValid(year: year, month: month, day: day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before).
    var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    func adding(days: Int) -> CivilDate { days == 0 ? self : CivilDate(dayNumber: dayNumber + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    /// ISO 8601 week-numbering year and week: the week holding the date's Thursday.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let dayOfYear = thursday.dayNumber - CivilDate(year: thursday.year, month: 1, day: 1).dayNumber
        return (thursday.year, dayOfYear / 7 + 1)
    }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// `2020-01-08`
    var iso: String { Self.isoDay(year: year, month: month, day: day) }

    static func isoYear(_ year: Int) -> String {
        year < 0 ? "-" + padded(-year, 4) : padded(year, 4)
    }
    static func isoMonth(year: Int, month: Int) -> String { isoYear(year) + "-" + padded(month, 2) }
    static func isoDay(year: Int, month: Int, day: Int) -> String {
        isoMonth(year: year, month: month) + "-" + padded(day, 2)
    }
    static func isoWeek(of date: CivilDate) -> String {
        let week = date.isoWeek
        return isoYear(week.year) + "-W" + padded(week.week, 2)
    }

    /// (year, month) moved by `months`.
    static func month(year: Int, month: Int, adding months: Int) -> (year: Int, month: Int) {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return (y, total - y * 12 + 1)
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
