/// `At least 40 soldiers were killed on Thursday and Friday`, `Strikes on Saturday and Sunday left 22 dead`:
/// two days joined by `and` (or `or`) tell of a count over both of them. Like a range of days (`from Monday to
/// Wednesday`), the count is dated by the first of them, not by whichever stands nearer it; a single day beside
/// it (`on Thursday`) still dates it. (Left undated, the incident views would give it its article's day, often
/// days after both.)
extension ArticleExtractor {
    /// When `mention`, a day, is joined by `and` or `or` (`on` may follow) to another, different day (the date
    /// right before or right after it among `dates`, one paragraph's, in their order; found by binary search, so
    /// a paragraph dense with dates costs no more per count): the first of the two in the text; else nil.
    static func firstOfPairedDays(
        _ mention: DateMention, among dates: ArraySlice<DateMention>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> DateMention? {
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
                return other.span.start < mention.span.start ? other : mention
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
}
