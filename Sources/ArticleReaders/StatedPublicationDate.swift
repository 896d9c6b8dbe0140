import ArticleModel
import Foundation

/// The publication date an article's text states at its start, for articles whose file carries none:
/// `Posted on April 19 2017 by …`, `Published July 2 2016 …`, `AFP Saturday 2 Jul 2016 …` after a
/// repeated headline, `06.04.2017 The attack …`, `LONDON 1996-08-30`, `Date of publication 7 July 2016`,
/// and a wire dateline with no year (`BEIRUT, July 7 (Reuters) -`) when the article's address names the year.
///
/// Only a full date (day, month and year) counts, and only at the opening of the first paragraphs:
/// before it may stand the headline repeated, words like `Posted`, `Published`, `Last updated at`, day
/// names and capitalised words (agencies, datelines, section tags), but no lowercase word of a sentence,
/// so a date inside the story (`the bill passed on July 2 2016`) is never taken for its publication.
enum StatedPublicationDate {
    /// ISO 8601 day (`2017-04-19`) stated at the start of the article's text, or nil.
    static func find(in article: Article) -> String? {
        let address = article.url.flatMap(YearlessDateline.yearAndMonth(inAddress:))
        // A line of its own under the headline (`Tue 9 Sep 2014 08.30 BST`) reads as a crosshead, and counts.
        // Lines of the page's furniture alone (`Wire Ann Roe`, `World 1730`) do not count among the three.
        var lines = 0
        for paragraph in article.paragraphs.prefix(furnitureLinesReach) where lines < 3 {
            var text = Substring(paragraph.text)
            if let repeated = repeatedHeadline(article.title, opening: text) { text = text.dropFirst(repeated.count) }
            if let date = opening(text, address: address) { return date }
            // (Only in the first line of the story: `… AFP Saturday 2 Jul 2016` after a run-in sub-headline.)
            if lines == 0, let date = runInDateline(text) { return date }
            if !isFurnitureLine(text) { lines += 1 }
        }
        return nil
    }

    /// How many paragraphs the date may stand after, when those before it are the page's furniture.
    static let furnitureLinesReach = 8

    /// A short line of capitalised words, clock times and lead words only, with no date: an outlet, a byline,
    /// a section (`- Reports Wire Ann Roe`, `Middle East`, `1730`), no sentence of the story.
    static func isFurnitureLine(_ text: Substring) -> Bool {
        let words = openingWords(text)
        guard words.count <= furnitureLineWords else { return false }
        return words.allSatisfy { raw in
            let word = trimmedOfPunctuation(raw)
            let lower = word.lowercased()
            if leadWords.contains(lower) || isClockTime(word) { return true }
            return word.first?.isUppercase == true && !sentenceOpeners.contains(lower)
        }
    }

    /// Most words of a furniture line.
    static let furnitureLineWords = 8

    /// Separators of a headline's trailing section trail (`Air raid hits market - Region - World - Daily X`).
    static let trailSeparators = [" - ", " | ", " — ", " – "]

    /// The headline as the paragraph repeats it at its start: the whole title, or the title without its
    /// trailing section trail, where the paragraph repeats only the story's own words (the longest that
    /// matches; a cut keeps at least three words, so a lone first word never counts as a headline).
    static func repeatedHeadline(_ title: String, opening text: Substring) -> Substring? {
        guard !title.isEmpty else { return nil }
        if text.hasPrefix(title) { return Substring(title) }
        let cuts = trailSeparators.flatMap { starts(of: $0, in: title) }
        for cut in cuts.sorted(by: >) {
            let head = title[..<cut]
            guard head.split(separator: " ").count >= 3, text.hasPrefix(head) else { continue }
            // The repeat ends at a word's end, not inside a longer word of the story.
            let next = text.dropFirst(head.count).first
            if next == nil || next == " " || next == "\n" { return head }
        }
        return nil
    }

