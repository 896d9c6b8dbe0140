/// A timeline's entry: a sentence (or a line run into the text) opening with a date that has its year, and
/// the capitalised word of what happened right after it, with no comma or preposition before either:
/// `March 1 2012 Regime forces seize …`, `July 2011 Protesters fill …`, `2014 Rebels take …`,
/// `24 Aug 2014 Troops kill …`. Such a date heads the entry, and the lines under it until the next entry.
enum TimelineEntry {
    /// Whether `sentence` of `tokens` opens as a timeline's entry.
    static func opens(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard let end = dateEnd(from: sentence.lowerBound, in: sentence, tokens: tokens), end < sentence.upperBound
        else { return false }
        let next = tokens[end]
        return next.isWord && next.isCapitalized && next.spaceBefore && !DateLexicon.timeZones.contains(next.text)
            && !DateLexicon.hourWords.contains(next.lower) && EnglishLexicon.months[next.lower] == nil
            && EnglishLexicon.weekdays[next.lower] == nil
    }

    /// Whether `sentence` opens with a bare year as its entry's date (`2014 Rebels take …`).
    static func opensWithABareYear(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard year(at: sentence.lowerBound, in: sentence, tokens: tokens), opens(sentence, tokens: tokens) else {
            return false
        }
        // (`2000 Syrians crossed the border`, `1950 Iraqis`: a count of people of a nation, whose names end so.)
        let next = tokens[sentence.lowerBound + 1].lower
        return next == "isis" || !demonymEndings.contains { next.hasSuffix($0) }
    }

    /// Endings of the plural names of a nation's people: `Syrians`, `Iraqis`, `Chinese`.
    static let demonymEndings = ["ans", "is", "ese"]

    /// The token after a date with its year at `i`: `March 1 2012`, `Sept. 30 2015`, `July 2011`,
    /// `24 Aug 2014`, `2014`. Nil when no such date starts there.
    static func dateEnd(from i: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        if year(at: i, in: sentence, tokens: tokens) { return i + 1 }
        var k = i
        if isDay(k, in: sentence, tokens: tokens) {
            k += 1
            guard let after = month(at: k, in: sentence, tokens: tokens) else { return nil }
            k = after
        } else {
            guard let after = month(at: k, in: sentence, tokens: tokens) else { return nil }
            k = after
            if isDay(k, in: sentence, tokens: tokens) { k += 1 }
        }
        return year(at: k, in: sentence, tokens: tokens) ? k + 1 : nil
    }

    /// A capitalised month's name at `k` (an abbreviation with its full stop) and the token after it.
    static func month(at k: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        guard sentence.contains(k), tokens[k].isWord, tokens[k].isCapitalized else { return nil }
        let word = tokens[k].lower
        if EnglishLexicon.months[word] != nil { return k + 1 }
        guard EnglishLexicon.monthAbbreviations[word] != nil else { return nil }
        return sentence.contains(k + 1) && tokens[k + 1].isPunctuation(".") && !tokens[k + 1].spaceBefore ? k + 2 : k + 1
    }

    static func isDay(_ k: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard sentence.contains(k), tokens[k].isNumber, tokens[k].text.utf8.count <= 2, let day = Int(tokens[k].text)
        else { return false }
        return (1...31).contains(day)
    }

    /// A year of four digits (1900 to 2099) standing alone at `k`: not glued to what follows (`2014-15`).
    static func year(at k: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard sentence.contains(k), tokens[k].isNumber, tokens[k].text.utf8.count == 4, let year = Int(tokens[k].text),
            (1900...2099).contains(year)
        else { return false }
        return !sentence.contains(k + 1) || tokens[k + 1].spaceBefore
    }
}
