/// A full calendar date (day, month and year) written the ways news pages write them, read from words
/// split at white space: `April 19 2017`, `July 2, 2016`, `Nov. 18, 2019`, `2 Jul 2016`, `21st March
/// 2015`, `06.04.2017` and `31-08-2014` (day first), `4/13/2017` (month first unless the first number
/// cannot be a month), `1996-08-30`, and `Feb 022015` (a day and year run together).
enum CalendarDate {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let years = 1900...2100

    /// The ISO 8601 day the words from `i` on write, or nil.
    static func parse(_ words: [String], at i: Int) -> String? {
        guard i < words.count else { return nil }
        if let date = numeric(words[i]) { return date }
        let next = i + 1 < words.count ? words[i + 1] : nil
        let afterNext = i + 2 < words.count ? words[i + 2] : nil
        if let month = month(words[i]), let next {
            if let day = day(next), let afterNext, let year = year(afterNext) { return iso(year, month, day) }
            if let (day, year) = dayRunIntoYear(next) { return iso(year, month, day) }
        }
        if let day = day(words[i]), let next, let month = month(next), let afterNext, let year = year(afterNext) {
            return iso(year, month, day)
        }
        return nil
    }

    /// `2020-01-08`, `1996-08-30T…`, `06.04.2017…`, `31-08-2014`, `4/13/2017`; letters may follow
    /// (`07.07.2015Get` in text that lost a space).
    static func numeric(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        var groups: [Int] = []
        var widths: [Int] = []
        var separator: UInt8?
        var i = 0
        while i < bytes.count, groups.count < 3 {
            var value = 0, width = 0
            while i < bytes.count, (48...57).contains(bytes[i]), width < 5 {
                value = value * 10 + Int(bytes[i] - 48)
                width += 1
                i += 1
            }
            guard width > 0 else { return nil }
            groups.append(value)
            widths.append(width)
            guard groups.count < 3 else { break }
            guard i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/")].contains(bytes[i]),
                separator == nil || separator == bytes[i]
            else { return nil }
            separator = bytes[i]
            i += 1
        }
        guard groups.count == 3 else { return nil }
        if i < bytes.count, (48...57).contains(bytes[i]) { return nil }
        if widths[0] == 4, widths[1] <= 2, widths[2] <= 2, separator != UInt8(ascii: ".") {
            return iso(groups[0], groups[1], groups[2])
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 4 else { return nil }
        if separator == UInt8(ascii: "/"), groups[0] <= 12 { return iso(groups[2], groups[0], groups[1]) }
        return iso(groups[2], groups[1], groups[0])
    }

    /// `April`, `Apr.`, `Sept,`.
    static func month(_ word: String) -> Int? {
        months[word.lowercased().trimmingSuffix(while: { $0 == "." || $0 == "," })]
    }

    /// `19`, `2,`, `21st`.
    static func day(_ word: String) -> Int? {
        var text = word.lowercased().trimmingSuffix(while: { $0 == "," || $0 == "." })
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
        guard (1...2).contains(text.count), let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    /// `2017`, `2016,`, `2015.` (a plausible year).
    static func year(_ word: String) -> Int? {
        let text = word.trimmingSuffix(while: { !$0.isNumber })
        guard text.count == 4, let year = Int(text), years.contains(year) else { return nil }
        return year
    }

    /// `022015`: day 2 and year 2015 with the space between them lost.
    static func dayRunIntoYear(_ word: String) -> (day: Int, year: Int)? {
        let text = word.trimmingSuffix(while: { !$0.isNumber })
        guard text.count == 6, text.allSatisfy(\.isNumber), let day = Int(text.prefix(2)), (1...31).contains(day),
            let year = Int(text.suffix(4)), years.contains(year)
        else { return nil }
        return (day, year)
    }

    /// The first three letters of the day name of an ISO 8601 day (`2014-09-23` → `tue`).
    static func weekday(of iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Zeller-style count of days from a known Monday, 1900-01-01.
        var days = 0
        for year in 1900..<parts[0] { days += isLeap(year) ? 366 : 365 }
        for month in 1..<parts[1] { days += monthLengths(parts[0])[month - 1] }
        days += parts[2] - 1
        return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][days % 7]
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func monthLengths(_ year: Int) -> [Int] {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    }

    /// `2017-04-19`, when the day exists in that month.
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard years.contains(year), (1...12).contains(month), day >= 1 else { return nil }
        guard day <= monthLengths(year)[month - 1] else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

extension String {
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let last = text.last, drop(last) { text = text.dropLast() }
        return String(text)
    }
}