    /// Where `separator` starts in `title`, left to right, each found after the end of the one before: read
    /// byte by byte (Foundation's `range(of:)` went through `NSString` on every call, for every article).
    /// Every separator starts with a space, before which a character always ends. (Its first byte is compared
    /// before the whole separator is.)
    static func starts(of separator: String, in title: String) -> [String.Index] {
        let bytes = Array(separator.utf8)
        let utf8 = title.utf8
        var starts: [String.Index] = []
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == bytes[0], utf8[i...].starts(with: bytes) {
                starts.append(i)
                i = utf8.index(i, offsetBy: bytes.count)
            } else {
                i = utf8.index(after: i)
            }
        }
        return starts
    }

    /// Words that may stand before the date in an opening (lowercased, trailing punctuation removed).
    static let leadWords: Set<String> = [
        "posted", "published", "publication", "date", "of", "on", "at", "last", "updated", "update", "modified",
        "first", "by", "-", "—", "–", "|", "·", "•",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// Capitalised words that open a sentence of the story rather than a dateline (`As of 29 November
    /// 2018, …`, `On July 2 2016 the army …`).
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "as", "in", "on", "at", "since", "until", "after", "before", "from", "during", "for",
        "of", "this", "that", "it", "between", "when", "while", "if", "we", "he", "she", "they",
    ]
    static let wordPunctuation = CharacterSet(charactersIn: ",:;()[]")

    /// `word` without ``wordPunctuation`` at its ends. Those marks are ASCII, so a word whose first and last
    /// bytes are none of them (most words) has none at its ends, and is given back as it is without
    /// Foundation's trimming.
    static func trimmedOfPunctuation(_ word: String) -> String {
        func isMark(_ byte: UInt8?) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "["), UInt8(ascii: "]"):
                true
            default: false
            }
        }
        guard let first = word.utf8.first, let last = word.utf8.last, isMark(first) || isMark(last) else {
            return word
        }
        return word.trimmingCharacters(in: wordPunctuation)
    }

    /// How many words the opening may hold before the date, and how many characters are read for them.
    static let reach = 12
    static let openingLength = 320

    /// The first `maximumWords` (`reach + 4`) words of the first `openingLength` characters of `text`, split
    /// at white space: a few hundred characters, however long the paragraph. Read byte by byte while the bytes
    /// are ASCII without a carriage return (then every byte is a character), else by characters.
    static func openingWords(
        _ text: Substring, maximumWords: Int = StatedPublicationDate.reach + 4,
        openingLength: Int = StatedPublicationDate.openingLength
    ) -> [String] {
        asciiOpeningWords(text, maximumWords: maximumWords, openingLength: openingLength)
            ?? characterOpeningWords(text, maximumWords: maximumWords, openingLength: openingLength)
    }

    /// The opening's words read from its bytes, or nil when a byte outside ASCII or a carriage return stands
    /// before they are all read. The words are complete once the last is ended by a separator whose next
    /// byte is ASCII too (no combining mark joins that separator into another character), or once all the
    /// `openingLength` bytes and one more (a combining mark right after the last would belong to it) are
    /// read: up to there every byte is a character, so the characters' words are these.
    static func asciiOpeningWords(_ text: Substring, maximumWords: Int, openingLength: Int) -> [String]? {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: openingLength + 1, limitedBy: utf8.endIndex) ?? utf8.endIndex
        var words: [String] = []
        var start: Substring.Index?
        var i = utf8.startIndex
        var read = 0
        while i != end {
            let byte = utf8[i]
            guard byte < 0x80, byte != UInt8(ascii: "\r") else { return nil }
            // (The byte after the last word's separator has been read: ASCII, so the separator stands alone.)
            if words.count == maximumWords { return words }
            if read < openingLength {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                    if let wordStart = start { words.append(String(text[wordStart..<i])) }
                    start = nil
                } else if start == nil {
                    start = i
                }
            }
            read += 1
            i = utf8.index(after: i)
        }
        if let wordStart = start, words.count < maximumWords {
            words.append(String(text[wordStart..<utf8.index(utf8.startIndex, offsetBy: min(read, openingLength))]))
        }
        return words
    }

    /// The opening's words read as characters: the first `maximumWords` words that `split` at white space
    /// gives of the first `openingLength` characters, read no further than the last of them.
    static func characterOpeningWords(_ text: Substring, maximumWords: Int, openingLength: Int) -> [String] {
        var words: [String] = []
        var wordStart: Substring.Index?
        let opening = text.prefix(openingLength)
        for i in opening.indices {
            let character = opening[i]
            if character == " " || character == "\n" || character == "\t" || character == "\u{A0}" {
                if let start = wordStart {
                    words.append(String(text[start..<i]))
                    if words.count == maximumWords { return words }
                }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = i
            }
        }
        if let start = wordStart { words.append(String(opening[start...])) }
        return words
    }

    /// `1730`, `0041`, `17:30`: a time of day on the 24-hour clock, as pages print it beside their date.
    static func isClockTime(_ word: String) -> Bool {
        let digits = word.utf8.filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 4, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            word.utf8.count == 4 || word.utf8.count == 5 && Array(word.utf8)[2] == UInt8(ascii: ":")
        else { return false }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return value / 100 < 24 && value % 100 < 60
    }

    /// The date the first words of `text` state, if they are only lead words, day names and capitalised
    /// words before it; a dateline without a year takes the one `address` names.
    static func opening(_ text: Substring, address: (year: Int, month: Int)? = nil) -> String? {
        let words = openingWords(text)
        var weekday: String?
        var i = 0
        while i < min(words.count, reach) {
            let yearless = address.flatMap {
                YearlessDateline.parse(words, at: i, year: $0.year, month: $0.month)
            }
            if let date = CalendarDate.parse(words, at: i) ?? yearless {
                // `Tuesday 23 Sep 2014`: a day name that disagrees with the date leaves it in doubt.
                if let weekday, CalendarDate.weekday(of: date).map({ !weekday.hasPrefix($0) }) ?? true { return nil }
                return date
            }
            let word = trimmedOfPunctuation(words[i])
            let lower = word.lowercased()
            if weekdays.contains(lower) {
                weekday = lower
            } else if isClockTime(word), i + 1 < words.count, CalendarDate.parse(words, at: i + 1) != nil {
                // A page's clock time right before its date (`Middle East 1730 06.04.2017`), and only there.
            } else if word.first?.isUppercase == true {
                // Agencies, datelines, bylines and section tags may stand before the date; a sentence may not.
                if sentenceOpeners.contains(lower) { return nil }
            } else if !leadWords.contains(lower), word.first?.isLetter == true || word.first?.isNumber == true {
                return nil
            }
            i += 1
        }
        return nil
    }
}
