/// A timestamp written with numbers (`2019-11-20`, `2019/11/20 08:15`, `2019-11-20T08:15:00.000+0100`),
/// checked part by part: a month of 13 or a 30 February is no date.
struct NumericDate {
    var year, month, day: Int
    var time: (hour: Int, minute: Int, second: Int)?
    /// Minutes east of UTC, when the timestamp says (`Z` is 0).
    var offsetMinutes: Int?

    /// Reads `bytes`: a date, then optionally `T` or a space and a time with an optional zone. Anything
    /// else after the date leaves the date alone.
    init?(_ bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard let year = reader.digits(4), let separator = reader.next(),
            separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/"),
            let month = reader.digits(2), reader.next() == separator, let day = reader.digits(2)
        else { return nil }
        guard PublicationDate.plausibleYears.contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        var rest = reader
        if rest.skip(UInt8(ascii: "T")) || rest.skip(UInt8(ascii: " ")), let time = Self.time(&rest) {
            self.time = time
            offsetMinutes = Self.zone(&rest)
        }
    }

    /// `2019-11-20`, `2019-11-20T08:15:00` (no zone written), or in UTC `2019-11-20T07:15:00Z` (any
    /// zone written: `+01:00` is taken off), so that stored dates sort and compare as text.
    var iso: String {
        var date = self
        if let offsetMinutes, offsetMinutes != 0 { date.shift(minutes: -offsetMinutes) }
        var text = "\(Self.padded(date.year, 4))-\(Self.padded(date.month))-\(Self.padded(date.day))"
        guard let time = date.time else { return text }
        text += "T\(Self.padded(time.hour)):\(Self.padded(time.minute)):\(Self.padded(time.second))"
        return offsetMinutes == nil ? text : text + "Z"
    }

    /// Moves the date and time by `minutes` (less than a day either way), carrying into the day, month
    /// and year.
    private mutating func shift(minutes: Int) {
        guard let time else { return }
        var total = time.hour * 60 + time.minute + minutes
        var dayChange = 0
        if total < 0 { total += 24 * 60; dayChange = -1 } else if total >= 24 * 60 { total -= 24 * 60; dayChange = 1 }
        self.time = (total / 60, total % 60, time.second)
        day += dayChange
        if day < 1 {
            month -= 1
            if month < 1 { (month, year) = (12, year - 1) }
            day = Self.days(inMonth: month, of: year)
        } else if day > Self.days(inMonth: month, of: year) {
            (day, month) = (1, month + 1)
            if month > 12 { (month, year) = (1, year + 1) }
        }
    }

    /// `HH:MM`, `HH:MM:SS`, with fractions of a second read and dropped.
    private static func time(_ reader: inout ByteReader) -> (hour: Int, minute: Int, second: Int)? {
        guard let hour = reader.digits(2), reader.skip(UInt8(ascii: ":")), let minute = reader.digits(2),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        if reader.skip(UInt8(ascii: ":")) {
            guard let value = reader.digits(2), value <= 60 else { return nil }
            second = min(value, 59)
            if reader.skip(UInt8(ascii: ".")) || reader.skip(UInt8(ascii: ",")) { reader.skipDigits() }
        }
        return (hour, minute, second)
    }

    /// `Z`, ` UTC`, ` GMT`, `+01:00`, `+0100` or `+01`, as minutes east of UTC; nil when none is written.
    private static func zone(_ reader: inout ByteReader) -> Int? {
        if reader.skip(UInt8(ascii: "Z")) || reader.skip(UInt8(ascii: "z")) { return 0 }
        var spaced = reader
        _ = spaced.skip(UInt8(ascii: " "))
        if spaced.skipWord("UTC") || spaced.skipWord("GMT") { return 0 }
        guard let sign = reader.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        _ = reader.next()
        guard let hours = reader.digits(2), hours <= 14 else { return nil }
        _ = reader.skip(UInt8(ascii: ":"))
        let minutes = reader.digits(2) ?? 0
        guard minutes < 60 else { return nil }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func padded(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reads a byte string from the front.
private struct ByteReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func next() -> UInt8? {
        defer { index += 1 }
        return peek()
    }

    /// Skips `byte` when it comes next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    mutating func skipWord(_ word: String) -> Bool {
        let word = Array(word.utf8)
        guard index + word.count <= bytes.count, Array(bytes[index..<index + word.count]) == word else { return false }
        index += word.count
        return true
    }

    mutating func skipDigits() { while let byte = peek(), byte.isDigit { index += 1 } }

    /// Exactly `count` digits, as a number.
    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count, bytes[index..<index + count].allSatisfy(\.isDigit) else { return nil }
        defer { index += count }
        return bytes[index..<index + count].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
