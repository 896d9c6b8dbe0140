/// Where a page's furniture glued other stories' headlines into the text before a lead: a date stamp with its
/// weekday (`Monday 6 Mar 2017`, `Monday March 6 2017`) after other text of the paragraph, or the word `Related`
/// before a headline (`Related: …`, `Related Mayor quits …`). What the run of headlines after it says in headline
/// case (`Jets kill 14`, `Minister says talks go on`) is no part of the article. (A stamp that opens its
/// paragraph dates an entry of a timeline, `Monday 6 March 2017 Gunmen kill 14 …`; `Related flooding kills 3`
/// is an adjective.)
enum FurnitureStamp {
    /// How many tokens before a word the stamp may stand for the word to be in its run of headlines.
    static let reach = 60

    /// What the furniture's stamp is: a dated stamp opens the page's own headline or lead as often as another
    /// story's headline; `Related` opens only other stories'.
    enum Marker { case dateStamp, related }

    /// Whether a stamp stands in the sentence at most ``reach`` tokens before `index`.
    static func stands(before index: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        marker(before: index, in: sentence, tokens: tokens) != nil
    }

    /// The nearest stamp at most ``reach`` tokens before `index` in the sentence.
    static func marker(before index: Int, in sentence: Range<Int>, tokens: [Token]) -> Marker? {
        var k = index - 1
        while k >= sentence.lowerBound, index - k <= reach {
            if isRelatedBeforeAHeadline(at: k, tokens: tokens) { return .related }
            // (The stamp's weekday is 3 tokens before its year: glued, some text of the paragraph precedes it.)
            if k - 3 > 0, isYearOfWeekdayStamp(at: k, in: sentence, tokens: tokens) { return .dateStamp }
            k -= 1
        }
        return nil
    }

    /// `Related` followed by a colon or by a capitalised word (a headline), not by a noun it describes.
    static func isRelatedBeforeAHeadline(at k: Int, tokens: [Token]) -> Bool {
        guard tokens[k].text == "Related", k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        return next.isPunctuation(":") || next.isWord && next.isCapitalized
    }

    /// A year closing `Weekday day Month year` or `Weekday Month day year`.
    static func isYearOfWeekdayStamp(at year: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard year - 3 >= sentence.lowerBound, tokens[year].isNumber, tokens[year].text.utf8.count == 4,
            tokens[year - 3].isCapitalized, EnglishLexicon.weekdays[tokens[year - 3].lower] != nil
        else { return false }
        let (first, second) = (tokens[year - 2], tokens[year - 1])
        return isDay(first) && isMonth(second) || isMonth(first) && isDay(second)
    }

    private static func isDay(_ token: Token) -> Bool { token.isNumber && token.text.utf8.count <= 2 }

    private static func isMonth(_ token: Token) -> Bool {
        token.isCapitalized && EnglishLexicon.month(token.lower) != nil
    }
}
