/// Labels of a web page run into its text that name nothing the article is about: a time zone's letters
/// before a clock time (`Last Update: Friday 3 May 2013 KSA 02:10`, where `KSA` is no Saudi Arabia) and a
/// news agency's standards trailer (`Editing by Ann Roe Our Standards: The … Trust Principles.`), whose
/// capitals would otherwise run into the editors' names before it and make a junk name of the agency's.
extension EntityExtractor {
    /// Words that open an agency's standards trailer when a colon follows them.
    static let standardsTrailerOpeners: [(String, String)] = [("Our", "Standards"), ("Editorial", "Standards")]

    /// Token ranges of a sentence's page labels: each time-zone label (one word) and a standards trailer
    /// (from its opener to the sentence's end).
    static func pageLabelRanges(in tokens: [Token], sentence: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for k in sentence {
            if isTimeZoneLabel(at: k, in: tokens, limit: sentence.upperBound) {
                ranges.append(k..<(k + 1))
            } else if opensStandardsTrailer(at: k, in: tokens, limit: sentence.upperBound) {
                ranges.append(k..<sentence.upperBound)
                break
            }
        }
        return ranges
    }

    /// `2013 KSA 02:10`, `- GMT 22:41`: two to four capitals between a date's number (or a dash) and a
    /// clock time written `H:MM`.
    static func isTimeZoneLabel(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k >= 1, k + 3 < limit, tokens[k].isWord, tokens[k].isAllCaps,
            (2...4).contains(tokens[k].text.utf8.count)
        else { return false }
        let before = tokens[k - 1]
        guard before.isNumber || ["-", "\u{2013}", "\u{2014}", "|"].contains(before.text) else { return false }
        let hour = tokens[k + 1], colon = tokens[k + 2], minutes = tokens[k + 3]
        return hour.isNumber && hour.text.utf8.count <= 2 && colon.text == ":" && !colon.spaceBefore
            && minutes.isNumber && minutes.text.utf8.count == 2 && !minutes.spaceBefore
    }

    /// `Our Standards:` — an agency's trailer after its credits.
    static func opensStandardsTrailer(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k + 2 < limit, tokens[k + 2].text == ":" else { return false }
        return standardsTrailerOpeners.contains { $0.0 == tokens[k].text && $0.1 == tokens[k + 1].text }
    }
}
