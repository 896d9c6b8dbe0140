/// Dates the text gives that date no figure at all, wherever the figure stands: a comparison's `same period`
/// (`up 27% from the same 2004 period`) and a day named only as the landmark of another happening (`two blasts
/// close to yesterday's attack`, `the worst since Monday's bombing`). And a span of years or months
/// (`between 2010 and 2015`, `from March to June 2016`, `in 1998/99`, `since 2015-16`, `in the 1990s`): a
/// figure it is the nearest date of counts over the whole span, or the span closes a `since`, a comparison or
/// another figure's clause; its first year or month is no date of the figure, which is left undated
/// (precision first), not given a date further off; but a count of an incident keeps the first year or
/// month, which the canned queries would otherwise replace with the page's day. Nor the date of a happening
/// named a span of time away from the figure's (`ten days after the raids of 11 March`), nor a year a stretch reaches back to (`dating back
/// to 1670`), nor a year joined to one before it (`in 2005 and 2006`).
extension ArticleExtractor {
    /// The mentions of `dates` that may date a figure: all but ``datesNoFigure(_:in:)``. When every one may,
    /// `dates` itself (its storage shared, not copied: a 16 MB article dense with numbers holds a hundred and
    /// fifty thousand dates, and a filtered copy of them was the largest thing made while figures are dated).
    static func datesOfFigures(_ dates: [DateMention], in article: AnalyzedArticle) -> [DateMention] {
        func datesNone(_ mention: DateMention) -> Bool {
            article.paragraphs.indices.contains(mention.span.paragraph)
                && datesNoFigure(mention, in: article.paragraphs[mention.span.paragraph])
        }
        guard let first = dates.firstIndex(where: datesNone) else { return dates }
        var kept = Array(dates[..<first])
        kept.reserveCapacity(dates.count - 1)
        for mention in dates[(first + 1)...] where !datesNone(mention) { kept.append(mention) }
        return kept
    }

    /// Whether `mention` is a comparison's same period or another happening's landmark day.
    static func datesNoFigure(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        namesASamePeriod(mention, in: paragraph) || namesALandmarkDay(mention, in: paragraph)
            || reachesBackTo(mention, in: paragraph) || joinsAnEarlierYear(mention, in: paragraph)
            || standsAloneInBrackets(mention, in: paragraph) || anchorsASpanAway(mention, in: paragraph)
    }

    /// `ten days after the raids of 11 March`, `a week before Monday's vote`, `two years after the 2015 floods`:
    /// the date of another happening a span of time away from the figure's own (a span's unit and `after` or
    /// `before` a few words before it in its clause). The figure keeps the span (``RelativeDatePhrase``).
    static func anchorsASpanAway(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        var k = first - 1
        while k >= 1, first - k <= spanAnchorReach {
            let t = tokens[k]
            if t.lowerIs(oneOf: ["after", "before"]) {
                // The happening named, not told: right after the word (`before Monday's vote`) or after `the`
                // (`after the raids of`); not `after a jet struck Vessa on Monday`, whose day is the clause's.
                return RelativeDatePhrase.units.contains(lowerOf: tokens[k - 1])
                    && (k == first - 1 || tokens[k + 1].lowerIs("the"))
            }
            // (A verb of its own between: `after the army shelled Vessa on Monday` tells what happened that day.)
            guard t.isWord, !t.lower.hasSuffix("ed") else { return false }
            k -= 1
        }
        return false
    }

    /// How many words before the date a span's `after` or `before` may stand.
    static let spanAnchorReach = 5

    /// `Dornholm Nights (1998)`: a year alone in brackets (a work's, after its title) says which work, and dates
    /// no figure.
    static func standsAloneInBrackets(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        guard mention.grain == .year, !mention.isRange else { return false }
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        let after = firstToken(endingAfter: mention.span.end, in: tokens)
        return first >= 1 && after < tokens.count && tokens[first - 1].isPunctuation("(")
            && tokens[after].isPunctuation(")")
    }

