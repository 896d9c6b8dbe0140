import Foundation

/// Publication dates as pages and feeds write them, turned into ISO 8601.
public enum PublicationDate {
    /// The years a publication date may fall in; anything outside is a damaged value, not a date.
    static let plausibleYears = 1800...2199

    /// ISO 8601 for `text` in one form, or nil when it is no date this reads or no real date.
    ///
    /// A date alone is `2019-11-20`; with a time but no zone, `2019-11-20T08:15:00`; with a zone, the
    /// time in UTC, `2019-11-20T07:15:00Z` for `08:15:00+01:00`, so that dates sort and compare as text
    /// (the file's own spelling, with its local day, is kept beside it). Fractions of a second are dropped. `2019/11/20 08:15`, `2019-11-20T08:15:00.000Z`, `…+0100`, `Wed, 20 Nov 2019
    /// 08:15:00 GMT` and `November 20, 2019` are all read. Out of range (`9999-99-99`, 30 February, a
    /// year before 1800 or after 2199) is nil: no date is better than an invented one.
    public static func iso(_ text: String) -> String? {
        let trimmed = text.trimmed
        if let numeric = NumericDate(Array(trimmed.utf8)) { return numeric.iso }
        return parseWritten(trimmed) ?? writtenDayBesideAClock(trimmed)
    }

    /// ISO 8601 for `text` when it reads whole, a clock time beside a written date not dropped.
    static func isoWhole(_ text: String) -> String? {
        let trimmed = text.trimmed
        if let numeric = NumericDate(Array(trimmed.utf8)) { return numeric.iso }
        return parseWritten(trimmed)
    }

    /// `01:38:07 PM IST Nov 20, 2019`, `20 November 2019 8:15 am IST`: a written date with a clock time (and
    /// its am/pm and zone) before or after it is that day as written. The time is dropped: a zone's letters
    /// (`IST`, `CST`) name more than one zone, and a time in an unknown zone would move the day.
    static func writtenDayBesideAClock(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        func isClock(_ word: String) -> Bool {
            let parts = word.split(separator: ":", omittingEmptySubsequences: false)
            return (2...3).contains(parts.count)
                && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
        func isClockPart(_ word: String) -> Bool {
            let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            if ["am", "pm", "a.m", "p.m"].contains(lower) { return true }
            // A zone's capitals: `IST`, `GMT`, `EDT`.
            return (2...4).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isUppercase }
        }
        // The clock stands first or last, its am/pm and zone beside it.
        if let first = words.first, isClock(first) {
            words.removeFirst()
            while let next = words.first, isClockPart(next) { words.removeFirst() }
        } else if let clock = words.lastIndex(where: isClock), words[(clock + 1)...].allSatisfy(isClockPart) {
            words.removeSubrange(clock...)
        } else {
            return nil
        }
        // A weekday and comma before the date are read by the date's own forms.
        let day = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,|-"))
        guard day.contains(where: \.isLetter), let iso = parseWritten(day), iso.count == 10 else { return nil }
        return iso
    }

    /// The first of the values a file wrote that reads as a date, in one form, and the value as written
    /// when that differs (the first written value, when none reads).
    static func read(_ written: [String?]) -> (published: String?, asWritten: String?) {
        let values = written.compactMap { $0?.trimmed }.filter { !$0.isEmpty }
        for value in values {
            if let iso = isoWhole(value) { return (iso, iso == value ? nil : value) }
        }
        // (A value read only as its day, its clock time dropped, gives way to a later one read whole.)
        for value in values {
            if let iso = writtenDayBesideAClock(value) { return (iso, value) }
        }
        return (nil, values.first)
    }

    /// ISO 8601 (UTC) for seconds — or milliseconds, when the number is too large for seconds — since
    /// 1970; nil when that falls outside ``plausibleYears``.
    static func iso(epoch: Double) -> String? {
        guard epoch.isFinite, epoch > 0 else { return nil }
        let seconds = epoch > 1e11 ? epoch / 1000 : epoch
        let date = Date(timeIntervalSince1970: seconds)
        guard plausibleYears.contains(Calendar.gregorianUTC.component(.year, from: date)) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// RFC 822 dates (feeds) and English written dates.
    private static func parseWritten(_ text: String) -> String? {
        guard text.count >= 8, text.count <= 40, text.contains(where: \.isNumber) else { return nil }
        let withTime = [
            "EEE, d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss Z",
            "EEE, d MMM yyyy HH:mm Z",
        ]
        let dateOnly = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "EEEE, MMMM d, yyyy"]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in withTime {
            formatter.dateFormat = format
            if let date = formatter.date(from: text), isPlausible(date) {
                let output = ISO8601DateFormatter()
                output.formatOptions = [.withInternetDateTime]
                return output.string(from: date)
            }
        }
        for format in dateOnly {
            formatter.dateFormat = format
            if let date = formatter.date(from: text), isPlausible(date) {
                formatter.dateFormat = "yyyy-MM-dd"
                return formatter.string(from: date)
            }
        }
        return nil
    }

    private static func isPlausible(_ date: Date) -> Bool {
        plausibleYears.contains(Calendar.gregorianUTC.component(.year, from: date))
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC, for reading the parts of a timestamp.
    static let gregorianUTC: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
