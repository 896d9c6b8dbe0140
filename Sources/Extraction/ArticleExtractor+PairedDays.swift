/// `At least 40 soldiers were killed on Thursday and Friday`, `Strikes on Saturday and Sunday left 22 dead`,
/// `raids from Monday to Wednesday killed 30`, `killed 9 last weekend`: two days joined by `and` (or `or`), or
/// a range of days, tell of a count over all of them. No one day is its date (the first day alone would say
/// the whole count fell on it), so the count is a total over those days (`Figure.isRunningTotal`), its period
/// the days as written: left merely undated, the incident views would give it its article's day instead. But
/// `on Tuesday or Wednesday` tells of one day, unsure which, and `a car bomb killed 15 last weekend` of one
/// incident within the days: those counts are left undated and no total.
extension ArticleExtractor {
    /// The days `mention` spans with another, as written, when the count it dates is told over more than one
    /// day: a range of days (`from Monday to Wednesday`, `12-14 May`, `last weekend`), or a day joined by `and`
    /// or `or` (`on` may follow) to another, different day (the date right before or right after it among
    /// `dates`, one paragraph's, in their order; found by binary search, so a paragraph dense with dates costs
    /// no more per count): the words from the first day to the second, and whether `or` joins them (one day of
    /// the two, unsure which). Else nil.
    static func daysSpanned(
        by mention: DateMention, among dates: ArraySlice<DateMention>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> (text: String, isEither: Bool)? {
        if mention.isRange {
            guard mention.grain == .day, let start = mention.value, let end = mention.endValue, start != end else {
                return nil
            }
            return (mention.text, false)
        }
        guard namesADay(mention) else { return nil }
        let low = dates.partitionPoint { $0.span.start >= mention.span.start }
        let tokens = paragraph.tokens
        let first = firstToken(endingAfter: mention.span.start, in: tokens)
        let last = firstToken(endingAfter: mention.span.end - 1, in: tokens)
        guard first < tokens.count, last < tokens.count else { return nil }
        for neighbour in [low - 1, low + 1] where dates.indices.contains(neighbour) {
            let other = dates[neighbour]
            guard other.span.paragraph == mention.span.paragraph, other.span != mention.span, namesADay(other),
                other.value.map(day) != mention.value.map(day)
            else { continue }
            let (before, after) =
                other.span.start < mention.span.start
                ? (firstToken(endingAfter: other.span.end - 1, in: tokens), first)
                : (last, firstToken(endingAfter: other.span.start, in: tokens))
            if after < tokens.count, joinsTwoDays(between: before, and: after, tokens: tokens) {
                let (from, to) = other.span.start < mention.span.start ? (other, mention) : (mention, other)
                let tokenRange = firstToken(endingAfter: from.span.start, in: tokens)..<(firstToken(
                    endingAfter: to.span.end - 1, in: tokens) + 1)
                return (paragraph.text(of: tokenRange), tokens[before + 1].lowerIs("or"))
            }
        }
        return nil
    }

    /// `and`, `or`, `and on`, `or on` and nothing else between the last token of one day (`before`) and the
    /// first of the next (`after`).
    static func joinsTwoDays(between before: Int, and after: Int, tokens: [Token]) -> Bool {
        let gap = after - before - 1
        guard gap == 1 || gap == 2, tokens[before + 1].lowerIs(oneOf: ["and", "or"]) else { return false }
        return gap == 1 || tokens[before + 2].lowerIs("on")
    }

    /// `A car bomb killed 15 people in Vessa last weekend`, `12 were killed when a bus crashed on Monday and
    /// Tuesday`: the weekend rule's check of one incident
    /// (``FigureParagraphReader/tellsOfOneIncident(around:in:tokens:)``) in the sentence of the count at
    /// `offset`; or the days own a happening of their own (`in the weekend's bombing`): no total.
    static func tellsOfOneIncident(
        countAt offset: Int, days mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        let numeral = firstToken(endingAfter: offset, in: tokens)
        let afterDays = firstToken(endingAfter: mention.span.end - 1, in: tokens) + 1
        if afterDays < tokens.count, ["'s", "\u{2019}s"].contains(tokens[afterDays].lower) { return true }
        guard numeral < tokens.count, let sentence = paragraph.sentence(holding: numeral) else { return false }
        return FigureParagraphReader.tellsOfOneIncident(around: numeral, in: sentence, tokens: tokens)
    }
}
