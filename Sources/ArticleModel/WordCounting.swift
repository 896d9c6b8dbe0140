/// How many words a text holds: the runs of characters between spaces and line feeds, counted as
/// `text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count` counts them, but from the UTF-8 bytes.
///
/// A space or line-feed byte is a separator when it is a character on its own. Between two ASCII bytes it
/// always is, except a line feed after a carriage return (`\r\n` is one character); next to any other
/// byte the string is asked whether the byte stands at character boundaries (a combining accent after a
/// space, or a prepended mark before it, makes one character of them, which is no separator).
enum WordCounting {
    static func words(in text: String) -> Int {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for k in bytes.indices {
                let byte = bytes[k]
                var separates = byte == 0x20 || byte == 0x0A && (k == 0 || bytes[k - 1] != 0x0D)
                if separates, k > 0 && bytes[k - 1] >= 0x80 || k + 1 < bytes.count && bytes[k + 1] >= 0x80 {
                    separates = standsAlone(byteAt: k, in: text)
                }
                if separates {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether the one-byte scalar at byte offset `k` is a character of its own in `text`.
    private static func standsAlone(byteAt k: Int, in text: String) -> Bool {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: k)
        let end = utf8.index(after: start)
        return start.samePosition(in: text) != nil && end.samePosition(in: text) != nil
    }
}
