/// A wire dateline that names the day but not the year: `BEIRUT, July 7 (Reuters) -`, `GENEVA, 3 March
/// (AFP) —`. It dates an article only when its year is known otherwise, from the article's address
/// (`…/2016/07/07/…`): a year is never guessed.
enum YearlessDateline {
    /// ISO 8601 day for the month and day the words from `i` on write as a dateline (a mark of the
    /// agency or a dash right after them), in `year` (`month` too when the address names one), or nil.
    static func parse(_ words: [String], at i: Int, year: Int, month addressMonth: Int?) -> String? {
        guard i + 2 < words.count else { return nil }
        let monthAndDay: (month: Int, day: Int)?
        if let month = CalendarDate.month(words[i]), let day = CalendarDate.day(words[i + 1]) {
            monthAndDay = (month, day)
        } else if let day = CalendarDate.day(words[i]), let month = CalendarDate.month(words[i + 1]) {
            monthAndDay = (month, day)
        } else {
            monthAndDay = nil
        }
        guard let (month, day) = monthAndDay, addressMonth.map({ $0 == month }) ?? true,
            endsDateline(words[i + 2]), !words[i + 1].hasSuffix(".")
        else { return nil }
        return CalendarDate.iso(year, month, day)
    }

    /// `(Reuters)`, `(AFP)`, `-`, `—`: what follows the day in a dateline, and never a sentence's words.
    static func endsDateline(_ word: String) -> Bool {
        if ["-", "\u{2014}", "\u{2013}", "--"].contains(word) { return true }
        return word.count > 2 && word.hasPrefix("(") && word.dropFirst().first?.isUppercase == true
    }

    /// The year (and month) an article's address names: `https://example.com/news/2016/07/07/story` →
    /// 2016 and 7, `…/2016-07-07-story` → 2016 and 7. A lone four-digit number (`/2016/` followed by
    /// no month) may be an identifier and names nothing.
    static func yearAndMonth(inAddress address: String) -> (year: Int, month: Int)? {
        let segments = address.split(separator: "/").dropFirst(2)  // past `https:` and the host
        var previous: Substring?
        for segment in segments {
            if let year = previous.flatMap({ Int($0) }), previous?.count == 4, CalendarDate.years.contains(year),
                segment.count <= 2, let month = Int(segment), (1...12).contains(month)
            {
                return (year, month)
            }
            let parts = segment.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count >= 2, parts[0].count == 4, let year = Int(parts[0]), CalendarDate.years.contains(year),
                parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month)
            {
                return (year, month)
            }
            previous = segment
        }
        return nil
    }
}