    /// `in the 1990s`, `Dornholm Nights (1998)`, `the 2016 Kestrel Pro`, `the 2003 World Cup`: a decade, a work's
    /// bracketed year or a year before a capitalised name it says which of.
    static func namesAnEraWorkOrModel(_ mention: DateMention, in article: AnalyzedArticle) -> Bool {
        guard mention.grain == .year, article.paragraphs.indices.contains(mention.span.paragraph) else { return false }
        let paragraph = article.paragraphs[mention.span.paragraph]
        if isDecade(mention) || standsAloneInBrackets(mention, in: paragraph) { return true }
        let after = firstToken(endingAfter: mention.span.end, in: paragraph.tokens)
        return after < paragraph.tokens.count && paragraph.tokens[after].isCapitalized
            && namesAModelYear(mention, in: paragraph)
    }

    /// `in the 1990s`: a decade, a range of ten years that says no year of a figure in it.
    static func isDecade(_ mention: DateMention) -> Bool {
        guard mention.grain == .year, mention.isRange, let last = mention.text.utf8.last else { return false }
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "S")
    }

    /// `testimonies dating back to 1670`: where a stretch reaching back to now starts, no figure's date.
    static func reachesBackTo(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        guard mention.grain == .year else { return false }
        let first = firstToken(endingAfter: mention.span.start, in: paragraph.tokens)
        return first >= 2 && paragraph.tokens[first - 1].lowerIs("to") && paragraph.tokens[first - 2].lowerIs("back")
    }

    /// `in 2001, 2002 and 2003`, `in 2005, even 2006`: a year joined to a year before it. A figure of the list's
    /// clause keeps the first year it was dated by (which of the years it counts the text does not say).
    static func joinsAnEarlierYear(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        guard mention.grain == .year, !mention.isRange else { return false }
        let tokens = paragraph.tokens
        var k = firstToken(endingAfter: mention.span.start, in: tokens) - 1
        let start = k
        while k >= 0, start - k < 5,
            tokens[k].isPunctuation(",") || tokens[k].isWord && DateLexicon.yearCoordinators.contains(tokens[k].lower)
        {
            k -= 1
        }
        return k >= 0 && k < start && tokens[k].isNumber && tokens[k].text.utf8.count == 4
    }

    /// `1998/99`, `2015-16`: a range of years whose later year is written in two digits.
    static func isShortYearRange(_ mention: DateMention) -> Bool {
        guard mention.grain == .year, mention.isRange else { return false }
        let digits = mention.text.unicodeScalars.filter { $0.properties.numericType != nil }.count
        return digits == 6
    }

    /// `between 2010 and 2015`, `from March to June`, `1998/99`, `the 1990s`: a range of years or of months,
    /// whose first one is no date of a count over it.
    static func spansYearsOrMonths(_ mention: DateMention) -> Bool {
        (mention.grain == .year || mention.grain == .month) && mention.isRange && mention.endValue != mention.value
    }

    /// `from the same 2004 period`: the period a comparison measures against. (`the same period in 2004`
    /// dates the base's own number, `from $66m in the same period in 2004`: left to the comparison rules.)
    static func namesASamePeriod(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        let after = firstToken(endingAfter: mention.span.end, in: tokens)
        return first >= 1 && tokens[first - 1].lowerIs("same") && after < tokens.count
            && samePeriodNouns.contains(lowerOf: tokens[after])
    }

    /// The periods of a comparison's `the same … period`.
    static let samePeriodNouns: WordSet = [
        "period", "periods", "quarter", "half", "month", "months", "week", "weeks", "season", "stage",
    ]

    /// `close to yesterday's chemical attack`, `since Monday's bombing`, `near yesterdays blast`: a day that
    /// dates another happening named as a landmark (it owns the noun after it), not the clause's own event.
    static func namesALandmarkDay(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        guard mention.grain == .day else { return false }
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        var after = firstToken(endingAfter: mention.span.end, in: tokens)
        guard first >= 1, after < tokens.count else { return false }
        if tokens[after].lowerIs(oneOf: ["'s", "\u{2019}s", "'", "\u{2019}"]) { after += 1 }
        let owns = mention.text.hasSuffix("s") || after > firstToken(endingAfter: mention.span.end, in: tokens)
        guard owns, after < tokens.count, headsAHappening(from: after, in: tokens) else { return false }
        let before = tokens[first - 1]
        if before.lowerIs(oneOf: ["since", "near"]) { return true }
        return before.lowerIs("to") && first >= 2 && tokens[first - 2].lowerIs(oneOf: ["close", "near", "similar"])
    }
}
