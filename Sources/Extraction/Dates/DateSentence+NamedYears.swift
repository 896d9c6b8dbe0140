/// Years a name carries rather than a clause introduces: a model's year before its name (`the 2016 Kestrel
/// Pro`), a work's year in brackets after its title (`Dornholm Nights (1998)`), and a decade (`in the 1990s`).
/// Each is a date mention with the year as its value (a decade the range of its ten years); none dates a figure
/// beside it (ArticleExtractor+ModelYears, ArticleExtractor+DatesOfNoFigure).
extension DateSentence {
    /// Whether the capitalised words after the year at `year` up to `nameEnd` name a model (`the 2016 Kestrel
    /// Pro`, `a 2005 Vessa Ranger`): one to four words, the last no plural (`the 2000 Kelvars`, `the 2000
    /// Guineas`: counts), and no counted noun, casualty word, word of a count (`and`, `to`, `more`) or person's
    /// relative pronoun after them (`the 2000 Tarvan Guard troops`, `the 2000 Kelvar and 300 Tarvan`, `the 1950
    /// Kelvar who fled`).
    func namesAModel(year: Int, nameEnd: Int) -> Bool {
        guard nameEnd > year + 1, nameEnd - year <= 5 else { return false }
        let last = tokens[nameEnd - 1].lower
        if last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("us"), !last.hasSuffix("is") { return false }
        if tokens[year + 1 ..< nameEnd].contains(where: { EnglishLexicon.months[$0.lower] != nil }) { return false }
        guard let after = token(nameEnd) else { return true }
        if after.isWord {
            if after.isCapitalized { return false }
            let word = after.lower
            return !isCounted(nameEnd) && !FigureLexicon.casualtyWords.contains(word)
                && !DateLexicon.wordsAfterACount.contains(word) && !DateLexicon.personRelatives.contains(word)
        }
        return true
    }

    /// `Dornholm Nights (1998)`, `“Tarvan Rising” (2003)`: a year of this or the last century alone in brackets
    /// right after a title (a capitalised word or a closing quotation mark); not an older number, more likely a
    /// count of a page's links (`Topics Kelvar Rising (1881)`).
    func followsATitle(at i: Int) -> Bool {
        guard let year = Int(tokens[i].text), DateLexicon.yearsOfWorks.contains(year), lower(i - 1) == "(", lower(i + 1) == ")",
            let title = token(i - 2)
        else { return false }
        if title.isWord { return title.isCapitalized }
        return ["\"", "\u{201D}", "'", "\u{2019}"].contains(title.text)
    }

    /// `the 1990s`, `in the early 1980s`, `since the 2000s`: a decade (a year of 1810 to 2090 ending in 0, no
    /// round century but 2000, its `s` glued on, after `the` or `the early`), a range of its ten years. Not `the
    /// late 1990s` nor `the mid-1990s`, whose years the text leaves unsaid, nor `the 1800s`, as often a century.
    /// An older round hundred (`in the 1300s`, `the early 1600s`, 1000 to 1700) is a century, a range of its
    /// hundred years: so far back a decade is written otherwise (`the 1350s`).
    func decadeAtom(at i: Int) -> DateAtom? {
        let t = tokens[i]
        // (`the 1800s`, `the 1900s` name a century as often as a decade: left unsaid; `the 2000s` a decade.)
        guard t.text.utf8.count == 4, Self.isDigits(t.text), let start = Int(t.text), start % 10 == 0 else {
            return nil
        }
        let years: Int
        if (1000...1700).contains(start), start % 100 == 0 {
            years = 100
        } else if (1800...2090).contains(start), start % 100 != 0 || start == 2000 {
            years = 10
        } else {
            return nil
        }
        var end = i + 1
        if ["'", "\u{2019}"].contains(lower(end)), isAttached(end) { end += 1 }
        guard ["s", "'s", "\u{2019}s"].contains(lower(end)), isAttached(end) else { return nil }
        if let next = token(end + 1), !next.spaceBefore, next.isWord || next.isNumber { return nil }
        let previous = lower(i - 1)
        guard previous == "the" || previous == "early" && lower(i - 2) == "the" else { return nil }
        return DateAtom(start: .year(start), end: .year(start + years - 1), tokens: i..<(end + 1))
    }
}
